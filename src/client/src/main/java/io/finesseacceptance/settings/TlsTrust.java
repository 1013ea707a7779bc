package io.finesseacceptance.settings;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the suite trusts for TLS, for REST and XMPP alike: the JVM's trust store, or the lab's own CA
 * (FINESSE_CA_CERT), or, only when FINESSE_TLS_INSECURE=true, anything at all.
 */
public final class TlsTrust {

    private static final Logger LOG = LoggerFactory.getLogger(TlsTrust.class);
    public static final String INSECURE_WARNING = "TLS VERIFICATION IS OFF (FINESSE_TLS_INSECURE=true): "
            + "the suite accepts any certificate from the lab, so it cannot tell the lab from an impostor";

    private final Optional<CaTrust> labCa;
    private final boolean insecure;
    private final X509TrustManager trustManager;

    private TlsTrust(Optional<CaTrust> labCa, boolean insecure, X509TrustManager trustManager) {
        this.labCa = labCa;
        this.insecure = insecure;
        this.trustManager = trustManager;
    }

    public static TlsTrust from(LabSettings settings) {
        if (settings.tlsInsecure()) {
            LOG.warn("*** {} ***", INSECURE_WARNING);
            return new TlsTrust(Optional.empty(), true, new AcceptAnyCertificate());
        }
        Optional<CaTrust> labCa = settings.caCertificate().map(CaTrust::fromPem);
        return new TlsTrust(labCa, false, labCa.map(CaTrust::trustManager).orElseGet(TlsTrust::jvmDefault));
    }

    public boolean insecure() {
        return insecure;
    }

    /** The lab's CA, when one was given. */
    public Optional<CaTrust> labCa() {
        return labCa;
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }

    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("TLS is not available in this JVM", unavailable);
        }
    }

    public String describe() {
        return insecure ? "TLS verification OFF" : labCa.map(ca -> "TLS verified against FINESSE_CA_CERT")
                .orElse("TLS verified against the JVM trust store");
    }

    static X509TrustManager jvmDefault() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("the JVM offers no X509TrustManager");
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("the JVM trust store cannot be read", unavailable);
        }
    }

    /** Only ever built when FINESSE_TLS_INSECURE=true, which every run then announces. */
    private static final class AcceptAnyCertificate extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
