package io.finesseacceptance.rest;

import static io.restassured.RestAssured.given;

import io.finesseacceptance.finesse.FinesseDocuments;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.finesse.SystemInfo;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.finesse.XmlNode;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.TlsTrust;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Finesse REST API as the suite uses it: every call authenticates as the agent it concerns, and
 * every exchange reaches the {@link ExchangeListener} with secrets masked.
 */
public final class FinesseRestClient {

    /** Finesse copies this request header into the notifications the request causes. */
    public static final String REQUEST_ID_HEADER = "requestId";

    private final RestAssuredConnections pool;
    /** What every request shares, built once: REST Assured copies a prepared spec faster than it builds one. */
    private final RequestSpecification base;
    /** User reads and state changes: recorded through REST Assured, or lean for load. */
    private final RestTransport userRequests;

    public FinesseRestClient(LabSettings settings, TlsTrust trust, ExchangeListener listener) {
        this(settings, trust, listener, false);
    }

    /**
     * A client for load runs: state changes and user reads skip REST Assured and its recording filter, whose
     * Groovy dispatch costs several milliseconds of CPU per request at hundreds of requests a second, and go
     * over a lean pooled keep-alive HttpClient of their own (same headers, trust and answers). Nothing is recorded.
     */
    public static FinesseRestClient lean(LabSettings settings, TlsTrust trust) {
        return new FinesseRestClient(settings, trust, ExchangeListener.NONE, true);
    }

    private FinesseRestClient(LabSettings settings, TlsTrust trust, ExchangeListener listener, boolean lean) {
        this.pool = new RestAssuredConnections(trust);
        RestAssuredConfig config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .reuseHttpClientInstance()
                .httpClientFactory(pool::client));
        this.base = new RequestSpecBuilder().setConfig(config).setBaseUri(settings.apiRoot().toString())
                .setUrlEncodingEnabled(true).addFilter(new ExchangeRecorder(listener)).setAccept(ContentType.XML)
                .build();
        this.userRequests = lean ? new LeanHttpClient(trust, settings.apiRoot().toString()) : new RecordedTransport();
    }

    public User user(AgentAccount agent) {
        FinesseResponse response = readUser(agent, agent.id());
        if (response.status() != 200) {
            throw new FinesseApiException("GET User " + agent.id() + " as " + agent, response);
        }
        return FinesseDocuments.user(XmlNode.parse(response.body()));
    }

    /** GET of any user's resource as {@code caller}; the answer is returned as it is. */
    public FinesseResponse readUser(AgentAccount caller, String userId) {
        return userRequests.get(caller, userPath(userId));
    }

    /** Sends a state change; the answer is returned as it is, because judging it is the caller's job. */
    public FinesseResponse changeState(AgentAccount agent, AgentStateRequest change, String requestId) {
        return changeState(agent, agent.id(), change, requestId);
    }

    /** A state change of {@code userId}'s resource made as {@code caller} (Finesse allows only one's own). */
    public FinesseResponse changeState(AgentAccount caller, String userId, AgentStateRequest change,
                                       String requestId) {
        return userRequests.put(caller, userPath(userId), change.toXml(), requestId);
    }

    public List<ReasonCode> reasonCodes(AgentAccount agent, String category) {
        FinesseResponse response = answer(request(agent).queryParam("category", category)
                .get(userPath(agent.id()) + "/ReasonCodes"));
        if (response.status() != 200) {
            throw new FinesseApiException("GET " + category + " reason codes of " + agent, response);
        }
        return FinesseDocuments.reasonCodes(XmlNode.parse(response.body()));
    }

    public SystemInfo systemInfo(AgentAccount asAgent) {
        FinesseResponse response = answer(request(asAgent).get("/SystemInfo"));
        if (response.status() != 200) {
            throw new FinesseApiException("GET SystemInfo as " + asAgent, response);
        }
        return FinesseDocuments.systemInfo(XmlNode.parse(response.body()));
    }

    private RequestSpecification request(AgentAccount agent) {
        pool.closeIdleConnections();
        // set as a plain header, not REST Assured's auth(), so the recorder sees and masks it
        return given().spec(base).header("Authorization", BasicAuthorization.of(agent));
    }

    /** User reads and state changes through REST Assured, so the report sees every exchange. */
    private final class RecordedTransport implements RestTransport {

        @Override
        public FinesseResponse get(AgentAccount caller, String path) {
            return answer(request(caller).get(path));
        }

        @Override
        public FinesseResponse put(AgentAccount caller, String path, String xml, String requestId) {
            return answer(request(caller).contentType(ContentType.XML.withCharset(StandardCharsets.UTF_8))
                    .header(REQUEST_ID_HEADER, requestId).body(xml).put(path));
        }
    }

    private static FinesseResponse answer(Response response) {
        return new FinesseResponse(response.getStatusCode(), response.asString());
    }

    private static String userPath(String id) {
        return "/User/" + id;
    }
}
