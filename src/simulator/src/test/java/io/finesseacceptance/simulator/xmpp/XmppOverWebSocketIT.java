package io.finesseacceptance.simulator.xmpp;

import static io.finesseacceptance.simulator.xmpp.SmackClients.DOMAIN;
import static io.finesseacceptance.simulator.xmpp.SmackClients.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.SimulatorTestClient;
import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.notifications.DesktopPresence;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import io.finesseacceptance.simulator.webservices.FinesseRestServer;
import io.finesseacceptance.simulator.webservices.RestServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * XMPP over WebSocket (RFC 7395) at {@code /ws/} on the REST server's port, as Finesse 12.6 serves it on
 * 8445: the upgrade, the framing, the same conversation as TCP and BOSH, and how a stream's end reaches
 * the desktop presence events behind the forced logout (docs/finesse-contract.md §14.3).
 */
class XmppOverWebSocketIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String DESKTOP = DesktopPresence.DESKTOP_RESOURCE;
    private static final SimulatorCertificates CERTIFICATES = SimulatorCertificates.generate("WebSocket test CA",
            List.of(DOMAIN, "localhost"), List.of("127.0.0.1"));
    private static final SSLContext TRUST = SimulatorTestClient.trusting(CERTIFICATES.caCertificate());
    private static final String PLAIN_ONLY = "<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"
            + "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms>"
            + "</stream:features>";

    private final List<String> events = new CopyOnWriteArrayList<>();
    private XmppNotificationService service;
    private FinesseRestServer web;

    @AfterEach
    void stop() {
        web.close();
        service.close();
    }

    @Test
    void theUpgradeNeedsTheXmppSubprotocolAndThePath() throws Exception {
        start(true, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);

        assertThat(RawWebSocketClient.refusedUpgrade(url("/ws/"), TRUST)).as("no subprotocol").isEqualTo(400);
        assertThat(RawWebSocketClient.refusedUpgrade(url("/ws/"), TRUST, "chat")).as("another one").isEqualTo(400);
        assertThat(RawWebSocketClient.refusedUpgrade(url("/wrong/"), TRUST, "xmpp")).as("another path").isEqualTo(404);
        try (RawWebSocketClient withoutSlash = RawWebSocketClient.connect(url("/ws"), TRUST)) {
            assertThat(withoutSlash.subprotocol()).isEqualTo("xmpp");
            assertThat(withoutSlash.open(DOMAIN)).contains("xmlns='urn:ietf:params:xml:ns:xmpp-framing'");
        }

        // without an upgrade both paths answer plain HTTP, and the REST API is still there on the same port
        HttpClient http = HttpClient.newBuilder().sslContext(TRUST).build();
        HttpResponse<String> plainWs = http.send(HttpRequest.newBuilder(web.baseUrl().resolve("/ws/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plainWs.statusCode()).isEqualTo(400);
        assertThat(plainWs.body()).contains("Sec-WebSocket-Protocol: xmpp");
        assertThat(http.send(HttpRequest.newBuilder(web.baseUrl().resolve("/wrong/")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(web.baseUrl().resolve("/finesse/api/SystemInfo")).header("Authorization",
                SimulatorTestClient.basic("1001", SimulatorTestClient.password("1001"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void overWssAStreamOpensAuthenticatesWithPlainOnlyBindsAndGetsItsNotifications() throws Exception {
        start(true, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);
        try (RawWebSocketClient client = RawWebSocketClient.connect(url("/ws/"), TRUST)) {
            assertThat(client.open(DOMAIN)).startsWith("<open xmlns='urn:ietf:params:xml:ns:xmpp-framing'")
                    .contains("from='" + DOMAIN + "'", "version='1.0'");
            // SASL PLAIN alone, and no STARTTLS: TLS is the wss layer
            assertThat(client.nextFrame()).isEqualTo(PLAIN_ONLY);

            client.send(RawWebSocketClient.auth("1001", PASSWORD));
            assertThat(client.nextFrame()).isEqualTo("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>");
            client.open(DOMAIN);
            assertThat(client.nextFrame()).contains("<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>");
            client.send("<iq type='set' id='b1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>" + DESKTOP
                    + "</resource></bind></iq>");
            assertThat(client.nextFrame()).startsWith("<iq xmlns='jabber:client' type='result' id='b1'")
                    .contains("<jid>1001@" + DOMAIN + "/" + DESKTOP + "</jid>");
            client.send("<presence/>");
            client.ping("p1");
            awaitEvents("1001=AVAILABLE");

            client.send("<iq type='set' id='s1' to='" + SmackClients.PUBSUB + "'><pubsub xmlns='http://jabber.org/"
                    + "protocol/pubsub'><subscribe node='/finesse/api/Team/1/Users' jid='1001@" + DOMAIN + "'/>"
                    + "</pubsub></iq>");
            assertThat(client.awaitFrame("id='s1'")).contains("type='result'", "subscription='subscribed'");
            service.publish("/finesse/api/Team/1/Users", "<Update><team/></Update>");
            assertThat(client.awaitFrame("<message")).startsWith("<message xmlns='jabber:client'")
                    .contains("node=\"/finesse/api/Team/1/Users\"", "&lt;team/&gt;");
        }
    }

    @Test
    void aWrongPasswordFailsTheSaslWithNotAuthorizedAndOtherMechanismsAreRefused() {
        start(true, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);
        try (RawWebSocketClient client = RawWebSocketClient.connect(url("/ws/"), TRUST)) {
            client.open(DOMAIN);
            client.awaitFrame("<mechanisms");

            client.send(RawWebSocketClient.auth("1001", "wrong"));
            assertThat(client.nextFrame()).isEqualTo("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/>"
                    + "</failure>");
            client.send("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-1'>biwsbj0xMDAx</auth>");
            assertThat(client.nextFrame()).contains("<invalid-mechanism/>");
        }
        assertThat(events).isEmpty();
    }

    @Test
    void overPlainWsTheSameStreamWorks() {
        start(false, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);
        assertThat(url("/ws/")).hasScheme("ws");
        try (RawWebSocketClient client = RawWebSocketClient.loggedIn(url("/ws/"), null, DOMAIN, "1002", PASSWORD, "desk")) {
            service.publish("/finesse/api/User/1002", "<Update><user/></Update>");
            assertThat(client.awaitFrame("<message")).contains("to=\"1002@" + DOMAIN + "/desk\"", "&lt;user/&gt;");
        }
    }

    @Test
    void aWebSocketDroppedWithoutAWordIsADrop() {
        start(true, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);
        RawWebSocketClient desktop = loggedIn("1001", DESKTOP);
        awaitEvents("1001=AVAILABLE");

        desktop.drop(); // the TCP connection goes: no <close/>, no close frame

        awaitEvents("1001=AVAILABLE", "1001=DROPPED");
        await().atMost(WAIT).until(() -> service.boundSessionCount() == 0);
    }

    @Test
    void aCloseFrameWithoutCloseFirstIsADropAsATcpDisconnectIs() {
        start(true, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);
        RawWebSocketClient desktop = loggedIn("1001", DESKTOP);
        awaitEvents("1001=AVAILABLE");

        desktop.sendCloseFrame();

        awaitEvents("1001=AVAILABLE", "1001=DROPPED");
        desktop.close();
    }

    @Test
    void closeEndsTheStreamPolitelyAndIsAClose() {
        start(true, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);
        try (RawWebSocketClient desktop = loggedIn("1001", DESKTOP)) {
            awaitEvents("1001=AVAILABLE");

            desktop.send("<close xmlns='" + RawWebSocketClient.FRAMING + "'/>");

            assertThat(desktop.nextFrame()).isEqualTo("<close xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>");
            assertThat(desktop.awaitClosed()).isEqualTo(1000);
        }
        awaitEvents("1001=AVAILABLE", "1001=CLOSED");
    }

    @Test
    void silenceBeyondTheIdleTimeoutEarnsAPingThenEndsTheStreamAsADrop() {
        start(true, Duration.ofSeconds(1));
        try (RawWebSocketClient desktop = loggedIn("1001", DESKTOP)) {
            awaitEvents("1001=AVAILABLE");

            // the JDK's WebSocket sends nothing on its own: half the timeout earns a ping, all of it the end
            assertThat(desktop.awaitFrame("urn:xmpp:ping")).startsWith("<iq xmlns='jabber:client' type='get'");
            assertThat(desktop.awaitFrame("<stream:error")).contains("<connection-timeout");
            desktop.awaitFrame("<close ");
            assertThat(desktop.awaitClosed()).isEqualTo(1000);
        }
        awaitEvents("1001=AVAILABLE", "1001=DROPPED");
    }

    @Test
    void droppingTheUsersSessionsCutsItsWebSocketsToo() {
        start(true, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);
        try (RawWebSocketClient desktop = loggedIn("1001", DESKTOP)) {
            awaitEvents("1001=AVAILABLE");

            service.dropSessions("1001"); // the fault XMPP_DROP_BEFORE_LOGOUT_NOTIFICATION's way

            assertThat(desktop.awaitFrame("<stream:error")).isEqualTo("<stream:error xmlns:stream='http://etherx.jabber.org/"
                    + "streams'><system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>");
            desktop.awaitFrame("<close ");
            assertThat(desktop.awaitClosed()).isEqualTo(1000);
        }
        awaitEvents("1001=AVAILABLE", "1001=ENDED_BY_SERVER");
    }

    @Test
    void aStanzaBeforeOpenIsNotAStream() {
        start(true, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);
        try (RawWebSocketClient client = RawWebSocketClient.connect(url("/ws/"), TRUST)) {
            client.send("<presence xmlns='jabber:client'/>");

            assertThat(client.awaitFrame("<stream:error")).contains("<not-well-formed");
            assertThat(client.awaitClosed()).isEqualTo(1000);
        }
    }

    @Test
    void closingTheServiceEndsItsWebSocketStreamsAndRefusesNewOnes() {
        start(true, XmppNotificationService.DEFAULT_IDLE_TIMEOUT);
        try (RawWebSocketClient desktop = loggedIn("1001", DESKTOP)) {
            service.close();

            assertThat(desktop.awaitFrame("<stream:error")).contains("<system-shutdown");
            assertThat(desktop.awaitClosed()).isEqualTo(1000);
            assertThat(RawWebSocketClient.refusedUpgrade(url("/ws/"), TRUST, "xmpp")).isEqualTo(503);
        }
    }

    private void start(boolean https, Duration idleTimeout) {
        service = XmppNotificationService.start(SmackClients.plainConfig(), idleTimeout);
        service.addDesktopPresenceListener((user, presence) -> events.add(user + "=" + presence));
        RestServerConfig config = RestServerConfig.localDefaults(DeploymentType.UCCE);
        web = FinesseRestServer.start(https ? config.withTls(CERTIFICATES.serverContext()) : config,
                AgentDirectory.withDefaultAgents(2), service, new FaultSwitches(), List.of(service.webSocketDoor()));
    }

    private URI url(String path) {
        URI base = web.baseUrl();
        return URI.create(base.getScheme().replace("http", "ws") + "://" + base.getAuthority() + path);
    }

    private RawWebSocketClient loggedIn(String user, String resource) {
        return RawWebSocketClient.loggedIn(url("/ws/"), TRUST, DOMAIN, user, PASSWORD, resource);
    }

    private void awaitEvents(String... expected) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(events).containsExactly(expected));
    }
}
