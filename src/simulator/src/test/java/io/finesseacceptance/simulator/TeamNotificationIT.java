package io.finesseacceptance.simulator;

import static io.finesseacceptance.simulator.SimulatorTestClient.password;
import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.ping.PingManager;
import org.jivesoftware.smackx.pubsub.LeafNode;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.jivesoftware.smackx.pubsub.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The Team Notification over the simulator's XMPP (docs/finesse-contract.md §19): only a supervisor of the team
 * may subscribe to {@code /finesse/api/Team/{id}/Users}, nothing is subscribed to it automatically, every member's
 * state change arrives there, and a subscription outlives the session that made it until unsubscribed.
 */
class TeamNotificationIT {

    private static final String TEAM_A = "/finesse/api/Team/5000/Users";
    private static final String TEAM_B = "/finesse/api/Team/5001/Users";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults().withAgentCount(3)
            .withRestHttps(false));
    private final SimulatorTestClient http = new SimulatorTestClient(simulator.baseUrl(), simulator.controlUrl(),
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aSupervisorsFullJidSubscriptionReceivesEveryMembersChange() throws Exception {
        XMPPTCPConnection supervisor = connect("2001", "desk");
        try {
            List<String> received = messagesOf(supervisor);
            Subscription subscription = node(supervisor, TEAM_A).subscribe(supervisor.getUser());
            assertThat(subscription.getNode()).isEqualTo(TEAM_A);
            assertThat(subscription.getJid().toString()).isEqualTo(supervisor.getUser().toString());
            assertThat(subscription.getId()).isNotBlank();
            assertThat(subscription.getState()).isEqualTo(Subscription.State.subscribed);

            assertThat(put("1001", "1001", signIn("5001"), "in-1"))
                    .isEqualTo(202);
            await().atMost(WAIT).until(() -> received.size() == 1);
            assertThat(received.get(0)).contains("node='" + TEAM_A + "'", "&lt;Update&gt;",
                    "&lt;source&gt;/finesse/api/User/1001&lt;/source&gt;", "&lt;requestId&gt;in-1&lt;/requestId&gt;",
                    "&lt;loginId&gt;1001&lt;/loginId&gt;", "&lt;state&gt;NOT_READY&lt;/state&gt;");

            // a member outside the team is not announced there; the supervisor's own change is
            put("1003", "1003", signIn("5003"), "in-3");
            assertThat(put("2001", "1001", state("LOGOUT"), "sup-1")).isEqualTo(202);
            await().atMost(WAIT).until(() -> received.size() == 2);
            assertThat(received.get(1)).contains("&lt;requestId&gt;sup-1&lt;/requestId&gt;",
                    "&lt;state&gt;LOGOUT&lt;/state&gt;");
            assertThat(String.join("", received)).doesNotContain("in-3");
        } finally {
            supervisor.disconnect();
        }
    }

    @Test
    void nothingIsSubscribedToATeamNodeAutomatically() throws Exception {
        XMPPTCPConnection supervisor = connect("2001", "desk");
        try {
            List<String> received = messagesOf(supervisor);
            put("1001", "1001", signIn("5001"), "in-1");
            // the supervisor's own change, on its own node, comes after 1001's would have
            put("2001", "2001", signIn("6001"), "own");
            await().atMost(WAIT).until(() -> received.stream().anyMatch(m -> m.contains("own")));
            assertThat(received).hasSize(1);
            assertThat(received.get(0)).contains("node='/finesse/api/User/2001'");
        } finally {
            supervisor.disconnect();
        }
    }

    @Test
    void onlyASupervisorOfTheTeamMaySubscribe() throws Exception {
        XMPPTCPConnection agent = connect("1001", "desk");
        XMPPTCPConnection supervisor = connect("2001", "desk");
        try {
            assertForbidden(() -> node(agent, TEAM_A).subscribe(agent.getUser()));
            assertForbidden(() -> node(supervisor, TEAM_B).subscribe(supervisor.getUser()));
            assertThat(simulator.explicitSubscriptions("1001")).isEmpty();
            assertThat(simulator.explicitSubscriptions("2001")).isEmpty();
        } finally {
            agent.disconnect();
            supervisor.disconnect();
        }
    }

    @Test
    void theSubscriptionOutlivesTheSessionUntilUnsubscribed() throws Exception {
        XMPPTCPConnection first = connect("2001", "desk");
        node(first, TEAM_A).subscribe(first.getUser());
        first.disconnect();
        assertThat(simulator.explicitSubscriptions("2001")).containsExactly(TEAM_A);

        // delivered to nobody while the resource is offline; nothing breaks
        put("1001", "1001", signIn("5001"), "offline");

        XMPPTCPConnection again = connect("2001", "desk");
        try {
            List<String> received = messagesOf(again);
            assertThat(node(again, TEAM_A).getSubscriptions()).extracting(s -> s.getJid().toString())
                    .containsExactly(again.getUser().toString());
            put("1001", "1001", state("READY"), "back");
            await().atMost(WAIT).until(() -> received.size() == 1);
            assertThat(received.get(0)).contains("back").doesNotContain("offline");

            node(again, TEAM_A).unsubscribe(again.getUser().toString());
            assertThat(simulator.explicitSubscriptions("2001")).isEmpty();
            assertThat(node(again, TEAM_A).getSubscriptions()).isEmpty();
            put("1001", "1001", state("NOT_READY"), "after");
            put("2001", "2001", signIn("6001"), "own");
            await().atMost(WAIT).until(() -> received.stream().anyMatch(m -> m.contains("own")));
            assertThat(String.join("", received)).doesNotContain("after");
        } finally {
            again.disconnect();
        }
    }

    @Test
    void theListShowsEveryJidOfTheUserOnThatNode() throws Exception {
        XMPPTCPConnection desk = connect("2001", "desk");
        XMPPTCPConnection phone = connect("2001", "phone");
        try {
            node(desk, TEAM_A).subscribe(desk.getUser());
            node(phone, TEAM_A).subscribe(phone.getUser());

            assertThat(node(desk, TEAM_A).getSubscriptions()).extracting(s -> s.getJid().toString())
                    .containsExactlyInAnyOrder(desk.getUser().toString(), phone.getUser().toString());

            node(desk, TEAM_A).unsubscribe(desk.getUser().toString());
            node(phone, TEAM_A).unsubscribe(phone.getUser().toString());
            assertThat(node(desk, TEAM_A).getSubscriptions()).isEmpty();
        } finally {
            desk.disconnect();
            phone.disconnect();
        }
    }

    @Test
    void subscriptionKeptAfterUnsubscribeAnswersButKeepsDelivering() throws Exception {
        assertThat(control("/faults/SUBSCRIPTION_KEPT_AFTER_UNSUBSCRIBE", "on")).isEqualTo(204);
        XMPPTCPConnection supervisor = connect("2001", "desk");
        try {
            List<String> received = messagesOf(supervisor);
            Subscription subscription = node(supervisor, TEAM_A).subscribe(supervisor.getUser());

            node(supervisor, TEAM_A).unsubscribe(supervisor.getUser().toString(), subscription.getId());

            assertThat(node(supervisor, TEAM_A).getSubscriptions()).hasSize(1);
            assertThat(simulator.explicitSubscriptions("2001")).containsExactly(TEAM_A);
            put("1001", "1001", signIn("5001"), "still");
            await().atMost(WAIT).until(() -> received.size() == 1);
            assertThat(received.get(0)).contains("still");
        } finally {
            supervisor.disconnect();
        }
    }

    private static void assertForbidden(ThrowableAssert.ThrowingCallable subscribe) {
        assertThatThrownBy(subscribe).isInstanceOfSatisfying(XMPPException.XMPPErrorException.class,
                error -> assertThat(error.getStanzaError().getCondition()).isEqualTo(StanzaError.Condition.forbidden));
    }

    private XMPPTCPConnection connect(String user, String resource) throws Exception {
        int port = Integer.parseInt(simulator.labSettings().get("FINESSE_XMPP_PORT"));
        XMPPTCPConnection connection = new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(simulator.xmppDomain())
                .setHost("127.0.0.1")
                .setPort(port)
                .setUsernameAndPassword(user, password(user))
                .setResource(resource)
                .setSecurityMode(SecurityMode.disabled)
                .build());
        connection.connect().login();
        // the server answers one connection's stanzas in order: the pong means the presence was handled
        if (!PingManager.getInstanceFor(connection).ping(connection.getXMPPServiceDomain(), 5000)) {
            throw new AssertionError("server did not answer a ping");
        }
        return connection;
    }

    /** Every message the connection receives from now on, in arrival order, as XML. */
    private static List<String> messagesOf(XMPPTCPConnection connection) {
        List<String> received = new CopyOnWriteArrayList<>();
        connection.addSyncStanzaListener(stanza -> received.add(((Message) stanza).toXML().toString()),
                StanzaTypeFilter.MESSAGE);
        return received;
    }

    private LeafNode node(XMPPTCPConnection connection, String node) throws Exception {
        return PubSubManager.getInstanceFor(connection, JidCreate.domainBareFrom("pubsub." + simulator.xmppDomain()))
                .getLeafNode(node);
    }

    /** PUT /finesse/api/User/{agentId} as {@code user}; the status. */
    private int put(String user, String agentId, String body, String requestId) {
        return http.putUserAs(user, agentId, body, requestId).statusCode();
    }

    private int control(String path, String body) {
        return http.control("PUT", path, body).statusCode();
    }
}
