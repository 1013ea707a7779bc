package io.finesseacceptance.simulator;

import static io.finesseacceptance.simulator.SimulatorTestClient.between;
import static io.finesseacceptance.simulator.SimulatorTestClient.password;
import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.nodes.Side;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every control endpoint over HTTP, as another program would call it: its status, its effect as
 * the REST API shows it, and a 4xx with a message for bad input. Each test signs in its own agent.
 */
class ControlEndpointsTest {

    private static FinesseSimulator simulator;
    private static SimulatorTestClient http;

    @BeforeAll
    static void start() {
        simulator = FinesseSimulator.start(SimulatorConfig.defaults().withAgentCount(4));
        http = new SimulatorTestClient(simulator.labSettings());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void backToHowItStarted() {
        assertThat(http.control("POST", "/reset", null).statusCode()).isEqualTo(204);
    }

    @Test
    void theIndexListsEveryEndpoint() {
        HttpResponse<String> index = http.control("GET", "", null);

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        for (ControlEndpoint endpoint : ControlEndpoint.values()) {
            assertThat(index.body()).contains(String.format("%-4s %s", endpoint.method(),
                    ControlEndpoint.CONTEXT + endpoint.path()));
        }
        assertThat(http.control("GET", "/", null).body()).isEqualTo(index.body());
    }

    @Test
    void healthSaysReady() {
        HttpResponse<String> health = http.control("GET", "/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ready\n");
    }

    @Test
    void caPemIsTheCertificateThePrintedSettingsName() throws IOException {
        HttpResponse<String> ca = http.control("GET", "/ca.pem", null);

        assertThat(ca.statusCode()).isEqualTo(200);
        assertThat(ca.headers().firstValue("Content-Type")).hasValue("application/x-pem-file");
        assertThat(ca.body()).startsWith("-----BEGIN CERTIFICATE-----")
                .isEqualTo(Files.readString(Path.of(simulator.labSettings().get("FINESSE_CA_CERT"))));
    }

    @Test
    void serviceTakesFinesseOutOfServiceAndBack() {
        assertThat(http.control("PUT", "/service", "OUT_OF_SERVICE").statusCode()).isEqualTo(204);
        assertThat(systemStatus()).isEqualTo("OUT_OF_SERVICE");
        assertThat(http.api("/finesse/api/User/1001", "1001").statusCode()).isEqualTo(503);

        assertThat(http.control("PUT", "/service", "in_service").statusCode()).isEqualTo(204);
        assertThat(systemStatus()).isEqualTo("IN_SERVICE");
        assertThat(http.api("/finesse/api/User/1001", "1001").statusCode()).isEqualTo(200);
    }

    @Test
    void aOneNodeSimulatorActsOnItsPrimaryAndSaysItHasNoSecondary() {
        assertThat(http.control("PUT", "/sides/primary/service", "OUT_OF_SERVICE").statusCode()).isEqualTo(204);
        assertThat(systemStatus()).isEqualTo("OUT_OF_SERVICE");
        assertThat(http.control("PUT", "/sides/primary/service", "IN_SERVICE").statusCode()).isEqualTo(204);

        HttpResponse<String> secondary = http.control("PUT", "/sides/secondary/service", "OUT_OF_SERVICE");
        assertThat(secondary.statusCode()).isEqualTo(409);
        assertThat(secondary.body()).isEqualTo("PUT /simulator/sides/secondary/service: this simulator runs one node,"
                + " the primary; start it with --nodes 2 for a secondary\n");
        assertThat(http.control("PUT", "/sides/secondary/notification-service", "down").statusCode())
                .isEqualTo(409);
        HttpResponse<String> presence = http.control("PUT", "/sides/primary/finesse-presence", "unavailable");
        assertThat(presence.statusCode()).isEqualTo(409);
        assertThat(presence.body()).contains("--nodes 2");
        assertThat(http.control("POST", "/sides/primary/maintenance", null).statusCode()).isEqualTo(409);
        assertThat(systemStatus()).isEqualTo("IN_SERVICE");
    }

    @Test
    void aSidePathNamesAKnownSideAndTakesItsWords() {
        HttpResponse<String> tertiary = http.control("PUT", "/sides/tertiary/service", "IN_SERVICE");
        assertThat(tertiary.statusCode()).isEqualTo(404);
        assertThat(tertiary.body()).startsWith("no such Side 'tertiary'");
        assertThat(http.control("PUT", "/sides/primary/notification-service", "sideways").statusCode())
                .isEqualTo(400);
        assertThat(http.control("GET", "/sides/primary/service", null).statusCode()).isEqualTo(405);
        assertThat(http.control("PUT", "/sides/primary/extra/service", "IN_SERVICE").statusCode()).isEqualTo(404);
    }

    @Test
    void aNotificationServiceDownAndUpOnAOneNodeSimulator() {
        assertThat(http.control("PUT", "/sides/primary/notification-service", "down").statusCode()).isEqualTo(204);
        assertThat(http.control("POST", "/reset", null).statusCode()).isEqualTo(204);
        assertThat(simulator.node(Side.PRIMARY).embeddedService().isUp())
                .isTrue();
    }

    @Test
    void aCtiFailoverOnOneNodeEndsInService() {
        assertThat(http.control("POST", "/cti-failover", null).statusCode()).isEqualTo(204);
        assertThat(systemStatus()).isEqualTo("IN_SERVICE");
    }

    @Test
    void serviceRefusesAStatusFinesseHasNot() {
        HttpResponse<String> refused = http.control("PUT", "/service", "SIDEWAYS");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("PUT /simulator/service: expected one of IN_SERVICE, OUT_OF_SERVICE,"
                + " PARTIAL_SERVICE, not 'SIDEWAYS'\n");
        assertThat(systemStatus()).isEqualTo("IN_SERVICE");
    }

    @Test
    void reasonCodeRequiredMakesAPlainLogoutAMissingParameter() {
        http.signInAndAwait("1002");
        assertThat(http.control("PUT", "/reason-code-required/LOGOUT", "true").statusCode()).isEqualTo(204);

        HttpResponse<String> missing = http.putUser("1002", password("1002"), state("LOGOUT"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Parameter Missing").contains("finesse.api.reasoncode.require_reasoncode");

        assertThat(http.control("PUT", "/reason-code-required/LOGOUT", "false").statusCode()).isEqualTo(204);
        assertThat(http.putUser("1002", password("1002"), state("LOGOUT")).statusCode()).isEqualTo(202);
    }

    @Test
    void reasonCodeRequiredRefusesUnknownCategoriesAndValues() {
        HttpResponse<String> category = http.control("PUT", "/reason-code-required/LUNCH", "true");
        assertThat(category.statusCode()).isEqualTo(404);
        assertThat(category.body()).isEqualTo("no such ReasonCodeCategory 'LUNCH': expected one of NOT_READY,"
                + " LOGOUT\n");

        HttpResponse<String> value = http.control("PUT", "/reason-code-required/NOT_READY", "maybe");
        assertThat(value.statusCode()).isEqualTo(400);
        assertThat(value.body()).contains("expected true/false or on/off, not 'maybe'");
    }

    @Test
    void faultsSwitchOnAndOff() {
        assertThat(http.control("PUT", "/faults/ACCEPT_WITH_200", "on").statusCode()).isEqualTo(204);
        assertThat(http.putUser("1003", password("1003"), signIn("5003")).statusCode()).isEqualTo(200);
        http.awaitState("1003", "NOT_READY");

        assertThat(http.control("PUT", "/faults/ACCEPT_WITH_200", "off").statusCode()).isEqualTo(204);
        assertThat(http.putUser("1003", password("1003"), state("LOGOUT")).statusCode()).isEqualTo(202);
    }

    @Test
    void faultsRefuseUnknownFaultsAndValues() {
        HttpResponse<String> unknown = http.control("PUT", "/faults/SLOW", "on");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).startsWith("no such Fault 'SLOW': expected one of NO_LOGOUT_NOTIFICATION,");

        HttpResponse<String> value = http.control("PUT", "/faults/ACCEPT_WITH_200", "sometimes");
        assertThat(value.statusCode()).isEqualTo(400);
        assertThat(value.body()).contains("not 'sometimes'");
    }

    @Test
    void resetUndoesEverySwitch() {
        http.control("PUT", "/service", "OUT_OF_SERVICE");
        http.control("PUT", "/reason-code-required/LOGOUT", "true");
        http.control("PUT", "/faults/ACCEPT_WITH_200", "on");

        HttpResponse<String> reset = http.control("POST", "/reset", null);

        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(systemStatus()).isEqualTo("IN_SERVICE");
        assertThat(http.putUser("1004", password("1004"), signIn("5004")).statusCode()).isEqualTo(202);
        http.awaitState("1004", "NOT_READY");
        assertThat(http.putUser("1004", password("1004"), state("LOGOUT")).statusCode()).isEqualTo(202);
    }

    @Test
    void resetTurnsTheStartUpFaultsBackOnAndShutdownIsForASimulatorOnItsOwn() throws InterruptedException {
        try (FinesseSimulator started = FinesseSimulator.start(SimulatorConfig.defaults().withAgentCount(1)
                .withFaults(Set.of(Fault.ACCEPT_WITH_200)))) {
            SimulatorTestClient other = new SimulatorTestClient(started.labSettings());
            other.control("PUT", "/faults/ACCEPT_WITH_200", "off");
            assertThat(other.putUser("1001", password("1001"), signIn("5001")).statusCode()).isEqualTo(202);

            assertThat(other.control("POST", "/reset", null).statusCode()).isEqualTo(204);
            assertThat(other.putUser("1001", password("1001"), state("READY")).statusCode()).isEqualTo(200);

            HttpResponse<String> embedded = other.control("POST", "/shutdown", null);
            assertThat(embedded.statusCode()).isEqualTo(403);
            assertThat(embedded.body()).contains("runs inside another program");

            CountDownLatch stopRequested = new CountDownLatch(1);
            started.acceptShutdownRequests(stopRequested::countDown);
            HttpResponse<String> accepted = other.control("POST", "/shutdown", null);
            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(accepted.body()).isEqualTo("stopping\n");
            assertThat(stopRequested.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anUnknownPathIs404AndAWrongMethod405() {
        HttpResponse<String> unknown = http.control("GET", "/agents", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("no control endpoint /simulator/agents; GET /simulator lists them\n");

        HttpResponse<String> wrongMethod = http.control("GET", "/reset", null);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertThat(wrongMethod.body()).isEqualTo("/simulator/reset takes POST, not GET\n");
    }

    @Test
    void aWebPageCannotFlipSwitches() {
        HttpResponse<String> fromAPage = http.control("PUT", "/service", "OUT_OF_SERVICE",
                Map.of("Origin", "http://example.invalid"));

        assertThat(fromAPage.statusCode()).isEqualTo(403);
        assertThat(fromAPage.body()).contains("no requests from web pages");
        assertThat(systemStatus()).isEqualTo("IN_SERVICE");
    }

    @Test
    void anOversizedBodyIs413() {
        HttpResponse<String> large = http.control("PUT", "/service", "X".repeat(300));

        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("at most 256 bytes");
    }

    private static String systemStatus() {
        HttpResponse<String> info = http.api("/finesse/api/SystemInfo", "1001");
        assertThat(info.statusCode()).isEqualTo(200);
        return between(info.body(), "<status>", "</status>");
    }
}
