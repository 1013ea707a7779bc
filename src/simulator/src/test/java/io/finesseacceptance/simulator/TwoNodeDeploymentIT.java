package io.finesseacceptance.simulator;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.nodes.FinesseNode;
import io.finesseacceptance.simulator.nodes.Side;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A two-node simulator over the network (docs/finesse-contract.md §20): each node's REST API and notification
 * service, one agent state behind both, each node's status, notification service, finesse user and maintenance
 * mode, a CTI failover, and the faults that break each of those. Each test uses its own agent.
 */
class TwoNodeDeploymentIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SYSTEM_INFO = "node='/finesse/api/SystemInfo'";

    private static FinesseSimulator simulator;
    private static FinesseNode primary;
    private static FinesseNode secondary;
    private static SimulatorTestClient primaryHttp;
    private static SimulatorTestClient secondaryHttp;

    private final List<XMPPTCPConnection> sessions = new ArrayList<>();

    @BeforeAll
    static void start() {
        simulator = FinesseSimulator.start(SimulatorConfig.defaults().withNodes(2).withAgentCount(12)
                .withRestHttps(false).withMaintenanceTimeout(Duration.ofMillis(1500)));
        primary = simulator.node(Side.PRIMARY);
        secondary = simulator.node(Side.SECONDARY);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        primaryHttp = new SimulatorTestClient(simulator.baseUrl(), simulator.controlUrl(), client);
        secondaryHttp = new SimulatorTestClient(simulator.secondaryBaseUrl(), simulator.controlUrl(), client);
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @BeforeEach
    void backToHowItStarted() {
        assertThat(primaryHttp.control("POST", "/reset", null).statusCode()).isEqualTo(204);
    }

    @AfterEach
    void disconnect() {
        sessions.forEach(XMPPTCPConnection::disconnect);
    }

    @Test
    void aChangeThroughEitherNodeIsAnnouncedByBothAndReadBackFromBoth() throws Exception {
        List<String> onPrimary = AgentXmppSession.updatesOf(session(primary, "1001"));
        List<String> onSecondary = AgentXmppSession.updatesOf(session(secondary, "1001"));

        assertThat(primaryHttp.putUserAs("1001", "1001", signIn("5001"), "p-1").statusCode()).isEqualTo(202);

        await().atMost(WAIT).until(() -> onPrimary.size() == 1 && onSecondary.size() == 1);
        assertThat(onPrimary.get(0)).contains("from='pubsub." + simulator.xmppDomain() + "'",
                "<requestId>p-1</requestId>", "<state>NOT_READY</state>");
        assertThat(onSecondary.get(0)).contains("from='pubsub." + simulator.secondaryXmppDomain() + "'",
                "<requestId/>", "<state>NOT_READY</state>").doesNotContain("p-1");
        assertThat(primaryHttp.stateOf("1001")).isEqualTo("NOT_READY");
        assertThat(secondaryHttp.stateOf("1001")).isEqualTo("NOT_READY");

        assertThat(secondaryHttp.putUserAs("1001", "1001", state("READY"), "s-1").statusCode()).isEqualTo(202);

        await().atMost(WAIT).until(() -> onPrimary.size() == 2 && onSecondary.size() == 2);
        assertThat(onSecondary.get(1)).contains("<requestId>s-1</requestId>", "<state>READY</state>");
        assertThat(onPrimary.get(1)).contains("<requestId/>", "<state>READY</state>").doesNotContain("s-1");
        assertThat(primaryHttp.stateOf("1001")).isEqualTo("READY");
    }

    @Test
    void underTheVariantTheOtherNodeEchoesTheRequestIdToo() throws Exception {
        List<String> onSecondary = AgentXmppSession.updatesOf(session(secondary, "1002"));
        assertThat(primaryHttp.control("PUT", "/variants/OTHER_SIDE_ECHOES_REQUEST_ID", "on").statusCode())
                .isEqualTo(204);

        primaryHttp.putUserAs("1002", "1002", signIn("5002"), "p-2");

        await().atMost(WAIT).until(() -> onSecondary.size() == 1);
        assertThat(onSecondary.get(0)).contains("<requestId>p-2</requestId>");
    }

    @Test
    void systemInfoOnEachNodeNamesBothNodesWithTheirPorts() {
        String expectedNodes = "<primaryNode>" + node(primary) + "</primaryNode><secondaryNode>" + node(secondary)
                + "</secondaryNode>";
        String fromPrimary = primaryHttp.api("/finesse/api/SystemInfo", "1001").body();
        String fromSecondary = secondaryHttp.api("/finesse/api/SystemInfo", "1001").body();

        assertThat(fromPrimary).contains(expectedNodes, "<xmppDomain>" + simulator.xmppDomain() + "</xmppDomain>")
                .doesNotContain("finesseMMode");
        assertThat(fromSecondary).contains(expectedNodes,
                "<xmppDomain>" + simulator.secondaryXmppDomain() + "</xmppDomain>",
                "<xmppPubSubDomain>pubsub." + simulator.secondaryXmppDomain() + "</xmppPubSubDomain>");
    }

    @Test
    void aNodeOutOfServiceAnswers503AnnouncesItAndPublishesNothingMore() throws Exception {
        List<String> onPrimary = AgentXmppSession.updatesOf(session(primary, "1003"));
        List<String> onSecondary = AgentXmppSession.updatesOf(session(secondary, "1003"));

        assertThat(primaryHttp.control("PUT", "/sides/secondary/service", "OUT_OF_SERVICE").statusCode())
                .isEqualTo(204);

        await().atMost(WAIT).until(() -> onSecondary.size() == 1);
        assertThat(onSecondary.get(0)).contains(SYSTEM_INFO, "<source>/finesse/api/SystemInfo</source>",
                "<status>OUT_OF_SERVICE</status>", "<xmppDomain>" + simulator.secondaryXmppDomain());
        assertThat(secondaryHttp.api("/finesse/api/SystemInfo", "1003").body())
                .contains("<status>OUT_OF_SERVICE</status>");
        assertThat(secondaryHttp.putUserAs("1003", "1003", signIn("5003"), "s-3").statusCode()).isEqualTo(503);
        assertThat(primaryHttp.api("/finesse/api/SystemInfo", "1003").body()).contains("<status>IN_SERVICE</status>");

        assertThat(primaryHttp.putUserAs("1003", "1003", signIn("5003"), "p-3").statusCode()).isEqualTo(202);
        // one publish call serves both nodes: once the primary's Update is here, the secondary has had its chance
        await().atMost(WAIT).until(() -> onPrimary.size() == 1);
        assertThat(onPrimary.get(0)).contains("<requestId>p-3</requestId>");
        assertThat(onSecondary).hasSize(1);
    }

    @Test
    void underOutOfServiceAcceptsANodeOutOfServiceTakesChangesTheOtherAnnounces() throws Exception {
        List<String> onPrimary = AgentXmppSession.updatesOf(session(primary, "1004"));
        primaryHttp.control("PUT", "/sides/secondary/service", "OUT_OF_SERVICE");
        primaryHttp.control("PUT", "/faults/OUT_OF_SERVICE_ACCEPTS", "on");

        assertThat(secondaryHttp.putUserAs("1004", "1004", signIn("5004"), "s-4").statusCode()).isEqualTo(202);

        await().atMost(WAIT).until(() -> onPrimary.size() == 1);
        assertThat(onPrimary.get(0)).contains("<requestId/>", "<state>NOT_READY</state>");
    }

    @Test
    void aNotificationServiceDownCutsItsSessionsAndRefusesNewOnesUntilUp() throws Exception {
        XMPPTCPConnection onSecondary = session(secondary, "1005");
        XMPPTCPConnection onPrimary = session(primary, "1005");

        assertThat(primaryHttp.control("PUT", "/sides/secondary/notification-service", "down").statusCode())
                .isEqualTo(204);

        await().atMost(WAIT).until(() -> !onSecondary.isConnected());
        assertThatThrownBy(() -> session(secondary, "1005")).isInstanceOf(Exception.class);
        assertThat(onPrimary.isConnected()).isTrue();
        assertThat(secondaryHttp.api("/finesse/api/SystemInfo", "1005").statusCode()).isEqualTo(200);

        assertThat(primaryHttp.control("PUT", "/sides/secondary/notification-service", "up").statusCode())
                .isEqualTo(204);
        assertThat(session(secondary, "1005").isAuthenticated()).isTrue();
    }

    @Test
    void theFinesseUserSendsItsPresenceAfterTheSessionsAndWhenItChanges() throws Exception {
        List<Presence> fromPrimary = finessePresences(primary, "1006");
        List<Presence> fromSecondary = finessePresences(secondary, "1006");
        await().atMost(WAIT).until(() -> fromPrimary.size() == 1 && fromSecondary.size() == 1);
        assertThat(fromPrimary.get(0).getFrom().toString()).isEqualTo("finesse@" + simulator.xmppDomain());
        assertThat(fromPrimary.get(0).isAvailable()).isTrue();
        assertThat(fromSecondary.get(0).getFrom().toString()).isEqualTo("finesse@" + simulator.secondaryXmppDomain());

        assertThat(primaryHttp.control("PUT", "/sides/primary/finesse-presence", "unavailable").statusCode())
                .isEqualTo(204);
        await().atMost(WAIT).until(() -> fromPrimary.size() == 2);
        assertThat(fromPrimary.get(1).getType()).isEqualTo(Presence.Type.unavailable);

        primaryHttp.control("PUT", "/sides/primary/finesse-presence", "available");
        await().atMost(WAIT).until(() -> fromPrimary.size() == 3);
        assertThat(fromPrimary.get(2).isAvailable()).isTrue();
        assertThat(fromSecondary).hasSize(1);
    }

    @Test
    void maintenanceModeCompletesOnceTheUsersAreOnTheOtherNode() throws Exception {
        XMPPTCPConnection leaving = session(secondary, "1007");
        List<String> received = AgentXmppSession.updatesOf(leaving);

        assertThat(primaryHttp.control("POST", "/sides/secondary/maintenance", null).statusCode()).isEqualTo(202);

        await().atMost(WAIT).until(() -> !leaving.isConnected());
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).contains(SYSTEM_INFO, "<finesseMMode>IN_PROGRESS</finesseMMode>");
        assertThat(secondaryHttp.api("/finesse/api/SystemInfo", "1007").body())
                .contains("<finesseMMode>IN_PROGRESS</finesseMMode>", "<status>IN_SERVICE</status>");

        session(primary, "1007");

        await().atMost(WAIT).untilAsserted(() -> assertThat(secondaryHttp.api("/finesse/api/SystemInfo", "1007")
                .body()).contains("<finesseMMode>COMPLETED</finesseMMode>", "<status>OUT_OF_SERVICE</status>"));
        assertThatThrownBy(() -> session(secondary, "1007")).isInstanceOf(Exception.class);
        assertThat(primaryHttp.api("/finesse/api/SystemInfo", "1007").body()).contains("<status>IN_SERVICE</status>")
                .doesNotContain("finesseMMode");
    }

    @Test
    void maintenanceModeFailsWhenTheUsersDoNotMoveInTime() throws Exception {
        XMPPTCPConnection staying = session(primary, "1008");

        assertThat(primaryHttp.control("POST", "/sides/primary/maintenance", null).statusCode()).isEqualTo(202);
        assertThat(primaryHttp.control("POST", "/sides/primary/maintenance", null).statusCode()).isEqualTo(409);

        await().atMost(WAIT).until(() -> !staying.isConnected());
        await().atMost(WAIT).untilAsserted(() -> assertThat(primaryHttp.api("/finesse/api/SystemInfo", "1008")
                .body()).contains("<finesseMMode>FAILED</finesseMMode>", "<status>IN_SERVICE</status>"));
        assertThat(session(primary, "1008").isAuthenticated()).isTrue();
    }

    @Test
    void afterACtiFailoverEveryNodePublishesTheLastStatesAgain() throws Exception {
        primaryHttp.signInAndAwait("1009");
        List<String> onPrimary = AgentXmppSession.updatesOf(session(primary, "1009"));
        List<String> onSecondary = AgentXmppSession.updatesOf(session(secondary, "1009"));

        assertThat(primaryHttp.control("POST", "/cti-failover", null).statusCode()).isEqualTo(204);

        for (List<String> received : List.of(onPrimary, onSecondary)) {
            await().atMost(WAIT).until(() -> received.size() == 3);
            assertThat(received.get(0)).contains(SYSTEM_INFO, "<status>OUT_OF_SERVICE</status>");
            assertThat(received.get(1)).contains(SYSTEM_INFO, "<status>IN_SERVICE</status>");
            assertThat(received.get(2)).contains("node='/finesse/api/User/1009'", "<state>NOT_READY</state>",
                    "<requestId/>");
        }
    }

    @Test
    void withoutTheRepublishACtiFailoverAnnouncesOnlyTheStatus() throws Exception {
        primaryHttp.signInAndAwait("1010");
        List<String> onPrimary = AgentXmppSession.updatesOf(session(primary, "1010"));
        primaryHttp.control("PUT", "/faults/NO_REPUBLISH_AFTER_CTI_FAILOVER", "on");

        primaryHttp.control("POST", "/cti-failover", null);
        primaryHttp.putUserAs("1010", "1010", state("READY"), "after");

        // the READY Update comes after anything the failover published
        await().atMost(WAIT).until(() -> onPrimary.stream().anyMatch(update -> update.contains("after")));
        assertThat(onPrimary).hasSize(3);
        assertThat(onPrimary.get(2)).contains("<requestId>after</requestId>");
    }

    @Test
    void underOtherSideSilentTheNodeThatDidNotTakeTheRequestSaysNothing() throws Exception {
        List<String> onSecondary = AgentXmppSession.updatesOf(session(secondary, "1011"));
        primaryHttp.control("PUT", "/faults/OTHER_SIDE_SILENT", "on");

        primaryHttp.putUserAs("1011", "1011", signIn("5011"), "p-11");
        primaryHttp.awaitState("1011", "NOT_READY");
        secondaryHttp.putUserAs("1011", "1011", state("READY"), "s-11");

        await().atMost(WAIT).until(() -> !onSecondary.isEmpty());
        assertThat(onSecondary).hasSize(1);
        assertThat(onSecondary.get(0)).contains("<requestId>s-11</requestId>");
    }

    @Test
    void underOtherSideStaleReadTheOtherNodeReadsTheStateFromBefore() {
        primaryHttp.control("PUT", "/faults/OTHER_SIDE_STALE_READ", "on");

        primaryHttp.putUserAs("1012", "1012", signIn("5012"), "p-12");
        primaryHttp.awaitState("1012", "NOT_READY");

        assertThat(secondaryHttp.stateOf("1012")).isEqualTo("LOGOUT");
        primaryHttp.control("PUT", "/faults/OTHER_SIDE_STALE_READ", "off");
        assertThat(secondaryHttp.stateOf("1012")).isEqualTo("NOT_READY");
    }

    private XMPPTCPConnection session(FinesseNode node, String agentId) throws Exception {
        XMPPTCPConnection connection = AgentXmppSession.connect(node, agentId, "it-" + node.side().pathName());
        sessions.add(connection);
        return connection;
    }

    /** The presences from the node's finesse user the agent's session receives, listened for before its login. */
    private List<Presence> finessePresences(FinesseNode node, String agentId) throws Exception {
        XMPPTCPConnection connection = AgentXmppSession.unconnected(node, agentId, "it-" + node.side().pathName());
        List<Presence> received = new CopyOnWriteArrayList<>();
        connection.addAsyncStanzaListener(stanza -> {
            if (stanza.getFrom() != null && stanza.getFrom().toString().startsWith("finesse@")) {
                received.add((Presence) stanza);
            }
        }, StanzaTypeFilter.PRESENCE);
        sessions.add(AgentXmppSession.loggedIn(connection));
        return received;
    }

    private static String node(FinesseNode node) {
        return "<host>127.0.0.1</host><httpsPort>" + node.baseUrl().getPort() + "</httpsPort><xmppPort>"
                + node.embeddedService().port() + "</xmppPort><xmppSecurePort>" + node.embeddedService().directTlsPort()
                + "</xmppSecurePort>";
    }
}
