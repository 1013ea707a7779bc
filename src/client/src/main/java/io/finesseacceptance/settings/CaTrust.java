package io.finesseacceptance.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The lab's CA certificates (FINESSE_CA_CERT, one or more PEM certificates) as trust material for both
 * REST and XMPP. Verification stays on: this only widens what is trusted to the lab's own CA.
 */
public final class CaTrust {

    private final X509TrustManager trustManager;

    private CaTrust(X509TrustManager trustManager) {
        this.trustManager = trustManager;
    }

    public static CaTrust fromPem(Path pemFile) {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new LabSettingsException(List.of(
                        LabSettings.CA_CERT + " holds no certificate: " + pemFile));
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("finesse-lab-ca-" + index++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return new CaTrust(x509);
                }
            }
            throw new IllegalStateException("the JVM offers no X509TrustManager");
        } catch (IOException | GeneralSecurityException unreadable) {
            throw new LabSettingsException(List.of(
                    LabSettings.CA_CERT + " could not be read as PEM certificates (" + pemFile + "): "
                            + unreadable.getMessage()));
        }
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }
}
