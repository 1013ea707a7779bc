package io.finesseacceptance.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.Release;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one table of options: the command line and the -D properties agree, and mistakes get one line. */
class SimulatorCommandLineTest {

    /** A value other than the default for every option; a new option without one fails the first test. */
    private static final Map<SimulatorFlag, String> SAMPLES = new EnumMap<>(Map.ofEntries(
            Map.entry(SimulatorFlag.BIND, "127.0.0.2"),
            Map.entry(SimulatorFlag.REST_PORT, "8445"),
            Map.entry(SimulatorFlag.XMPP_PORT, "5222"),
            Map.entry(SimulatorFlag.DIRECT_TLS_PORT, "5223"),
            Map.entry(SimulatorFlag.BOSH_PORT, "7443"),
            Map.entry(SimulatorFlag.CONTROL_PORT, "8099"),
            Map.entry(SimulatorFlag.REST, "http"),
            Map.entry(SimulatorFlag.XMPP, "bosh_https"),
            Map.entry(SimulatorFlag.XMPP_DOMAIN, "finesse-a.lab.example"),
            Map.entry(SimulatorFlag.NODES, "2"),
            Map.entry(SimulatorFlag.SECONDARY_XMPP_DOMAIN, "finesse-b.lab.example"),
            Map.entry(SimulatorFlag.MAINTENANCE_TIMEOUT_MS, "500"),
            Map.entry(SimulatorFlag.CA_FILE, "target/ca.pem"),
            Map.entry(SimulatorFlag.DEPLOYMENT, "UCCX"),
            Map.entry(SimulatorFlag.RELEASE, "next"),
            Map.entry(SimulatorFlag.AGENTS, "12"),
            Map.entry(SimulatorFlag.SUPERVISORS, "0"),
            Map.entry(SimulatorFlag.CTI_DELAY_MS, "100"),
            Map.entry(SimulatorFlag.FORCED_LOGOUT_GRACE_MS, "250"),
            Map.entry(SimulatorFlag.LOGOUT_ON_AGENT_DISCONNECT, "true"),
            Map.entry(SimulatorFlag.FORCED_LOGOUT_PRESENCE, "user"),
            Map.entry(SimulatorFlag.LOCKOUT_FAILURES, "3"),
            Map.entry(SimulatorFlag.LOCKOUT_MS, "2000"),
            Map.entry(SimulatorFlag.FAULT, "ACCEPT_WITH_200,no_logout_notification"),
            Map.entry(SimulatorFlag.VARIANT, "REFUSE_AFTER_ACCEPT,unauthorized_without_body")));

