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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.jivesoftware.smack.SmackException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lab's certificates for BOSH over https, lent to the JVM's default trust store only while jbosh
 * builds its HTTP client.
 *
 * <p>Why JVM-wide at all: jbosh 0.9.2 builds its Apache HttpClient with the default SSL socket factory,
 * which reads javax.net.ssl.trustStore when it is made, and Smack (4.4 and 4.5) passes it no TLS settings. So the
 * properties point at a file holding the JVM's usual CAs plus the lab's for the length of one
 * connect, under one lock, and are put back as they were right after; nothing else in the suite uses
 * the JVM's default trust. jbosh checks no host names either, so each connect first checks the BOSH
 * host's certificate itself (unless FINESSE_TLS_INSECURE=true).
 */
final class BoshTrustStore {

    private static final Logger LOG = LoggerFactory.getLogger(BoshTrustStore.class);
    private static final String[] PROPERTIES = {
        "javax.net.ssl.trustStore", "javax.net.ssl.trustStoreType", "javax.net.ssl.trustStorePassword"};
    /** Held while the JVM's trust properties are lent out, so two connects never see each other's. */
    private static final Object JVM_TRUST = new Object();
    /** One file per set of certificates: reconnects and further agents reuse it. */
    private static final Map<List<X509Certificate>, String[]> FILES = new ConcurrentHashMap<>();

    /** The file and its password, or empty when jbosh needs nothing beyond the JVM's own CAs. */
    private final Optional<String[]> store;
    /** Where to check the host name before each connect: https with verification on. */
    private final Optional<Connect> hostNameCheck;

    private BoshTrustStore(Optional<String[]> store, Optional<Connect> hostNameCheck) {
        this.store = store;
        this.hostNameCheck = hostNameCheck;
    }

    static BoshTrustStore forEndpoint(TlsTrust trust, URI boshUrl) {
        if (!"https".equalsIgnoreCase(boshUrl.getScheme())) {
            return new BoshTrustStore(Optional.empty(), Optional.empty());
        }
        Optional<Connect> check = trust.insecure() ? Optional.empty()
                : Optional.of(() -> verifyHostName(trust, boshUrl));
        if (!trust.insecure() && trust.labCa().isEmpty()) {
            return new BoshTrustStore(Optional.empty(), check);
        }
        try {
            // with FINESSE_TLS_INSECURE only the certificate chain the server presents is taken on faith
            List<X509Certificate> wanted = List.of(trust.insecure() ? presentedChain(trust, boshUrl)
                    : trust.labCa().orElseThrow().trustManager().getAcceptedIssuers());
            return new BoshTrustStore(Optional.of(FILES.computeIfAbsent(wanted, BoshTrustStore::write)), check);
        } catch (IOException | RuntimeException failed) {
            throw new IllegalStateException("could not prepare TLS trust for BOSH at " + boshUrl, failed);
        }
    }

    interface Connect {
        void run() throws Exception;
    }

    /** Runs {@code connect} (which makes jbosh build its HTTP client) with the lab's CAs lent to the JVM. */
    void whileJboshBuildsItsClient(Connect connect) throws Exception {
        if (hostNameCheck.isPresent()) {
            hostNameCheck.get().run();
        }
        if (store.isEmpty()) {
            connect.run();
            return;
        }
        synchronized (JVM_TRUST) {
            String[] before = Arrays.stream(PROPERTIES).map(System::getProperty).toArray(String[]::new);
            String[] lent = {store.get()[0], "JKS", store.get()[1]};
            for (int i = 0; i < PROPERTIES.length; i++) {
                System.setProperty(PROPERTIES[i], lent[i]);
            }
            try {
                connect.run();
            } finally {
                for (int i = 0; i < PROPERTIES.length; i++) {
                    if (before[i] == null) {
                        System.clearProperty(PROPERTIES[i]);
                    } else {
                        System.setProperty(PROPERTIES[i], before[i]);
                    }
                }
            }
        }
    }

    private static String[] write(List<X509Certificate> labCertificates) {
        try {
            // JKS, not PKCS12: the JVM reloads the file at every connect (the properties change back and
            // forth), and a JKS store of the JDK's issuers loads several times faster (docs/benchmarks.md)
            KeyStore store = KeyStore.getInstance("JKS");
            store.load(null, null);
            List<X509Certificate> trusted = new ArrayList<>(List.of(defaultIssuers()));
            trusted.addAll(labCertificates);
            for (int i = 0; i < trusted.size(); i++) {
                store.setCertificateEntry("trusted-" + i, trusted.get(i));
            }
            String password = UUID.randomUUID().toString();
            Path file = Files.createTempFile("finesse-bosh-trust-", ".jks");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            LOG.info("BOSH over https: jbosh trusts the JVM's CAs plus the lab's ({}), while it connects", file);
            return new String[] {file.toString(), password};
        } catch (IOException | GeneralSecurityException failed) {
            throw new IllegalStateException("could not write the BOSH trust store", failed);
        }
    }

    private static X509Certificate[] defaultIssuers() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509.getAcceptedIssuers();
            }
        }
        return new X509Certificate[0];
    }

    /**
     * jbosh's HTTP client checks no host names (it sets Apache's ALLOW_ALL verifier), so every connect
     * first checks, with the run's trust, that the server at the BOSH URL holds a certificate for its host.
     */
    private static void verifyHostName(TlsTrust trust, URI boshUrl) throws SmackException {
        int port = boshUrl.getPort() > 0 ? boshUrl.getPort() : 443;
        try (SSLSocket socket = (SSLSocket) trust.sslContext().getSocketFactory().createSocket(boshUrl.getHost(), port)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
        } catch (IOException refused) {
            throw new SmackException.SmackWrappedException("BOSH at " + boshUrl + ": TLS certificate not accepted"
                    + " for host " + boshUrl.getHost() + " (" + refused.getMessage() + ")", refused);
        }
    }

    private static X509Certificate[] presentedChain(TlsTrust trust, URI boshUrl) throws IOException {
        int port = boshUrl.getPort() > 0 ? boshUrl.getPort() : 443;
        try (SSLSocket socket = (SSLSocket) trust.sslContext().getSocketFactory().createSocket(boshUrl.getHost(), port)) {
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            return Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
        }
    }
}
