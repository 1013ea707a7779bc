package io.finesseacceptance.simulator.xmpp;

import static io.finesseacceptance.simulator.xmpp.SmackClients.DOMAIN;
import static io.finesseacceptance.simulator.xmpp.SmackClients.available;
import static io.finesseacceptance.simulator.xmpp.SmackClients.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class XmppNotificationServiceIT {

    private static final String UPDATE = "<Update><data><user><state>READY</state></user></data><event>PUT</event></Update>";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private XmppNotificationService service;
    private final List<XMPPTCPConnection> connections = new ArrayList<>();

    @BeforeEach
    void start() {
        service = XmppNotificationService.start(SmackClients.plainConfig());
    }

    @AfterEach
    void stop() {
        connections.forEach(XMPPTCPConnection::disconnect);
        service.close();
    }

    @Test
    void deliversPublishedUpdateInFinesseWireFormat() throws Exception {
        XMPPTCPConnection agent = track(available(service.port(), "1001", "res1"));
        List<String> received = messagesOf(agent);

        service.publish("/finesse/api/User/1001", UPDATE);

        await().atMost(WAIT).until(() -> received.size() == 1);
        String message = received.get(0);
        assertThat(message)
                .contains("from='pubsub." + DOMAIN + "'")
                .contains("to='1001@" + DOMAIN + "/res1'")
                .containsPattern("id='/finesse/api/User/1001__1001@" + DOMAIN.replace(".", "\\.") + "__[A-Za-z0-9]{5}'")
                .contains("node='/finesse/api/User/1001'")
                .contains("<notification xmlns='http://jabber.org/protocol/pubsub'>")
                .contains("&lt;Update&gt;&lt;data&gt;&lt;user&gt;&lt;state&gt;READY&lt;/state&gt;");
    }

    @Test
    void keepsPublishOrderPerConnection() throws Exception {
        XMPPTCPConnection agent = track(available(service.port(), "1001", "res1"));
        List<String> received = messagesOf(agent);

        for (int i = 0; i < 100; i++) {
            service.publish("/finesse/api/User/1001/Dialogs", "<Update><seq>" + i + "</seq></Update>");
        }

        await().atMost(WAIT).until(() -> received.size() == 100);
        for (int i = 0; i < 100; i++) {
            assertThat(received.get(i)).contains("&lt;seq&gt;" + i + "&lt;/seq&gt;");
        }
    }

    @Test
    void systemInfoReachesEveryAvailableUserButUserNodesOnlyTheirOwner() throws Exception {
        List<String> first = messagesOf(track(available(service.port(), "1001", "a")));
        List<String> second = messagesOf(track(available(service.port(), "1002", "b")));

        service.publish("/finesse/api/User/1001", "<Update><only>1001</only></Update>");
        service.publish("/finesse/api/SystemInfo", "<Update><system/></Update>");

        await().atMost(WAIT).until(() -> first.size() == 2 && second.size() == 1);
        assertThat(second.get(0)).contains("&lt;system/&gt;");
    }

    @Test
    void doesNotDeliverToUserWithoutAvailablePresence() throws Exception {
        XMPPTCPConnection agent = track(SmackClients.connect(
                SmackClients.builder(service.port(), "1001", "quiet").setSendPresence(false).build()));
        List<String> received = messagesOf(agent);
        SmackClients.roundTrip(agent);

        service.publish("/finesse/api/User/1001", "<Update><seq>before</seq></Update>");
        agent.sendStanza(agent.getStanzaFactory().buildPresenceStanza().ofType(Presence.Type.available).build());
        SmackClients.roundTrip(agent);
        service.publish("/finesse/api/User/1001", "<Update><seq>after</seq></Update>");

        // per-connection order: once "after" arrived, "before" would have arrived earlier
        await().atMost(WAIT).until(() -> !received.isEmpty());
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).contains("after");
    }

    @Test
    void unavailablePresenceStopsDelivery() throws Exception {
        XMPPTCPConnection agent = track(available(service.port(), "1001", "res1"));
        List<String> received = messagesOf(agent);

        agent.sendStanza(agent.getStanzaFactory().buildPresenceStanza().ofType(Presence.Type.unavailable).build());
        SmackClients.roundTrip(agent);
        service.publish("/finesse/api/User/1001", "<Update><seq>hidden</seq></Update>");
        agent.sendStanza(agent.getStanzaFactory().buildPresenceStanza().ofType(Presence.Type.available).build());
        SmackClients.roundTrip(agent);
        service.publish("/finesse/api/User/1001", "<Update><seq>shown</seq></Update>");

        await().atMost(WAIT).until(() -> !received.isEmpty());
        assertThat(received).hasSize(1);
        assertThat(received.get(0)).contains("shown");
    }

    @Test
    void rejectsWrongPassword() {
        assertThatThrownBy(() -> SmackClients.connect(SmackClients.builder(service.port(), "1001", "res1")
                .setUsernameAndPassword("1001", "wrong").build()))
                .isInstanceOf(SASLErrorException.class)
                .hasMessageContaining("not-authorized");
    }

    @Test
    void reportsAvailabilityFlipsToPresenceListeners() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        service.addPresenceListener((user, isAvailable) -> events.add(user + "=" + isAvailable));

        XMPPTCPConnection first = available(service.port(), "1001", "one");
        XMPPTCPConnection second = available(service.port(), "1001", "two");
        first.disconnect();
        await().atMost(WAIT).until(() -> events.size() >= 1);
        second.disconnect();

        await().atMost(WAIT).until(() -> events.size() == 2);
        assertThat(events).containsExactly("1001=true", "1001=false");
    }

    @Test
    void newLoginOnSameResourceReplacesOldSession() throws Exception {
        XMPPTCPConnection old = track(available(service.port(), "1001", "desk"));
        XMPPTCPConnection replacement = track(available(service.port(), "1001", "desk"));
        List<String> received = messagesOf(replacement);

        await().atMost(WAIT).until(() -> !old.isConnected());
        service.publish("/finesse/api/User/1001", UPDATE);
        await().atMost(WAIT).until(() -> received.size() == 1);
    }

    @Test
    void acceptsHundredConcurrentLogins() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        service.addPresenceListener((user, isAvailable) -> events.add(user));
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<XMPPTCPConnection>> logins = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String user = "agent" + i;
                logins.add(clients.submit(() -> available(service.port(), user, "load")));
            }
            for (Future<XMPPTCPConnection> login : logins) {
                XMPPTCPConnection connection = track(login.get());
                assertThat(connection.isAuthenticated()).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
        await().atMost(WAIT).until(() -> events.size() == 100);
        assertThat(events).doesNotHaveDuplicates();
    }

    private XMPPTCPConnection track(XMPPTCPConnection connection) {
        connections.add(connection);
        return connection;
    }
}
