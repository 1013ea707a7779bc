package io.finesseacceptance.simulator.xmpp;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Makes the JVM-wide default TLS trust a single CA until closed. jbosh (Smack's BOSH transport)
 * takes no TLS settings from Smack: its Apache HttpClient builds a fresh {@code SSLContext} with
 * the default trust managers, which read the {@code javax.net.ssl.trustStore} properties and not
 * {@link SSLContext#setDefault}; both are set, for clients of either kind.
 */
final class JvmDefaultTrust implements AutoCloseable {

    private static final String PASSWORD = "changeit";
    private static final String[] PROPERTIES = {
        "javax.net.ssl.trustStore", "javax.net.ssl.trustStoreType", "javax.net.ssl.trustStorePassword"};

    private final SSLContext previousContext;
    private final Map<String, String> previousProperties;
    private final Path store;

    private JvmDefaultTrust(SSLContext previousContext, Map<String, String> previousProperties, Path store) {
        this.previousContext = previousContext;
        this.previousProperties = previousProperties;
        this.store = store;
    }

    static JvmDefaultTrust onlyTrusting(X509Certificate ca) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", ca);
        Path store = Files.createTempFile("simulator-trust-", ".p12");
        try (OutputStream out = Files.newOutputStream(store)) {
            trusted.store(out, PASSWORD.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);

        Map<String, String> previousProperties = new HashMap<>();
        for (String property : PROPERTIES) {
            previousProperties.put(property, System.getProperty(property));
        }
        SSLContext previousContext = SSLContext.getDefault();
        System.setProperty(PROPERTIES[0], store.toString());
        System.setProperty(PROPERTIES[1], "PKCS12");
        System.setProperty(PROPERTIES[2], PASSWORD);
        SSLContext.setDefault(context);
        return new JvmDefaultTrust(previousContext, previousProperties, store);
    }

    @Override
    public void close() throws Exception {
        SSLContext.setDefault(previousContext);
        previousProperties.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
        Files.deleteIfExists(store);
    }
}
