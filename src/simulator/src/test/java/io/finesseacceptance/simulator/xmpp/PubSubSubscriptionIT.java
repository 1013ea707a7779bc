package io.finesseacceptance.simulator.xmpp;

import static io.finesseacceptance.simulator.xmpp.SmackClients.PUBSUB;
import static io.finesseacceptance.simulator.xmpp.SmackClients.available;
import static io.finesseacceptance.simulator.xmpp.SmackClients.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.pubsub.LeafNode;
import org.jivesoftware.smackx.pubsub.PubSubManager;
import org.jivesoftware.smackx.pubsub.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

class PubSubSubscriptionIT {

    private static final String TEAM_NODE = "/finesse/api/Team/1/Users";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final XmppNotificationService service = XmppNotificationService.start(SmackClients.plainConfig());

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void explicitSubscriptionDeliversAndOutlivesTheConnection() throws Exception {
        XMPPTCPConnection supervisor = available(service.port(), "2001", "desk");
        List<String> received = messagesOf(supervisor);
        LeafNode team = pubsub(supervisor).getLeafNode(TEAM_NODE);

        Subscription subscription = team.subscribe(supervisor.getUser().asBareJid());
        assertThat(subscription.getNode()).isEqualTo(TEAM_NODE);
        assertThat(subscription.getState()).isEqualTo(Subscription.State.subscribed);
        assertThat(pubsub(supervisor).getSubscriptions()).extracting(Subscription::getNode).containsExactly(TEAM_NODE);

        service.publish(TEAM_NODE, "<Update><team/></Update>");
        await().atMost(WAIT).until(() -> received.size() == 1);
        assertThat(received.get(0)).contains("node='" + TEAM_NODE + "'", "&lt;team/&gt;");

        supervisor.disconnect();
        assertThat(service.explicitSubscriptions("2001")).containsExactly(TEAM_NODE);

        XMPPTCPConnection again = available(service.port(), "2001", "desk");
        try {
            pubsub(again).getLeafNode(TEAM_NODE).unsubscribe(again.getUser().asBareJid().toString());
            assertThat(service.explicitSubscriptions("2001")).isEmpty();
            assertThat(pubsub(again).getSubscriptions()).isEmpty();
        } finally {
            again.disconnect();
        }
    }

    @Test
    void fullJidSubscriptionDeliversToThatResourceOnly() throws Exception {
        XMPPTCPConnection desk = available(service.port(), "2001", "desk");
        XMPPTCPConnection phone = available(service.port(), "2001", "phone");
        try {
            List<String> deskMessages = messagesOf(desk);
            List<String> phoneMessages = messagesOf(phone);
            pubsub(desk).getLeafNode(TEAM_NODE).subscribe(desk.getUser());

            service.publish(TEAM_NODE, "<Update><team/></Update>");
            service.publish("/finesse/api/User/2001", "<Update><user/></Update>");

            // the user node reaches both; per-connection order means the phone would have seen the team update first
            await().atMost(WAIT).until(() -> deskMessages.size() == 2 && phoneMessages.size() == 1);
            assertThat(phoneMessages.get(0)).contains("&lt;user/&gt;");
        } finally {
            desk.disconnect();
            phone.disconnect();
        }
    }

    @Test
    void refusesSubscribingSomeoneElse() throws Exception {
        XMPPTCPConnection agent = available(service.port(), "1001", "desk");
        try {
            LeafNode team = pubsub(agent).getLeafNode(TEAM_NODE);

            Assertions.assertThatThrownBy(
                    () -> team.subscribe(JidCreate.bareFrom("1002@" + SmackClients.DOMAIN)))
                    .hasMessageContaining("bad-request");
            assertThat(service.explicitSubscriptions("1001")).isEmpty();
            assertThat(service.explicitSubscriptions("1002")).isEmpty();
        } finally {
            agent.disconnect();
        }
    }

    private static PubSubManager pubsub(XMPPTCPConnection connection) throws Exception {
        return PubSubManager.getInstanceFor(connection, JidCreate.domainBareFrom(PUBSUB));
    }
}
