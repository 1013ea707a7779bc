package io.finesseacceptance.simulator.xmpp;

import static io.finesseacceptance.simulator.xmpp.SmackClients.DOMAIN;
import static io.finesseacceptance.simulator.xmpp.SmackClients.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jivesoftware.smack.bosh.XMPPBOSHConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Smack's BOSH client (jbosh) against the BOSH endpoint, over HTTP and HTTPS. */
class BoshSmackTest {

    private static final SimulatorCertificates CERTIFICATES =
            SimulatorCertificates.generate("Finesse Simulator Test CA", List.of(DOMAIN, "localhost"), List.of("127.0.0.1"));
    private static final Duration WAIT = Duration.ofSeconds(10);

    private XmppNotificationService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void deliversNotificationsInOrderOverHttp() throws Exception {
        service = XmppNotificationService.start(SmackClients.plainConfig().withBosh(0, false));
        assertThat(service.boshUrl().toString()).isEqualTo("http://127.0.0.1:" + service.boshPort() + "/http-bind");

        loginPresenceAndOrderedDelivery();
    }

    @Test
    void deliversNotificationsInOrderOverHttpsTrustingOnlyTheSimulatorCa() throws Exception {
        XmppServiceConfig plain = SmackClients.plainConfig();
        service = XmppNotificationService.start(new XmppServiceConfig(plain.bindHost(), 0, DOMAIN, plain.pubsubDomain(),
                plain.authenticator(), CERTIFICATES.serverContext(), false).withBosh(0, true));
        assertThat(service.boshUrl().toString()).isEqualTo("https://127.0.0.1:" + service.boshPort() + "/http-bind");

        try (JvmDefaultTrust trust = JvmDefaultTrust.onlyTrusting(CERTIFICATES.caCertificate())) {
            loginPresenceAndOrderedDelivery();
        }
    }

    private void loginPresenceAndOrderedDelivery() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        service.addPresenceListener((user, available) -> events.add(user + "=" + available));
        XMPPBOSHConnection agent = SmackBoshClients.available(service.boshUrl(), "1001", "bosh");
        try {
            assertThat(events).containsExactly("1001=true");
            List<String> received = messagesOf(agent);

            service.publish("/finesse/api/User/1001", "<Update><first/></Update>");
            await().atMost(WAIT).until(() -> received.size() == 1);
            assertThat(received.get(0)).contains("from='pubsub." + DOMAIN + "'", "to='1001@" + DOMAIN + "/bosh'",
                    "node='/finesse/api/User/1001'", "&lt;first/&gt;");

            for (int i = 0; i < 100; i++) {
                service.publish("/finesse/api/User/1001/Dialogs", "<Update><seq>" + i + "</seq></Update>");
            }
            await().atMost(WAIT).until(() -> received.size() == 101);
            for (int i = 0; i < 100; i++) {
                assertThat(received.get(i + 1)).contains("&lt;seq&gt;" + i + "&lt;/seq&gt;");
            }
        } finally {
            agent.disconnect();
        }
        // not the jbosh poller that may die on disconnect, see ConcurrentLoginIT
        await().dontCatchUncaughtExceptions().atMost(WAIT).until(() -> events.equals(List.of("1001=true", "1001=false")));
        // Smack's unavailable presence and its terminate come in two requests: the session may outlive the event briefly
        await().dontCatchUncaughtExceptions().atMost(WAIT).until(() -> service.boshSessionCount() == 0);
    }
}
