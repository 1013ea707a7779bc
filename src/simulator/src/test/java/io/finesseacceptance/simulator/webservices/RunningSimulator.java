package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A started REST server with its collaborators, and a minimal HTTP client for it. Registered as a JUnit
 * extension it is shared by a test class, reset before each test and closed after the last.
 */
final class RunningSimulator implements AutoCloseable, BeforeEachCallback, AfterAllCallback {

    final AgentDirectory agents = AgentDirectory.withDefaultAgents(3);
    final FaultSwitches faults = new FaultSwitches();
    final RecordingPublisher publisher = new RecordingPublisher();
    final FinesseRestServer server;
    private final HttpClient client;

    RunningSimulator(DeploymentType deploymentType) {
        this(RestServerConfig.localDefaults(deploymentType));
    }

    RunningSimulator(RestServerConfig config) {
        this(config, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** @param client e.g. one that trusts the CA behind the server's TLS context */
    RunningSimulator(RestServerConfig config, HttpClient client) {
        this.client = client;
        server = FinesseRestServer.start(config, agents, publisher, faults);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Back to a fresh simulator without restarting the server. */
    void reset() {
        agents.signOutEveryone();
        for (ReasonCodeCategory category : ReasonCodeCategory.values()) {
            agents.reasonCodes().requireReasonCode(category, false);
        }
        faults.clear();
        server.controls().setOutOfService(false);
        publisher.clear();
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user, AgentDirectory.defaultPassword(user)).GET().build());
    }

    HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, user, password).GET().build());
    }

    HttpResponse<String> getAsAdmin(String path) {
        return get(path, AgentDirectory.ADMINISTRATOR_ID, AgentDirectory.DEFAULT_ADMINISTRATOR_PASSWORD);
    }

    HttpResponse<String> putUser(String agentId, String body, String requestId) {
        return putUserAs(agentId, agentId, body, requestId);
    }

    HttpResponse<String> putUserAs(String user, String agentId, String body, String requestId) {
        HttpRequest.Builder builder = request("/finesse/api/User/" + agentId, user,
                AgentDirectory.defaultPassword(user))
                .header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (requestId != null) {
            builder.header("requestId", requestId);
        }
        return send(builder.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpRequest.Builder request(String path, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + token);
    }

    URI uri(String path) {
        return server.baseUrl().resolve(path);
    }

    static String state(String state) {
        return "<User><state>" + state + "</state></User>";
    }

    static String signIn(String extension) {
        return "<User><state>LOGIN</state><extension>" + extension + "</extension></User>";
    }

    static String withReason(String state, int reasonCodeId) {
        return "<User><state>" + state + "</state><reasonCodeId>" + reasonCodeId + "</reasonCodeId></User>";
    }

    @Override
    public void close() {
        server.close();
    }
}
