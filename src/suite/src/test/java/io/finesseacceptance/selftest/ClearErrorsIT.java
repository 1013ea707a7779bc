package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.finesseacceptance.lab.FinesseDeployment;
import io.finesseacceptance.lab.LabPreflight;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.RunTarget;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A broken setting stops the run within 10 s with one line naming the setting: an unreachable or silent
 * REST host, an unreachable or silent XMPP, BOSH or WebSocket endpoint, a WebSocket path where none is
 * served, a CA that did not sign the lab's
 * certificates, a refused password, and a lab run with no lab. Each case prints how long it took.
 */
class ClearErrorsIT {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static FinesseSimulator simulator;
    /** Accepts TCP connections (the kernel completes them) and never says a word. */
    private static ServerSocket silent;
    private static int closedPort;

    @BeforeAll
    static void startAHealthyLabAndASilentHost() throws IOException {
        simulator = FinesseSimulator.start(SimulatorConfig.defaults());
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = closed.getLocalPort();
        }
        // The first preflight in a JVM loads REST Assured (Groovy) and Smack, seconds that any run pays
        // once whatever its settings; printed on its own so the cases below measure preflight itself.
        healthyPreflight("healthy lab, cold JVM");
        healthyPreflight("healthy lab, warm JVM");
    }

    private static void healthyPreflight(String name) {
        long start = System.nanoTime();
        try (FinesseDeployment lab = LabPreflight.connect(LabSettingsReader.read(SettingsSource.of(simulator.labSettings())),
                ExchangeListener.NONE)) {
            System.out.printf("clear error | %s | %d ms | (passes)%n", name,
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    @AfterAll
    static void stop() throws IOException {
        silent.close();
        simulator.close();
    }

    private static String stopsWithOneLine(String name, Consumer<Map<String, String>> breakIt) {
        Map<String, String> settings = new HashMap<>(simulator.labSettings());
        breakIt.accept(settings);
        long start = System.nanoTime();
        Throwable stopped = catchThrowable(() -> {
            try (FinesseDeployment lab = LabPreflight.connect(LabSettingsReader.read(SettingsSource.of(settings)),
                    ExchangeListener.NONE)) {
                // reaching here means the broken setting went unnoticed
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("clear error | %s | %d ms | %s%n", name, took.toMillis(),
                stopped == null ? "(none)" : stopped.getMessage().replace('\n', ' '));
        assertThat(stopped).as("%s: the run stops", name).isNotNull();
        List<String> problems = stopped.getMessage().lines().filter(line -> line.startsWith("  - ")).toList();
        assertThat(problems).as("%s: one line for the problem", name).hasSize(1);
        assertThat(took).as("%s: time to stop", name).isLessThan(LIMIT);
        return problems.get(0);
    }

    @Test
    void aClosedRestPort() {
        assertThat(stopsWithOneLine("REST port closed", settings -> settings.put(LabSettings.BASE_URL,
                "https://127.0.0.1:" + closedPort))).contains("FINESSE_BASE_URL").contains("connection refused");
    }

    @Test
    void aSilentRestHost() {
        assertThat(stopsWithOneLine("REST host silent", settings -> settings.put(LabSettings.BASE_URL,
                "https://127.0.0.1:" + silent.getLocalPort()))).contains("FINESSE_BASE_URL").contains("no answer within 3 s");
    }

    @Test
    void aClosedXmppPort() {
        assertThat(stopsWithOneLine("XMPP port closed", settings -> settings.put(LabSettings.XMPP_PORT,
                String.valueOf(closedPort)))).contains("FINESSE_XMPP_HOST/FINESSE_XMPP_PORT").contains("connection refused");
    }

    @Test
    void aSilentXmppPort() {
        assertThat(stopsWithOneLine("XMPP port silent", settings -> settings.put(LabSettings.XMPP_PORT,
                String.valueOf(silent.getLocalPort())))).contains("FINESSE_XMPP_HOST/FINESSE_XMPP_PORT")
                .contains("no answer within 3 s");
    }

    @Test
    void aSilentBoshEndpoint() {
        assertThat(stopsWithOneLine("BOSH endpoint silent", settings -> {
            settings.put(LabSettings.XMPP_TRANSPORT, "bosh");
            settings.put(LabSettings.XMPP_BOSH_URL, "http://127.0.0.1:" + silent.getLocalPort() + "/http-bind");
        })).contains("FINESSE_XMPP_BOSH_URL").contains("no answer within 3 s");
    }

    @Test
    void aClosedBoshPort() {
        assertThat(stopsWithOneLine("BOSH port closed", settings -> {
            settings.put(LabSettings.XMPP_TRANSPORT, "bosh");
            settings.put(LabSettings.XMPP_BOSH_URL, "https://127.0.0.1:" + closedPort + "/http-bind");
        })).contains("FINESSE_XMPP_BOSH_URL").contains("connection refused");
    }

    @Test
    void aWebSocketPathWhereNoneIsServed() {
        // the REST port, as on Finesse 12.6, with a path no WebSocket is served at
        String rest = simulator.labSettings().get(LabSettings.BASE_URL).replaceFirst("^https", "wss");
        assertThat(stopsWithOneLine("WebSocket path wrong", settings -> {
            settings.put(LabSettings.XMPP_TRANSPORT, "websocket");
            settings.put(LabSettings.XMPP_WEBSOCKET_URL, rest + "/http-bind/");
        })).contains("FINESSE_XMPP_WEBSOCKET_URL").contains("the WebSocket upgrade was answered HTTP 404, not 101");
    }

    @Test
    void aClosedWebSocketPort() {
        assertThat(stopsWithOneLine("WebSocket port closed", settings -> {
            settings.put(LabSettings.XMPP_TRANSPORT, "websocket");
            settings.put(LabSettings.XMPP_WEBSOCKET_URL, "wss://127.0.0.1:" + closedPort + "/ws/");
        })).contains("FINESSE_XMPP_WEBSOCKET_URL").contains("connection refused");
    }

    @Test
    void aSilentWebSocketHost() {
        assertThat(stopsWithOneLine("WebSocket host silent", settings -> {
            settings.put(LabSettings.XMPP_TRANSPORT, "websocket");
            settings.put(LabSettings.XMPP_WEBSOCKET_URL, "wss://127.0.0.1:" + silent.getLocalPort() + "/ws/");
        })).contains("FINESSE_XMPP_WEBSOCKET_URL").contains("no answer within 3 s");
    }

    @Test
    void aCaThatDidNotSignTheLabsCertificates() throws IOException {
        Path otherCa = Files.createTempFile("another-ca-", ".pem");
        otherCa.toFile().deleteOnExit();
        SimulatorCertificates.generate("some other CA", List.of("localhost"), List.of()).writeCaPem(otherCa);
        assertThat(stopsWithOneLine("wrong CA", settings -> settings.put(LabSettings.CA_CERT, otherCa.toString())))
                .contains("FINESSE_BASE_URL").contains("TLS certificate not accepted")
                .contains("is FINESSE_CA_CERT the CA that signed it?");
    }

    @Test
    void aRefusedPasswordOfTheFirstAgent() {
        assertThat(stopsWithOneLine("first agent's password wrong", settings -> settings.put(LabSettings.AGENTS,
                settings.get(LabSettings.AGENTS).replaceFirst("^1001:[^:]*:", "1001:wrong-password:"))))
                .contains("agent 1001 (FINESSE_AGENTS): password refused (401)");
    }

    @Test
    void aRefusedPasswordOfAnotherAgent() {
        assertThat(stopsWithOneLine("second agent's password wrong", settings -> settings.put(LabSettings.AGENTS,
                settings.get(LabSettings.AGENTS).replaceFirst(",1002:[^:]*:", ",1002:wrong-password:"))))
                .contains("agent 1002 (FINESSE_AGENTS): password refused (401)");
    }

    @Test
    void aRefusedSupervisorPassword() {
        assertThat(stopsWithOneLine("supervisor's password wrong", settings -> settings.put(LabSettings.SUPERVISORS,
                "2001:wrong-password"))).contains("supervisor 2001 (FINESSE_SUPERVISORS): password refused (401)");
    }

    /** An agent named as a supervisor (here 1004, taken out of the agents) is stopped before any scenario. */
    @Test
    void aSupervisorWithoutTheSupervisorRole() {
        assertThat(stopsWithOneLine("supervisor without the role", settings -> {
            String agents = settings.get(LabSettings.AGENTS);
            String agent1004 = agents.substring(agents.indexOf("1004:"));
            settings.put(LabSettings.AGENTS, agents.replace("," + agent1004, ""));
            settings.put(LabSettings.SUPERVISORS, agent1004.substring(0, agent1004.lastIndexOf(':')));
        })).contains("supervisor 1004 (FINESSE_SUPERVISORS): has no Supervisor role (roles [Agent])");
    }

    /**
     * Finesse (and the simulator) locks a user out at the fifth bad password in a row. Four runs with a
     * wrong password leave the agent usable only if each run tried it once: a single retry in any of them
     * makes five, and the healthy run afterwards would find agent 1003 locked out.
     */
    @Test
    void aRefusedPasswordIsTriedOncePerRun() {
        for (int run = 1; run <= 4; run++) {
            stopsWithOneLine("third agent's password wrong, run " + run, settings -> settings.put(LabSettings.AGENTS,
                    settings.get(LabSettings.AGENTS).replaceFirst(",1003:[^:]*:", ",1003:wrong-password:")));
        }
        healthyPreflight("healthy lab after four runs with 1003's password wrong");
    }

    @Test
    void aLabRunWithoutALabStopsBeforeAnyScenario() {
        long start = System.nanoTime();
        FeatureRun.Outcome outcome = FeatureRun.run(Map.of(RunTarget.SETTING, "lab", LabSettings.BASE_URL, " "),
                FeatureRun.SIGN_OUT, "@sign-out");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("clear error | lab asked for, FINESSE_BASE_URL blank | %d ms | %s%n", took.toMillis(),
                outcome.failureMessages().replace('\n', ' '));

        assertThat(outcome.scenariosStarted()).isZero();
        assertThat(outcome.failureMessages()).contains("FINESSE_BASE_URL is not set, but FINESSE_TARGET=lab asks for a lab");
        assertThat(took).isLessThan(LIMIT);
    }
}
