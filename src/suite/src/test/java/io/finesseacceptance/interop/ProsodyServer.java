package io.finesseacceptance.interop;

import io.finesseacceptance.simulator.external.ExternalXmppServer;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Prosody, started by the tests on 127.0.0.1 with a configuration of their own (free ports, a
 * data folder under {@code target/}, certificates from a CA generated per run): a standard XMPP server
 * with BOSH, XMPP over WebSocket (RFC 7395, at {@value #WEBSOCKET_PATH}) and XEP-0060 pubsub, playing Finesse's
 * notification service. Stopped by its own pid.
 */
public final class ProsodyServer implements AutoCloseable {

    /** What the server offers for signing in. */
    public enum Sasl {
        /**
         * PLAIN alone, on every route, encrypted or not: what a Finesse notification service offers, so every
         * transport is shown to sign in with PLAIN.
         */
        PLAIN_ONLY,
        /**
         * Prosody as it ships: SCRAM-SHA-1 first (what Smack picks), PLAIN only where the stream is encrypted.
         * SCRAM's challenge is what showed jbosh's login deadlock.
         */
        SCRAM
    }

    /**
     * The WebSocket path of the URLs the suite is given, as Finesse's (/ws/); Prosody is configured with /ws (its
     * default is /xmpp-websocket) and serves /ws/ as well.
     */
    public static final String WEBSOCKET_PATH = "/ws/";

    public static final String DOMAIN = "finesse.test";
    public static final String PUBSUB = "pubsub." + DOMAIN;
    public static final String PUBLISHER = "finesse-publisher";
    private static final Path EXECUTABLE = Path.of("/usr/bin/prosody");
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    /**
     * How long a BOSH session may go without a request before Prosody ends it (its default is 60 s): the way it
     * notices a BOSH client that vanished without a word. Short, so a dropped desktop is noticed within a quick test;
     * a live client always has a request waiting at the server.
     */
    public static final Duration BOSH_MAX_INACTIVITY = Duration.ofSeconds(5);

    private final Path folder;
    private final int c2sPort;
    private final int httpPort;
    private final int httpsPort;
    private final Path caPem;
    private final String publisherPassword;
    private final Sasl sasl;
    private final boolean logStanzas;
    private Process process;

    private ProsodyServer(Path folder, int c2sPort, int httpPort, int httpsPort, Path caPem, String publisherPassword,
                          Sasl sasl, boolean logStanzas) {
        this.sasl = sasl;
        this.logStanzas = logStanzas;
        this.folder = folder;
        this.c2sPort = c2sPort;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.caPem = caPem;
        this.publisherPassword = publisherPassword;
    }

    /** Where Prosody is missing: the reason to give, for a run that may go without it. */
    public static Optional<String> missing() {
        return Files.isExecutable(EXECUTABLE) ? Optional.empty()
                : Optional.of("Prosody is not installed (" + EXECUTABLE + "); .ci/run installs it: apt-get install prosody");
    }

    /** Skips the calling test without Prosody, except on CI, which installs it: there its absence fails. */
    public static void assumeInstalled() {
        missing().ifPresent(reason -> {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        });
    }

    /**
     * Starts Prosody with one account per entry of {@code accounts} (id to password) and the publisher's,
     * presenting {@code certificates}' server certificate for STARTTLS, BOSH over HTTPS and wss, and offering
     * PLAIN only, as Finesse does.
     */
    public static ProsodyServer start(Path where, SimulatorCertificates certificates, Map<String, String> accounts) {
        return start(where, certificates, accounts, Sasl.PLAIN_ONLY);
    }

    /** As above, offering {@code sasl}. */
    public static ProsodyServer start(Path where, SimulatorCertificates certificates, Map<String, String> accounts,
                                      Sasl sasl) {
        return start(where, certificates, accounts, sasl, false);
    }

    /**
     * As above; with {@code logStanzas} Prosody also writes its debug log, with every stanza a client session sends
     * and receives (mod_stanza_debug), to {@link #stanzaLog()} (off by default: it costs time on every stanza).
     */
    public static ProsodyServer start(Path where, SimulatorCertificates certificates, Map<String, String> accounts,
                                      Sasl sasl, boolean logStanzas) {
        // Prosody reads relative paths against its configuration file's folder
        Path folder = where.toAbsolutePath();
        try {
            Files.createDirectories(folder);
            Path accountsFolder = Files.createDirectories(folder.resolve("data")
                    .resolve(storeName(DOMAIN)).resolve("accounts"));
            String publisherPassword = "Publ1sher!" + Long.toHexString(System.nanoTime());
            writeAccount(accountsFolder, PUBLISHER, publisherPassword);
            for (Map.Entry<String, String> account : accounts.entrySet()) {
                writeAccount(accountsFolder, account.getKey(), account.getValue());
            }
            writeGroups(folder.resolve("groups.txt"), accounts.keySet());
            Path chain = folder.resolve("server-chain.pem");
            Path key = folder.resolve("server-key.pem");
            certificates.writeServerPem(chain, key);
            Path caPem = certificates.writeCaPem(folder.resolve("ca.pem"));
            List<Integer> ports = freePorts(3);
            ProsodyServer server = new ProsodyServer(folder, ports.get(0), ports.get(1), ports.get(2), caPem,
                    publisherPassword, sasl, logStanzas);
            Files.writeString(folder.resolve("prosody.cfg.lua"), server.configuration(chain, key),
                    StandardCharsets.UTF_8);
            server.launch();
            return server;
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot prepare Prosody in " + folder, unwritable);
        }
    }

    /**
     * One shared-roster group (mod_groups) of every account and the publisher: each has the others in its roster with
     * subscription both, so the publisher, like Finesse's {@code finesse} user, hears every session of every agent
     * come and go (presence per resource), without any client asking for a subscription.
     */
    private static void writeGroups(Path file, Iterable<String> users) throws IOException {
        StringBuilder groups = new StringBuilder("[Finesse]\n").append(PUBLISHER).append('@').append(DOMAIN).append('\n');
        for (String user : users) {
            groups.append(user).append('@').append(DOMAIN).append('\n');
        }
        Files.writeString(file, groups.toString(), StandardCharsets.UTF_8);
    }

    private static void writeAccount(Path folder, String user, String password) throws IOException {
        Files.writeString(folder.resolve(storeName(user) + ".dat"), "return {\n\t[\"password\"] = " + lua(password) + ";\n};\n",
                StandardCharsets.UTF_8);
    }

    /** Prosody's file store names every character but letters and digits as %xx. */
    private static String storeName(String name) {
        StringBuilder encoded = new StringBuilder();
        for (char c : name.toCharArray()) {
            encoded.append(Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "%%%02x".formatted((int) c));
        }
        return encoded.toString();
    }

    private static String lua(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                socket.bind(new InetSocketAddress(LOOPBACK, 0));
                sockets.add(socket);
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    /**
     * PLAIN only ({@link Sasl#PLAIN_ONLY}): every SCRAM mechanism disabled, and PLAIN allowed on the plain routes
     * too (BOSH over http, ws://), which Prosody otherwise refuses; or Prosody's own offer ({@link Sasl#SCRAM}).
     */
    private String configuration(Path chain, Path key) {
        String ssl = "{ certificate = " + lua(chain.toString()) + "; key = " + lua(key.toString()) + "; }";
        String saslSettings = sasl == Sasl.PLAIN_ONLY
                ? "disable_sasl_mechanisms = { \"SCRAM-SHA-1\"; \"SCRAM-SHA-1-PLUS\"; \"SCRAM-SHA-256\";"
                        + " \"SCRAM-SHA-256-PLUS\"; \"DIGEST-MD5\"; }\nallow_unencrypted_plain_auth = true"
                : "-- Prosody's own SASL offer";
        return String.join("\n",
                "run_as_root = true",
                "data_path = " + lua(folder.resolve("data").toString()),
                "log = { info = " + lua(folder.resolve("prosody.log").toString()) + ";"
                        + (logStanzas ? " debug = " + lua(stanzaLog().toString()) + ";" : "") + " }",
                "interfaces = { \"" + LOOPBACK + "\" }",
                "c2s_ports = { " + c2sPort + " }",
                "c2s_direct_tls_ports = { }",
                "legacy_ssl_ports = { }",
                "s2s_ports = { }",
                "http_interfaces = { \"" + LOOPBACK + "\" }",
                "https_interfaces = { \"" + LOOPBACK + "\" }",
                "http_ports = { " + httpPort + " }",
                "https_ports = { " + httpsPort + " }",
                "modules_enabled = { \"roster\"; \"saslauth\"; \"tls\"; \"disco\"; \"ping\"; \"bosh\"; \"websocket\";"
                        + " \"groups\";"
                        + (logStanzas ? " \"stanza_debug\";" : "") + " }",
                "modules_disabled = { \"s2s\"; \"offline\"; }",
                "http_paths = { bosh = \"/http-bind\"; websocket = " + lua(WEBSOCKET_PATH.replaceAll("/$", "")) + "; }",
                "bosh_max_inactivity = " + BOSH_MAX_INACTIVITY.toSeconds(),
                "groups_file = " + lua(folder.resolve("groups.txt").toString()),
                "authentication = \"internal_plain\"",
                saslSettings,
                "c2s_require_encryption = false",
                "ssl = " + ssl,
                "https_ssl = " + ssl,
                "certificates = " + lua(folder.toString()),
                "VirtualHost \"" + DOMAIN + "\"",
                "  ssl = " + ssl,
                "Component \"" + PUBSUB + "\" \"pubsub\"",
                "  admins = { \"" + PUBLISHER + "@" + DOMAIN + "\" }",
                "");
    }

    private void launch() throws IOException {
        process = new ProcessBuilder(EXECUTABLE.toString(), "--config", folder.resolve("prosody.cfg.lua").toString(), "-F")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("prosody.out").toFile()))
                .start();
        try {
            Awaitility.await("Prosody listening on " + LOOPBACK + ":" + c2sPort + "/" + httpPort + "/" + httpsPort)
                    .pollInterval(Duration.ofMillis(50)).atMost(START_TIMEOUT)
                    .until(() -> !process.isAlive() || (accepts(c2sPort) && accepts(httpPort) && accepts(httpsPort)));
        } catch (ConditionTimeoutException notUp) {
            stopProcess();
            throw new IllegalStateException("Prosody did not start: " + log(), notUp);
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("Prosody exited at start (" + process.exitValue() + "): " + log());
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The end of Prosody's output and log, for a failure message. */
    public String log() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("prosody.out", "prosody.log")) {
            Path file = folder.resolve(name);
            try {
                if (Files.exists(file)) {
                    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                    text.append("\n[").append(name).append("]\n").append(lines.stream()
                            .skip(Math.max(0, lines.size() - 30)).collect(Collectors.joining("\n")));
                }
            } catch (IOException unreadable) {
                text.append("\n[").append(name).append(" unreadable: ").append(unreadable.getMessage()).append(']');
            }
        }
        return text.toString();
    }

    /** Stops the server and starts it again on the same ports: every client session is dropped. */
    public void restart() {
        stopProcess();
        try {
            launch();
        } catch (IOException failed) {
            throw new UncheckedIOException("Prosody did not restart", failed);
        }
    }

    public ExternalXmppServer asNotificationService() {
        return new ExternalXmppServer(LOOPBACK, c2sPort, boshHttpUrl(), boshHttpsUrl(), DOMAIN, PUBSUB, caPem,
                PUBLISHER, publisherPassword);
    }

    public int c2sPort() {
        return c2sPort;
    }

    public URI boshHttpUrl() {
        return URI.create("http://" + LOOPBACK + ":" + httpPort + "/http-bind");
    }

    public URI boshHttpsUrl() {
        return URI.create("https://" + LOOPBACK + ":" + httpsPort + "/http-bind");
    }

    /** XMPP over WebSocket on the plain HTTP port. */
    public URI webSocketUrl() {
        return URI.create("ws://" + LOOPBACK + ":" + httpPort + WEBSOCKET_PATH);
    }

    /** XMPP over WebSocket on the HTTPS port, with the run's CA: as Finesse 12.6 serves it on 8445. */
    public URI secureWebSocketUrl() {
        return URI.create("wss://" + LOOPBACK + ":" + httpsPort + WEBSOCKET_PATH);
    }

    /** Prosody's debug log, when started to log stanzas. */
    public Path stanzaLog() {
        return folder.resolve("stanzas.log");
    }

    public Path caPem() {
        return caPem;
    }

    private void stopProcess() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopProcess();
    }
}
