package io.finesseacceptance.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.settings.TlsTrust;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.jivesoftware.smack.SmackException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jbosh checks no host names, so the suite checks the BOSH host's certificate before every connect: a
 * certificate for another host fails unless FINESSE_TLS_INSECURE=true, and the JVM's trust store is
 * lent only for the length of the connect.
 */
class BoshTrustStoreTest {

    @TempDir
    static Path folder;
    private static SSLServerSocket server;
    private static Thread acceptor;
    private static Path caPem;

    /** A TLS server on 127.0.0.1 whose self-signed certificate names only other.example.test. */
    @BeforeAll
    static void startServer() throws Exception {
        Path keystore = folder.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=other.example.test",
                "-ext", "san=dns:other.example.test", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit");
        caPem = folder.resolve("ca.pem");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass",
                "changeit", "-file", caPem.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 8,
                InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (SSLSocket client = (SSLSocket) server.accept()) {
                    client.startHandshake();
                } catch (Exception ignored) {
                    // a client that refuses the certificate ends its handshake: the next one may come
                }
            }
        }, "bosh-trust-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
        acceptor.join(TimeUnit.SECONDS.toMillis(5));
    }

    private static void keytool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as("keytool %s: %s", args[0], output).isZero();
    }

    private static TlsTrust trust(boolean insecure) {
        Map<String, String> settings = new HashMap<>(Map.of(LabSettings.BASE_URL, "https://127.0.0.1:8445",
                LabSettings.AGENTS, "1001:secret:5001", LabSettings.CA_CERT, caPem.toString()));
        if (insecure) {
            settings.put(LabSettings.TLS_INSECURE, "true");
        }
        return TlsTrust.from(LabSettingsReader.read(SettingsSource.of(settings)));
    }

    private static URI boshUrl() {
        return URI.create("https://127.0.0.1:" + server.getLocalPort() + "/http-bind");
    }

    @Test
    void aCertificateForAnotherHostStopsTheConnectBeforeJboshIsCalled() {
        BoshTrustStore store = BoshTrustStore.forEndpoint(trust(false), boshUrl());
        boolean[] connected = {false};

        assertThatThrownBy(() -> store.whileJboshBuildsItsClient(() -> connected[0] = true))
                .isInstanceOf(SmackException.class)
                .hasMessageContaining("TLS certificate not accepted for host 127.0.0.1");
        assertThat(connected[0]).as("jbosh was asked to connect").isFalse();
    }

    @Test
    void withTlsInsecureTheHostIsTakenOnFaithAndTheTrustStoreIsPutBack() {
        String before = System.getProperty("javax.net.ssl.trustStore");
        BoshTrustStore store = BoshTrustStore.forEndpoint(trust(true), boshUrl());
        String[] lent = new String[1];

        assertThatCode(() -> store.whileJboshBuildsItsClient(
                () -> lent[0] = System.getProperty("javax.net.ssl.trustStore"))).doesNotThrowAnyException();
        assertThat(lent[0]).as("trust store while jbosh connects").isNotNull().isNotEqualTo(before)
                .satisfies(file -> assertThat(Files.exists(Path.of(file))).isTrue());
        assertThat(System.getProperty("javax.net.ssl.trustStore")).isEqualTo(before);
    }
}
