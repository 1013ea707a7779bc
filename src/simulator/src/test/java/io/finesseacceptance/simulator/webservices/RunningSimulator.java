package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.SimulatorTestClient;
import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A started REST server with its collaborators, and the shared {@link SimulatorTestClient} for it. Registered as a JUnit
 * extension it is shared by a test class, reset before each test and closed after the last.
 */
final class RunningSimulator implements AutoCloseable, BeforeEachCallback, AfterAllCallback {

    final AgentDirectory agents = AgentDirectory.withDefaultAgents(3);
    final FaultSwitches faults = new FaultSwitches();
    final RecordingPublisher publisher = new RecordingPublisher();
    final FinesseRestServer server;
    private final SimulatorTestClient http;

    RunningSimulator(DeploymentType deploymentType) {
        this(RestServerConfig.localDefaults(deploymentType));
    }

    RunningSimulator(RestServerConfig config) {
        this(config, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** @param client e.g. one that trusts the CA behind the server's TLS context */
    RunningSimulator(RestServerConfig config, HttpClient client) {
        server = FinesseRestServer.start(config, agents, publisher, faults);
        // a bare REST server has no control endpoints: the tests flip its switches directly
        http = new SimulatorTestClient(server.baseUrl(), null, client);
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

    /** The HTTP half: the same client every simulator test uses. */
    SimulatorTestClient http() {
        return http;
    }

    HttpResponse<String> get(String path, String user) {
        return http.api(path, user);
    }

    HttpResponse<String> get(String path, String user, String password) {
        return http.api(path, user, password);
    }

    HttpResponse<String> getAsAdmin(String path) {
        return get(path, AgentDirectory.ADMINISTRATOR_ID, AgentDirectory.DEFAULT_ADMINISTRATOR_PASSWORD);
    }

    HttpResponse<String> putUser(String agentId, String body, String requestId) {
        return http.putUserAs(agentId, agentId, body, requestId);
    }

    HttpResponse<String> putUserAs(String user, String agentId, String body, String requestId) {
        return http.putUserAs(user, agentId, body, requestId);
    }

    HttpResponse<String> send(HttpRequest request) {
        return http.send(request);
    }

    HttpRequest.Builder request(String path, String user, String password) {
        return http.request(path, user, password);
    }

    URI uri(String path) {
        return http.uri(path);
    }

    @Override
    public void close() {
        server.close();
    }
}
