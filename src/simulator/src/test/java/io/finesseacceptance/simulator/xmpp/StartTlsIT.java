package io.finesseacceptance.simulator.xmpp;

import static io.finesseacceptance.simulator.xmpp.SmackClients.DOMAIN;
import static io.finesseacceptance.simulator.xmpp.SmackClients.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartTlsIT {

    private static final SimulatorCertificates CERTIFICATES =
            SimulatorCertificates.generate("Finesse Simulator Test CA", List.of(DOMAIN, "localhost"), List.of("127.0.0.1"));

    private XmppNotificationService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void logsInOverStartTlsTrustingOnlyTheSimulatorCa() throws Exception {
        service = XmppNotificationService.start(tlsConfig(true));

        XMPPTCPConnection agent = SmackClients.startTls(service.port(), "1001", trust(CERTIFICATES));
        try {
            assertThat(agent.isSecureConnection()).isTrue();
            List<String> received = messagesOf(agent);
            service.publish("/finesse/api/User/1001", "<Update><secure/></Update>");
            await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        } finally {
            agent.disconnect();
        }
    }

    @Test
    void clientTrustingAnotherCaRefusesTheServer() {
        service = XmppNotificationService.start(tlsConfig(false));
        SimulatorCertificates other = SimulatorCertificates.generate("Other CA", List.of(DOMAIN), List.of());

        assertThatThrownBy(() -> SmackClients.startTls(service.port(), "1001", trust(other)).disconnect())
                .hasRootCauseInstanceOf(CertPathBuilderException.class);
    }

    @Test
    void requiredTlsHidesSaslFromPlainClients() {
        service = XmppNotificationService.start(tlsConfig(true));

        assertThatThrownBy(() -> SmackClients.connect(SmackClients.builder(service.port(), "1001", "plain").build()).disconnect())
                .isInstanceOf(SmackException.SecurityRequiredByServerException.class);
    }

    private static XmppServiceConfig tlsConfig(boolean required) {
        XmppServiceConfig plain = SmackClients.plainConfig();
        return new XmppServiceConfig(plain.bindHost(), 0, plain.domain(), plain.pubsubDomain(), plain.authenticator(),
                CERTIFICATES.serverContext(), required);
    }

    private static X509TrustManager trust(SimulatorCertificates certificates) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", certificates.caCertificate());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }
}
