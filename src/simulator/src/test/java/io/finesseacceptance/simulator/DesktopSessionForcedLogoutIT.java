package io.finesseacceptance.simulator;

import static io.finesseacceptance.simulator.SimulatorTestClient.between;
import static io.finesseacceptance.simulator.SimulatorTestClient.password;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import io.finesseacceptance.simulator.xmpp.RawWebSocketClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.Test;

/**
 * The presence-driven forced logout over real XMPP (docs/finesse-contract.md §14.2, §14.3): the agent's
 * desktop is a Smack session on the resource {@code desktop} (or an RFC 7395 WebSocket client, as 12.6's
 * desktop), the suite's own session on another resource stays available throughout and hears the forced
 * logout on the agent's node.
 */
class DesktopSessionForcedLogoutIT {

    private static final Duration GRACE = Duration.ofMillis(800);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String AGENT = "1001";
    private static final String USER_NODE = "/finesse/api/User/" + AGENT;

    @Test
    void unavailablePresenceOnTheDesktopSignsTheAgentOutWith255AfterTheGrace() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX))) {
            XMPPTCPConnection desktop = lab.desktop();
            lab.signIn();
            long start = System.nanoTime();

            desktop.sendStanza(desktop.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.unavailable).build());

            String update = lab.awaitForcedUpdate();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(GRACE);
            assertThat(update).contains("<state>LOGOUT</state>", "<reasonCodeId>255</reasonCodeId>",
                    "<source>" + USER_NODE + "</source>");
            assertThat(between(update, "<requestId>", "</requestId>", "")).isEmpty();
            assertThat(lab.user()).contains("<state>LOGOUT</state>", "<reasonCodeId>255</reasonCodeId>");
            assertThat(desktop.isConnected()).as("the desktop stayed connected").isTrue();
            desktop.disconnect();
        }
    }

    @Test
    void aDesktopConnectionDroppingWithoutAWordSignsTheAgentOutToo() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX))) {
            XMPPTCPConnection desktop = lab.desktop();
            lab.signIn();

            desktop.instantShutdown(); // no unavailable presence, no </stream:stream>

            assertThat(lab.awaitForcedUpdate()).contains("<state>LOGOUT</state>", "<reasonCodeId>255</reasonCodeId>");
            assertThat(lab.user()).contains("<state>LOGOUT</state>", "<reasonCodeId>255</reasonCodeId>");
        }
    }

    @Test
    void aDesktopWebSocketDroppingWithoutAWordSignsTheAgentOutToo() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX))) {
            RawWebSocketClient desktop = lab.webSocketDesktop();
            lab.signIn();

            desktop.drop(); // the TCP connection under it closes: no <close/>, no close frame

            assertThat(lab.awaitForcedUpdate()).contains("<state>LOGOUT</state>", "<reasonCodeId>255</reasonCodeId>");
            assertThat(lab.user()).contains("<state>LOGOUT</state>", "<reasonCodeId>255</reasonCodeId>");
        }
    }

    @Test
    void aDesktopBackWithinTheGraceKeepsTheAgentSignedIn() throws Exception {
        Duration grace = Duration.ofMillis(2500);
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX), grace)) {
            XMPPTCPConnection desktop = lab.desktop();
            lab.signIn();

            desktop.instantShutdown();
            XMPPTCPConnection back = lab.desktop();

            lab.assertNoUpdateFor(grace.plusSeconds(1));
            assertThat(lab.user()).contains("<state>NOT_READY</state>");
            back.disconnect();
        }
    }

    @Test
    void otherSessionsOfTheAgentDroppingNeverSignItOut() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX))) {
            lab.signIn();
            XMPPTCPConnection second = lab.connect("finesse-acceptance-second");

            second.instantShutdown();
            lab.suite.instantShutdown();

            XMPPTCPConnection watcher = lab.connect("finesse-acceptance-watcher");
            List<String> updates = AgentXmppSession.updatesOf(watcher);
            await().during(GRACE.plusSeconds(1)).atMost(WAIT).until(updates::isEmpty);
            assertThat(lab.user()).contains("<state>NOT_READY</state>");
            watcher.disconnect();
        }
    }

    @Test
    void anAgentWithoutADesktopSessionIsNeverForcedOut() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX))) {
            lab.signIn();
            lab.suite.sendStanza(lab.suite.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.unavailable).build());
            lab.suite.sendStanza(lab.suite.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.available).build());

            lab.assertNoUpdateFor(GRACE.plusSeconds(1));
        }
    }

    @Test
    void ucceWithoutLoadLeavesTheAgentNotReadyWith255() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCE))) {
            XMPPTCPConnection desktop = lab.desktop();
            lab.signIn();

            desktop.instantShutdown();

            String update = lab.awaitForcedUpdate();
            assertThat(update).contains("<state>NOT_READY</state>", "<reasonCodeId>255</reasonCodeId>",
                    "<extension>5001</extension>");
            assertThat(lab.user()).contains("<state>NOT_READY</state>", "<reasonCodeId>255</reasonCodeId>");
        }
    }

    @Test
    void ucceWithLoadSignsTheAgentOut() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCE)
                .withLogoutOnAgentDisconnect(true))) {
            XMPPTCPConnection desktop = lab.desktop();
            lab.signIn();

            desktop.disconnect(); // Smack sends unavailable presence, then ends its stream

            assertThat(lab.awaitForcedUpdate()).contains("<state>LOGOUT</state>", "<reasonCodeId>255</reasonCodeId>");
        }
    }

    @Test
    void faultForcedLogoutWithoutReason255LeavesTheReasonEmpty() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX))) {
            XMPPTCPConnection desktop = lab.desktop();
            lab.signIn();
            assertThat(lab.http.control("PUT", "/faults/" + Fault.FORCED_LOGOUT_WITHOUT_REASON_255, "on")
                    .statusCode()).isEqualTo(204);

            desktop.instantShutdown();

            String update = lab.awaitUpdate();
            assertThat(update).contains("<state>LOGOUT</state>").doesNotContain("<reasonCodeId>255<");
            assertThat(between(update, "<reasonCodeId>", "</reasonCodeId>", "")).isEmpty();
            assertThat(lab.user()).contains("<state>LOGOUT</state>").doesNotContain("<reasonCodeId>255<");
        }
    }

    @Test
    void faultDroppedDesktopNotNoticedIgnoresASilentDropButNotUnavailablePresence() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX)
                .withFaults(Set.of(Fault.DROPPED_DESKTOP_NOT_NOTICED)))) {
            XMPPTCPConnection dropped = lab.desktop();
            lab.signIn();

            dropped.instantShutdown();
            lab.assertNoUpdateFor(GRACE.plusSeconds(1));

            XMPPTCPConnection polite = lab.desktop();
            polite.sendStanza(polite.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.unavailable).build());
            assertThat(lab.awaitForcedUpdate()).contains("<state>LOGOUT</state>");
            polite.disconnect();
        }
    }

    /** With every session of the agent gone no session hears the agent's node: read the agent back instead. */
    @Test
    void followingTheUserTheDesktopGoingAloneSignsNoOneOutButTheLastSessionGoingDoes() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX)
                .withForcedLogoutPresence(ForcedLogoutPresence.USER))) {
            XMPPTCPConnection desktop = lab.desktop();
            XMPPTCPConnection other = lab.connect("finesse-acceptance-other");
            lab.signIn();

            desktop.instantShutdown();
            lab.assertNoUpdateFor(GRACE.plusSeconds(1));
            other.disconnect(); // the suite's own session (resource finesse-acceptance-1) still keeps the user
            lab.assertNoUpdateFor(GRACE.plusMillis(500));
            long lastGone = System.nanoTime();
            lab.suite.sendStanza(lab.suite.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.unavailable).build());

            await().atMost(WAIT).until(() -> lab.user().contains("<reasonCodeId>255</reasonCodeId>"));
            assertThat(Duration.ofNanos(System.nanoTime() - lastGone)).isGreaterThanOrEqualTo(GRACE);
            assertThat(lab.user()).contains("<state>LOGOUT</state>");
        }
    }

    @Test
    void followingTheUserAnySessionBackWithinTheGraceKeepsTheAgentSignedIn() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX)
                .withForcedLogoutPresence(ForcedLogoutPresence.USER), Duration.ofMillis(2500))) {
            XMPPTCPConnection desktop = lab.desktop();
            lab.signIn();
            lab.suite.sendStanza(lab.suite.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.unavailable).build());

            desktop.instantShutdown();
            XMPPTCPConnection back = lab.connect("finesse-acceptance-back");

            await().during(Duration.ofMillis(3500)).atMost(WAIT)
                    .until(() -> lab.user().contains("<state>NOT_READY</state>"));
            assertThat(lab.user()).doesNotContain("<reasonCodeId>255<");
            back.disconnect();
        }
    }

    @Test
    void followingTheDesktopOtherSessionsStillNeverCount() throws Exception {
        try (Lab lab = new Lab(SimulatorConfig.defaults().withDeploymentType(DeploymentType.UCCX)
                .withForcedLogoutPresence(ForcedLogoutPresence.DESKTOP))) {
            XMPPTCPConnection desktop = lab.desktop();
            lab.signIn();

            desktop.instantShutdown(); // the suite's own session stays available: the desktop alone counts

            assertThat(lab.awaitForcedUpdate()).contains("<state>LOGOUT</state>");
        }
    }

    @Test
    void labSettingsTellTheSuiteHowLongToWaitAndWhatToExpect() {
        assertThat(SimulatorConfig.defaults().forcedLogoutGrace()).isEqualTo(Duration.ofSeconds(1));
        try (FinesseSimulator defaults = FinesseSimulator.start(SimulatorConfig.defaults());
             FinesseSimulator withLoad = FinesseSimulator.start(SimulatorConfig.defaults()
                     .withForcedLogoutGrace(Duration.ofMillis(60_000)).withLogoutOnAgentDisconnect(true))) {
            // noticing a silent BOSH client (its 5 s inactivity), the grace, and 3 s to spare
            assertThat(defaults.labSettings()).containsEntry("FINESSE_FORCED_LOGOUT_WAIT", "9")
                    .containsEntry("FINESSE_LOGOUT_ON_AGENT_DISCONNECT", "false");
            assertThat(withLoad.labSettings()).containsEntry("FINESSE_FORCED_LOGOUT_WAIT", "68")
                    .containsEntry("FINESSE_LOGOUT_ON_AGENT_DISCONNECT", "true");
        }
        assertThat(PrintedXmppSettings.forcedLogoutWaitSeconds(Duration.ofMillis(2100))).isEqualTo(6);
        assertThat(PrintedXmppSettings.forcedLogoutWaitSeconds(Duration.ZERO)).isEqualTo(3);
        assertThat(PrintedXmppSettings.forcedLogoutWaitSeconds(Duration.ofMinutes(20))).isEqualTo(600);
    }

    /** One simulator, agent 1001 and the suite's own session for it (resource finesse-acceptance-1). */
    private static final class Lab implements AutoCloseable {

        final FinesseSimulator simulator;
        final SimulatorTestClient http;
        final XMPPTCPConnection suite;
        final List<String> updates;

        Lab(SimulatorConfig options) throws Exception {
            this(options, GRACE);
        }

        Lab(SimulatorConfig options, Duration grace) throws Exception {
            simulator = FinesseSimulator.start(options.withAgentCount(2).withForcedLogoutGrace(grace));
            http = new SimulatorTestClient(simulator.labSettings());
            suite = connect("finesse-acceptance-1");
            updates = AgentXmppSession.updatesOf(suite);
        }

        XMPPTCPConnection desktop() throws Exception {
            return connect("desktop");
        }

        /** The desktop as Finesse 12.6 connects it: XMPP over WebSocket at /ws/ on the REST port. */
        RawWebSocketClient webSocketDesktop() {
            Map<String, String> settings = simulator.labSettings();
            return RawWebSocketClient.loggedIn(URI.create(simulator.baseUrl().toString().replaceFirst("^http", "ws")
                    + "/ws/"), SimulatorTestClient.trusting(Path.of(settings.get("FINESSE_CA_CERT"))),
                    simulator.xmppDomain(), AGENT, password(AGENT), "desktop");
        }

        XMPPTCPConnection connect(String resource) throws Exception {
            return AgentXmppSession.connect(simulator, AGENT, resource);
        }

        void signIn() {
            assertThat(http.putUser(AGENT, password(AGENT), SimulatorTestClient.signIn("5001")).statusCode()).isEqualTo(202);
            await().atMost(WAIT).until(() -> updates.size() == 1);
            assertThat(user()).contains("<state>NOT_READY</state>");
            updates.clear();
        }

        String user() {
            return http.api(USER_NODE, AGENT).body();
        }

        /** The next Update on the suite's session: the agent's node, no requestId. */
        String awaitUpdate() {
            await().atMost(WAIT).until(() -> !updates.isEmpty());
            String message = updates.get(0);
            assertThat(message).contains("node='" + USER_NODE + "'");
            assertThat(between(message, "<requestId>", "</requestId>", "")).isEmpty();
            return message;
        }

        String awaitForcedUpdate() {
            String update = awaitUpdate();
            assertThat(update).contains("<reasonCodeId>255</reasonCodeId>");
            return update;
        }

        void assertNoUpdateFor(Duration quiet) {
            await().during(quiet).atMost(quiet.plus(WAIT)).until(updates::isEmpty);
        }

        @Override
        public void close() {
            if (suite.isConnected()) {
                suite.disconnect();
            }
            simulator.close();
        }
    }
}