    @Test
    void everyOptionMeansTheSameOnTheCommandLineAndAsAProperty() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrder(SimulatorFlag.values());
        for (SimulatorFlag option : SimulatorFlag.values()) {
            String value = SAMPLES.get(option);
            SimulatorConfig fromArgs = run(List.of(option.commandLine(), value), new Properties());
            SimulatorConfig fromEquals = run(List.of(option.commandLine() + "=" + value), new Properties());
            SimulatorConfig fromProperty = SimulatorCommandLine.fromProperties(properties(option.property(), value));

            assertThat(fromArgs).as(option.commandLine()).isNotEqualTo(SimulatorConfig.defaults())
                    .isEqualTo(fromEquals).isEqualTo(fromProperty)
                    .isEqualTo(run(List.of(), properties(option.property(), value)));
        }
    }

    @Test
    void thePropertiesTheSuiteAlreadyUsesKeepTheirNames() {
        assertThat(SimulatorFlag.AGENTS.property()).isEqualTo("finesse.simulator.agents");
        assertThat(SimulatorFlag.DEPLOYMENT.property()).isEqualTo("finesse.simulator.deployment");
        assertThat(SimulatorFlag.CTI_DELAY_MS.property()).isEqualTo("finesse.simulator.ctiDelayMs");
        assertThat(SimulatorFlag.XMPP.property()).isEqualTo("finesse.simulator.xmpp");

        Properties suite = properties("finesse.simulator.agents", "2");
        suite.setProperty("finesse.simulator.deployment", "uccx");
        suite.setProperty("finesse.simulator.ctiDelayMs", "100");
        suite.setProperty("finesse.simulator.xmpp", "BOSH_HTTPS");
        assertThat(SimulatorCommandLine.fromProperties(suite)).isEqualTo(SimulatorConfig.defaults().withAgentCount(2)
                .withDeploymentType(DeploymentType.UCCX).withNotificationDelay(Duration.ofMillis(100))
                .withXmppAccess(XmppAccess.BOSH_HTTPS));
    }

    @Test
    void theCommandLineOptionsOfBeforeStillWork() {
        SimulatorConfig options = run(List.of("--rest-port", "8445", "--xmpp-port", "5222", "--agents", "2",
                "--deployment", "uccx", "--fault", "ACCEPT_WITH_200", "--fault", "NO_LOGOUT_NOTIFICATION",
                "--xmpp", "BOSH_HTTPS", "--rest", "http"), new Properties());

        assertThat(options).isEqualTo(SimulatorConfig.defaults().withPorts(8445, 5222).withAgentCount(2)
                .withDeploymentType(DeploymentType.UCCX)
                .withFaults(Set.of(Fault.ACCEPT_WITH_200, Fault.NO_LOGOUT_NOTIFICATION))
                .withXmppAccess(XmppAccess.BOSH_HTTPS).withRestHttps(false));
    }

    @Test
    void theCommandLineWinsOverAProperty() {
        Properties properties = properties("finesse.simulator.agents", "7");
        properties.setProperty("finesse.simulator.fault", "OUT_OF_SERVICE");
        properties.setProperty("finesse.simulator.ctiDelayMs", "20");

        SimulatorConfig options = run(List.of("--agents", "3", "--fault", "ACCEPT_WITH_200"), properties);

        assertThat(options.agentCount()).isEqualTo(3);
        assertThat(options.faults()).containsExactly(Fault.ACCEPT_WITH_200);
        assertThat(options.notificationDelay()).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void webSocketIsAnXmppChoiceOnTheCommandLineAndAsAProperty() {
        SimulatorConfig webSocket = SimulatorConfig.defaults().withXmppAccess(XmppAccess.WEBSOCKET);

        assertThat(run(List.of("--xmpp", "WEBSOCKET"), new Properties())).isEqualTo(webSocket);
        assertThat(run(List.of("--xmpp=websocket"), new Properties())).isEqualTo(webSocket);
        assertThat(SimulatorCommandLine.fromProperties(properties("finesse.simulator.xmpp", "WEBSOCKET")))
                .isEqualTo(webSocket);
        assertThat(SimulatorCommandLine.help().replaceAll("\\s+", " "))
                .contains("TCP_PLAIN|TCP_STARTTLS|DIRECT_TLS|BOSH_HTTP|BOSH_HTTPS|WEBSOCKET",
                        "WEBSOCKET is /ws/ on the REST port, wss unless --rest http",
                        "the REST API (/finesse/api) and XMPP over WebSocket (/ws/)");
    }

    @Test
    void forcedLogoutPresenceIsDesktopUnlessToldUserOnTheCommandLineOrAsAProperty() {
        assertThat(SimulatorFlag.FORCED_LOGOUT_PRESENCE.property()).isEqualTo("finesse.simulator.forcedLogoutPresence");
        assertThat(SimulatorConfig.defaults().forcedLogoutPresence()).isEqualTo(ForcedLogoutPresence.DESKTOP);
        SimulatorConfig user = SimulatorConfig.defaults().withForcedLogoutPresence(ForcedLogoutPresence.USER);

        assertThat(run(List.of("--forced-logout-presence", "user"), new Properties())).isEqualTo(user);
        assertThat(SimulatorCommandLine.fromProperties(properties("finesse.simulator.forcedLogoutPresence", "USER")))
                .isEqualTo(user);
        assertThat(run(List.of("--forced-logout-presence=desktop"), properties(
                "finesse.simulator.forcedLogoutPresence", "user"))).isEqualTo(SimulatorConfig.defaults());
        assertThat(SimulatorCommandLine.help().replaceAll("\\s+", " "))
                .contains("--forced-logout-presence desktop|user", "default: desktop");
    }

    @Test
    void releaseNextIsOneOptionOnTheCommandLineAndAsAProperty() {
        assertThat(SimulatorFlag.RELEASE.property()).isEqualTo("finesse.simulator.release");
        assertThat(SimulatorConfig.defaults().release()).isEqualTo(Release.CURRENT);

        SimulatorConfig next = run(List.of("--release", "NEXT"), new Properties());

        assertThat(next).isEqualTo(SimulatorConfig.defaults().withRelease(Release.NEXT));
        assertThat(SimulatorCommandLine.fromProperties(properties("finesse.simulator.release", "NEXT")))
                .isEqualTo(next);
        assertThat(run(List.of("--release", "current"), properties("finesse.simulator.release", "NEXT")).release())
                .isEqualTo(Release.CURRENT);
        // the delay as configured stays what --cti-delay-ms says; the one the simulator waits is tripled
        assertThat(next.notificationDelay()).isEqualTo(Duration.ofMillis(1));
        assertThat(next.effectiveNotificationDelay()).isEqualTo(Duration.ofMillis(3));
        assertThat(SimulatorConfig.defaults().effectiveNotificationDelay()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void aBadReleaseGetsOneLineAndExitStatusTwo() throws InterruptedException {
        assertRefused(List.of("--release", "LATEST"), new Properties(),
                "--release: expected one of CURRENT, NEXT, not 'LATEST'");
        assertRefused(List.of(), properties("finesse.simulator.release", "12.6"),
                "-Dfinesse.simulator.release: expected one of CURRENT, NEXT, not '12.6'");

        Output bad = main("--release", "LATEST");
        assertThat(bad.status).isEqualTo(2);
        assertThat(bad.out).isEmpty();
        assertThat(bad.err).isEqualTo("finesse-simulator: --release: expected one of CURRENT, NEXT, not 'LATEST'\n");
    }

    @Test
    void helpListsTheReleaseWithItsPlantedChanges() {
        String help = SimulatorCommandLine.help();

        assertThat(help).contains("  --release CURRENT|NEXT\n"
                + "      -Dfinesse.simulator.release=...   (default: CURRENT)\n");
        String text = help.substring(help.indexOf("  --release ")).replaceAll("\\s+", " ");
        assertThat(text).contains("<skillTargetId>", "<teamDisplayName>", "reason code id 3 (Meeting) is gone",
                "REFUSE_AFTER_ACCEPT", "3 times --cti-delay-ms", "ctiVersion is 21 (UCCE) or 12.6(1) (UCCX)");
        assertThat(help.replaceAll("\\s+", " ")).contains("--release NEXT waits 3 times as long");
    }

    @Test
    void aBlankPropertyCountsAsUnset() {
        assertThat(SimulatorCommandLine.fromProperties(properties("finesse.simulator.deployment", " ")))
                .isEqualTo(SimulatorConfig.defaults());
    }

    @Test
    void otherPropertiesAreNotTheSimulatorsBusiness() {
        assertThat(SimulatorCommandLine.fromProperties(properties("finesse.target", "lab")))
                .isEqualTo(SimulatorConfig.defaults());
    }

    @Test
    void aBadValueNamesTheOptionAsGivenAndWhatItTakes() {
        assertRefused(List.of("--agents", "none"), new Properties(),
                "--agents: expected a whole number from 1 to 10000, not 'none'");
        assertRefused(List.of("--rest-port=70000"), new Properties(),
                "--rest-port: expected a whole number from 0 to 65535 (0 picks a free port), not '70000'");
        assertRefused(List.of(), properties("finesse.simulator.deployment", "PCCE"),
                "-Dfinesse.simulator.deployment: expected one of UCCE, UCCX, not 'PCCE'");
        assertRefused(List.of("--rest", "ftp"), new Properties(), "--rest: expected https or http, not 'ftp'");
        assertRefused(List.of("--bind", "finesse.example"), new Properties(),
                "--bind: expected an IP address such as 127.0.0.1, ::1 or 0.0.0.0 (every interface), not"
                        + " 'finesse.example'");
        assertRefused(List.of("--fault", "ACCEPT_WITH_200,SLOW"), new Properties(),
                "--fault: expected one of NO_LOGOUT_NOTIFICATION, ACCEPT_WITH_200, NON_EMPTY_ACCEPT_BODY,"
                        + " WRONG_STATE_IN_NOTIFICATION, XMPP_DROP_BEFORE_LOGOUT_NOTIFICATION, OUT_OF_SERVICE,"
                        + " WRONG_REFUSAL_ERROR_TYPE, SILENT_REFUSAL, DOCUMENTED_REFUSAL_AFTER_ACCEPT,"
                        + " FORCED_LOGOUT_WITHOUT_REASON_255, DROPPED_DESKTOP_NOT_NOTICED,"
                        + " SUPERVISOR_LOGOUT_NOT_ANNOUNCED, TEAM_NOT_NOTIFIED, SUPERVISOR_OUTSIDE_TEAM_ACCEPTED,"
                        + " SUPERVISOR_REASON_CODE_ACCEPTED, SUBSCRIPTION_KEPT_AFTER_UNSUBSCRIBE, OTHER_SIDE_SILENT,"
                        + " OTHER_SIDE_STALE_READ, OUT_OF_SERVICE_ACCEPTS, NO_REPUBLISH_AFTER_CTI_FAILOVER, not 'SLOW'");
        assertRefused(List.of("--nodes", "3"), new Properties(), "--nodes: expected a whole number from 1 to 2, not '3'");
        assertRefused(List.of("--supervisors", "-1"), new Properties(),
                "--supervisors: expected a whole number from 0 to 1000, not '-1'");
        assertRefused(List.of("--cti-delay-ms", "-5"), new Properties(),
                "--cti-delay-ms: expected milliseconds, a whole number from 0, not '-5'");
        assertRefused(List.of("--logout-on-agent-disconnect", "yes"), new Properties(),
                "--logout-on-agent-disconnect: expected true or false, not 'yes'");
        assertRefused(List.of("--agents"), new Properties(), "--agents needs a value: --agents N");
    }

    @Test
    void anUnknownOptionOrPropertyIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> SimulatorCommandLine.parse(List.of("--port", "8445"), new Properties()))
                .isInstanceOf(SimulatorOptionException.class)
                .hasMessageStartingWith("unknown option --port; known: --bind, --rest-port, ")
                .hasMessageEndingWith("--fault, --variant, --help, --version").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> SimulatorCommandLine.fromProperties(properties("finesse.simulator.agent", "2")))
                .isInstanceOf(SimulatorOptionException.class)
                .hasMessageStartingWith("unknown property -Dfinesse.simulator.agent; known: finesse.simulator.bind,")
                .hasMessageContaining("finesse.simulator.agents");
        assertThatThrownBy(() -> SimulatorCommandLine.parse(List.of("8445"), new Properties()))
                .hasMessageStartingWith("unexpected argument '8445'");
    }

    @Test
    void helpListsEveryOptionWithItsPropertyAndDefaultAndEveryControlEndpoint() {
        String help = SimulatorCommandLine.help();
        SimulatorConfig defaults = SimulatorConfig.defaults();

        for (SimulatorFlag option : SimulatorFlag.values()) {
            assertThat(help).contains("  " + option.commandLine() + " " + option.valueForm() + "\n      -D"
                    + option.property() + "=").contains("(default: " + option.shownValue(defaults) + ")");
        }
        for (ControlEndpoint endpoint : ControlEndpoint.values()) {
            assertThat(help).contains(String.format("%-4s %s", endpoint.method(),
                    ControlEndpoint.CONTEXT + endpoint.path()));
        }
        assertThat(Arrays.stream(help.split("\n")).mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(100);
    }

    @Test
    void exitStatusIsZeroForHelpAndVersionAndTwoForABadOption() throws InterruptedException {
        Output help = main("--help");
        assertThat(help.status).isZero();
        assertThat(help.out).startsWith("Usage: java [-Dfinesse.simulator.NAME=VALUE ...] -jar finesse-simulator.jar");

        Output version = main("--version");
        assertThat(version.status).isZero();
        assertThat(version.out).matches("finesse-simulator \\S+ \\(simulates Cisco Finesse 12.5\\)\n");

        Output bad = main("--xmpp", "XMPP");
        assertThat(bad.status).isEqualTo(2);
        assertThat(bad.out).isEmpty();
        assertThat(bad.err).isEqualTo("finesse-simulator: --xmpp: expected one of TCP_PLAIN, TCP_STARTTLS,"
                + " DIRECT_TLS, BOSH_HTTP, BOSH_HTTPS, WEBSOCKET, not 'XMPP'\n");
    }

    @Test
    void exitStatusIsOneWhenAPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Output failed = main("--agents", "1", "--rest-port", String.valueOf(taken.getLocalPort()));

            assertThat(failed.status).isEqualTo(1);
            assertThat(failed.err).startsWith("finesse-simulator: cannot start: ").contains("in use")
                    .hasLineCount(1);
        }
    }

    @Test
    void supervisorsAreOneByDefaultAndSetByOptionOrProperty() {
        assertThat(SimulatorConfig.defaults().supervisorCount()).isEqualTo(1);
        assertThat(run(List.of("--supervisors", "3"), new Properties()).supervisorCount()).isEqualTo(3);
        assertThat(run(List.of(), properties("finesse.simulator.supervisors", "0")).supervisorCount()).isZero();
        assertThat(SimulatorFlag.SUPERVISORS.property()).isEqualTo("finesse.simulator.supervisors");
    }

    private record Output(int status, String out, String err) {
    }

    private static Output main(String... args) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SimulatorMain.run(List.of(args), new Properties(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertRefused(List<String> args, Properties properties, String message) {
        assertThatThrownBy(() -> SimulatorCommandLine.parse(args, properties))
                .isInstanceOf(SimulatorOptionException.class).hasMessage(message);
    }

    private static SimulatorConfig run(List<String> args, Properties properties) {
        return ((SimulatorCommandLine.Run) SimulatorCommandLine.parse(args, properties)).options();
    }

    private static Properties properties(String name, String value) {
        Properties properties = new Properties();
        properties.setProperty(name, value);
        return properties;
    }
}
