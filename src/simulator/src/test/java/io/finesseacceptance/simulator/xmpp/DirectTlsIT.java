package io.finesseacceptance.simulator.xmpp;

import static io.finesseacceptance.simulator.xmpp.SmackClients.DOMAIN;
import static io.finesseacceptance.simulator.xmpp.SmackClients.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 5223-style listener: TLS from the first byte, no STARTTLS. */
class DirectTlsIT {

    private static final SimulatorCertificates CERTIFICATES =
            SimulatorCertificates.generate("Finesse Simulator Test CA", List.of(DOMAIN, "localhost"), List.of("127.0.0.1"));

    private XmppNotificationService service;

    @BeforeEach
    void start() {
        XmppServiceConfig plain = SmackClients.plainConfig();
        service = XmppNotificationService.start(new XmppServiceConfig(plain.bindHost(), 0, DOMAIN, plain.pubsubDomain(),
                plain.authenticator(), CERTIFICATES.serverContext(), true).withDirectTls(0));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void logsInWithSmackOverDirectTlsAndReceivesNotifications() throws Exception {
        XMPPTCPConnection agent = SmackClients.connect(SmackClients.builder(service.directTlsPort(), "1001", "direct")
                .setSocketFactory(clientContext(CERTIFICATES).getSocketFactory())
                .build());
        try {
            SmackClients.roundTrip(agent);
            List<String> received = messagesOf(agent);
            service.publish("/finesse/api/User/1001", "<Update><direct/></Update>");
            await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
            assertThat(received.get(0)).contains("&lt;direct/&gt;");
        } finally {
            agent.disconnect();
        }
    }

    @Test
    void offersSaslButNoStartTlsOnTheEncryptedPort() throws Exception {
        try (SSLSocket socket = (SSLSocket) clientContext(CERTIFICATES).getSocketFactory().createSocket("127.0.0.1", service.directTlsPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(RawXmppClient.STREAM_OPEN.getBytes(StandardCharsets.UTF_8));
            String features = readUntil(socket.getInputStream(), "</stream:features>");

            assertThat(features).contains("<mechanism>PLAIN</mechanism>").doesNotContain("starttls");
            assertThat(socket.getSession().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
        }
    }

    @Test
    void refusesClientsThatDoNotTrustTheCa() throws Exception {
        SimulatorCertificates other = SimulatorCertificates.generate("Other CA", List.of(DOMAIN), List.of());

        try (SSLSocket socket = (SSLSocket) clientContext(other).getSocketFactory().createSocket("127.0.0.1", service.directTlsPort())) {
            socket.setSoTimeout(10_000);
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class)
                    .hasRootCauseInstanceOf(CertPathBuilderException.class);
        }
    }

    private static SSLContext clientContext(SimulatorCertificates certificates) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", certificates.caCertificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    private static String readUntil(InputStream in, String end) throws Exception {
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!received.toString().contains(end)) {
            int count = in.read(buffer);
            if (count < 0) {
                break;
            }
            received.append(new String(buffer, 0, count, StandardCharsets.UTF_8));
        }
        return received.toString();
    }
}
