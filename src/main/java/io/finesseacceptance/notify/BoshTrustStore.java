package io.finesseacceptance.notify;

import io.finesseacceptance.settings.TlsTrust;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Smack 4.4's BOSH transport does not pass its TLS settings to jbosh, whose HTTP client trusts only the
 * JVM's default trust store. So for BOSH over https the suite points the JVM's default trust store
 * (javax.net.ssl.trustStore) at a file holding the JVM's usual CAs plus the lab's own.
 */
final class BoshTrustStore {

    private static final Logger LOG = LoggerFactory.getLogger(BoshTrustStore.class);
    /** Certificates added so far: a later lab (or simulator run) in the same JVM adds its own. */
    private static final List<X509Certificate> ADDED = new ArrayList<>();
    private static String installedFile;

    private BoshTrustStore() {
    }

    static synchronized void install(TlsTrust trust, URI boshUrl) {
        if (!"https".equalsIgnoreCase(boshUrl.getScheme()) || (!trust.insecure() && trust.labCa().isEmpty())) {
            return;
        }
        try {
            // host names are still checked by jbosh's HTTP client: with FINESSE_TLS_INSECURE only the
            // certificate chain the server presents is taken on faith
            List<X509Certificate> wanted = List.of(trust.insecure() ? presentedChain(trust, boshUrl)
                    : trust.labCa().orElseThrow().trustManager().getAcceptedIssuers());
            // someone (a test restoring system properties) may have pointed the JVM elsewhere since
            if (ADDED.containsAll(wanted) && installedFile != null
                    && installedFile.equals(System.getProperty("javax.net.ssl.trustStore"))) {
                return;
            }
            wanted.stream().filter(certificate -> !ADDED.contains(certificate)).forEach(ADDED::add);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            List<X509Certificate> trusted = new ArrayList<>(List.of(defaultIssuers()));
            trusted.addAll(ADDED);
            for (int i = 0; i < trusted.size(); i++) {
                store.setCertificateEntry("trusted-" + i, trusted.get(i));
            }
            String password = UUID.randomUUID().toString();
            Path file = Files.createTempFile("finesse-bosh-trust-", ".p12");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            installedFile = file.toString();
            System.setProperty("javax.net.ssl.trustStore", file.toString());
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            System.setProperty("javax.net.ssl.trustStorePassword", password);
            LOG.info("BOSH over https: the JVM trust store now also holds the lab's certificates ({})", file);
        } catch (IOException | GeneralSecurityException failed) {
            throw new IllegalStateException("could not prepare TLS trust for BOSH at " + boshUrl, failed);
        }
    }

    private static X509Certificate[] defaultIssuers() throws GeneralSecurityException {
        javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (javax.net.ssl.TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof javax.net.ssl.X509TrustManager x509) {
                return x509.getAcceptedIssuers();
            }
        }
        return new X509Certificate[0];
    }

    private static X509Certificate[] presentedChain(TlsTrust trust, URI boshUrl) throws IOException {
        int port = boshUrl.getPort() > 0 ? boshUrl.getPort() : 443;
        try (SSLSocket socket = (SSLSocket) trust.sslContext().getSocketFactory().createSocket(boshUrl.getHost(), port)) {
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            return java.util.Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
        }
    }
}
