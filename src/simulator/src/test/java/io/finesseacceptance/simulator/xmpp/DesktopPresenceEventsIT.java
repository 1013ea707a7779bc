package io.finesseacceptance.simulator.xmpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.notifications.DesktopPresence;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the notification service tells Finesse's forced logout: the presence of each user's {@code desktop}
 * session alone, and how it went (docs/finesse-contract.md §14.3), over TCP, direct TLS and BOSH.
 */
class DesktopPresenceEventsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(300);
    private static final String DESKTOP = DesktopPresence.DESKTOP_RESOURCE;
    private static final SimulatorCertificates CERTIFICATES =
            SimulatorCertificates.generate("Desktop presence test CA", List.of(SmackClients.DOMAIN, "localhost"),
                    List.of("127.0.0.1"));

    private final XmppNotificationService service = XmppNotificationService.start(
            new XmppServiceConfig("127.0.0.1", 0, SmackClients.DOMAIN, SmackClients.PUBSUB,
                    SmackClients.plainConfig().authenticator(), CERTIFICATES.serverContext(), false)
                    .withDirectTls(0).withBosh(0, false).withBoshInactivity(Duration.ofSeconds(1)));
    private final List<String> events = new CopyOnWriteArrayList<>();

    {
        service.addDesktopPresenceListener((user, presence) -> events.add(user + "=" + presence));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void unavailablePresenceOnTheDesktopWhileConnectedIsReportedAndAvailableAgainToo() throws Exception {
        try (RawXmppClient desktop = RawXmppClient.loggedIn(service.port(), "1001", DESKTOP)) {
            awaitEvents("1001=AVAILABLE");
            desktop.send("<presence type='unavailable'/><iq type='get' id='p2'><ping xmlns='urn:xmpp:ping'/></iq>");
            desktop.awaitText("id='p2'");
            awaitEvents("1001=AVAILABLE", "1001=UNAVAILABLE");

            desktop.send("<presence/>");
            awaitEvents("1001=AVAILABLE", "1001=UNAVAILABLE", "1001=AVAILABLE");
        }
    }

    @Test
    void aSocketClosedWithoutAWordIsADrop() throws Exception {
        RawXmppClient desktop = RawXmppClient.loggedIn(service.port(), "1001", DESKTOP);
        awaitEvents("1001=AVAILABLE");

        desktop.close();

        awaitEvents("1001=AVAILABLE", "1001=DROPPED");
    }

    @Test
    void smackInstantShutdownIsADropAndDisconnectIsUnavailablePresence() throws Exception {
        XMPPTCPConnection dropped = SmackClients.available(service.port(), "1001", DESKTOP);
        dropped.instantShutdown();
        awaitEvents("1001=AVAILABLE", "1001=DROPPED");

        XMPPTCPConnection polite = SmackClients.available(service.port(), "1002", DESKTOP);
        polite.disconnect();
        awaitEvents("1001=AVAILABLE", "1001=DROPPED", "1002=AVAILABLE", "1002=UNAVAILABLE");
    }

    @Test
    void anEndOfStreamWithoutUnavailablePresenceIsAClose() throws Exception {
        try (RawXmppClient desktop = RawXmppClient.loggedIn(service.port(), "1001", DESKTOP)) {
            awaitEvents("1001=AVAILABLE");
            desktop.send("</stream:stream>");
            desktop.awaitClose(WAIT);
        }
        awaitEvents("1001=AVAILABLE", "1001=CLOSED");
    }

    @Test
    void aDropAfterUnavailablePresenceAddsNothing() throws Exception {
        RawXmppClient desktop = RawXmppClient.loggedIn(service.port(), "1001", DESKTOP);
        desktop.send("<presence type='unavailable'/><iq type='get' id='p2'><ping xmlns='urn:xmpp:ping'/></iq>");
        desktop.awaitText("id='p2'");
        desktop.close();

        assertQuietly("1001=AVAILABLE", "1001=UNAVAILABLE");
    }

    @Test
    void otherResourcesNeverCount() throws Exception {
        XMPPTCPConnection suite = SmackClients.available(service.port(), "1001", "finesse-acceptance-1");
        RawXmppClient other = RawXmppClient.loggedIn(service.port(), "1001", "Desktop");
        other.send("<presence type='unavailable'/>");
        other.close();
        suite.instantShutdown();

        assertQuietly();
    }

    @Test
    void overDirectTlsADropIsADrop() throws Exception {
        XMPPTCPConnection desktop = SmackClients.connect(SmackClients.builder(service.directTlsPort(), "1001", DESKTOP)
                .setSocketFactory(clientContext().getSocketFactory()).build());
        SmackClients.roundTrip(desktop);
        awaitEvents("1001=AVAILABLE");

        desktop.instantShutdown();

        awaitEvents("1001=AVAILABLE", "1001=DROPPED");
    }

    @Test
    void aBoshSessionEndedByItsInactivityTimeoutIsADrop() throws Exception {
        new RawBoshClient(service.boshUrl()).loggedIn("1001", DESKTOP);
        awaitEvents("1001=AVAILABLE");

        // no request follows: the session's 1 s inactivity timeout ends it
        awaitEvents("1001=AVAILABLE", "1001=DROPPED");
    }

    @Test
    void aBoshTerminateIsAClose() throws Exception {
        RawBoshClient desktop = new RawBoshClient(service.boshUrl());
        desktop.loggedIn("1001", DESKTOP);
        awaitEvents("1001=AVAILABLE");

        desktop.post(desktop.body(desktop.nextRid(), " type='terminate'", ""));

        awaitEvents("1001=AVAILABLE", "1001=CLOSED");
    }

    @Test
    void aNewDesktopLoginTakingTheResourceOverIsAwayUntilItAnnouncesItself() throws Exception {
        try (RawXmppClient first = RawXmppClient.loggedIn(service.port(), "1001", DESKTOP);
             RawXmppClient second = RawXmppClient.loggedIn(service.port(), "1001", DESKTOP)) {
            awaitEvents("1001=AVAILABLE", "1001=ENDED_BY_SERVER", "1001=AVAILABLE");
            first.awaitClose(WAIT);
            assertQuietly("1001=AVAILABLE", "1001=ENDED_BY_SERVER", "1001=AVAILABLE");
        }
    }

    @Test
    void droppingTheUsersSessionsEndsTheDesktopByTheServer() throws Exception {
        try (RawXmppClient desktop = RawXmppClient.loggedIn(service.port(), "1001", DESKTOP)) {
            awaitEvents("1001=AVAILABLE");
            service.dropSessions("1001");
            awaitEvents("1001=AVAILABLE", "1001=ENDED_BY_SERVER");
        }
    }

    private void awaitEvents(String... expected) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(events).containsExactly(expected));
    }

    private void assertQuietly(String... expected) {
        await().during(QUIET).atMost(WAIT).untilAsserted(() -> assertThat(events).containsExactly(expected));
    }

    private static SSLContext clientContext() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", CERTIFICATES.caCertificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
