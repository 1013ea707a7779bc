package io.finesseacceptance.rest;

import io.finesseacceptance.settings.AgentAccount;

/**
 * How the client sends the requests a run repeats most: reads of a user and state changes. Two ways:
 * {@code FinesseRestClient.RecordedTransport} (REST Assured, every exchange recorded for the report) and {@link LeanHttpClient}
 * (for load, nothing recorded). Paths are relative to the API root ({@code /User/1001}).
 */
interface RestTransport {

    FinesseResponse get(AgentAccount caller, String path);

    FinesseResponse put(AgentAccount caller, String path, String xml, String requestId);
}
