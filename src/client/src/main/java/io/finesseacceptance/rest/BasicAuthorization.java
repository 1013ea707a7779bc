package io.finesseacceptance.rest;

import io.finesseacceptance.settings.AgentAccount;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The HTTP Basic {@code Authorization} header Finesse asks of every request. */
final class BasicAuthorization {

    private BasicAuthorization() {
    }

    static String of(AgentAccount agent) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (agent.id() + ":" + agent.password()).getBytes(StandardCharsets.UTF_8));
    }
}
