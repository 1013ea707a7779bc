package io.finesseacceptance.simulator.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorCertificatesTest {

    private static final SimulatorCertificates CERTIFICATES =
            SimulatorCertificates.generate("Sim CA", List.of("finesse.example.test", "localhost"), List.of("127.0.0.1"));

    @Test
    void serverCertificateNamesTheGivenHostsAndIsSignedByTheCa() throws Exception {
        X509Certificate server = CERTIFICATES.serverCertificate();

        server.verify(CERTIFICATES.caCertificate().getPublicKey());
        server.checkValidity();
        assertThat(server.getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(2, "finesse.example.test"), List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertThat(server.getBasicConstraints()).isEqualTo(-1);
        assertThat(server.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(CERTIFICATES.caCertificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(CERTIFICATES.caCertificate().getSubjectX500Principal().getName()).isEqualTo("CN=Sim CA");
    }

    @Test
    void caPemRoundTrips(@TempDir Path folder) throws Exception {
        Path written = CERTIFICATES.writeCaPem(folder.resolve("nested/ca.pem"));

        String pem = Files.readString(written);
        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----").isEqualTo(CERTIFICATES.caPem());
        X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        assertThat(parsed).isEqualTo(CERTIFICATES.caCertificate());
    }

    @Test
    void serverContextOffersModernTls() {
        assertThat(CERTIFICATES.serverContext().createSSLEngine().getSupportedProtocols()).contains("TLSv1.3", "TLSv1.2");
    }

    @Test
    void rejectsHostNamesWhereIpAddressesBelong() {
        assertThatThrownBy(() -> SimulatorCertificates.generate("CA", List.of(), List.of("example.com")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
