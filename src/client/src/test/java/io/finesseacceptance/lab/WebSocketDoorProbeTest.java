package io.finesseacceptance.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.fixtures.LocalDoors;
import io.finesseacceptance.notify.NotificationEndpoint;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.settings.TlsTrust;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preflight's look at the WebSocket door (FINESSE_XMPP_WEBSOCKET_URL) before any session goes there: each broken
 * door is one line naming the setting, within 10 s, worded as for the REST, TCP and BOSH doors.
 */
class WebSocketDoorProbeTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TempDir
    static Path folder;
    private static LocalDoors doors;

    @BeforeAll
    static void openTheDoors() throws Exception {
        doors = LocalDoors.open(folder);
    }

    @AfterAll
    static void closeTheDoors() throws Exception {
        doors.close();
    }

    private static Optional<String> problemAt(String url, Optional<Path> caPem) {
        Map<String, String> values = new HashMap<>(Map.of(LabSettings.BASE_URL, "https://127.0.0.1:8445",
                LabSettings.AGENTS, "1001:secret:5001", LabSettings.XMPP_TRANSPORT, "websocket",
                LabSettings.XMPP_WEBSOCKET_URL, url));
        caPem.ifPresent(pem -> values.put(LabSettings.CA_CERT, pem.toString()));
        LabSettings settings = LabSettingsReader.read(SettingsSource.of(values));
        TlsTrust trust = TlsTrust.from(settings);
        NotificationEndpoint endpoint = new NotificationEndpoint(settings.xmppTransport(), settings.xmppHost(),
                settings.xmppPort(), settings.xmppBoshUrl(), settings.xmppWebSocketUrl(), "finesse.lab.example",
                "pubsub.finesse.lab.example", settings.xmppSecurity(), trust, Duration.ofSeconds(10));
        long start = System.nanoTime();
        Optional<String> problem = LabPreflight.notificationDoorProblem(new EndpointProbe(trust), settings, endpoint);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("websocket door | %s | %d ms | %s%n", url, took.toMillis(), problem.orElse("(none)"));
        assertThat(took).as("time to stop").isLessThan(LIMIT);
        return problem;
    }

    @Test
    void aWrongPathIsTheUpgradeAnswered404() {
        int port = doors.notFoundPort();
        assertThat(problemAt("ws://127.0.0.1:" + port + "/http-bind", Optional.empty())).contains(
                "FINESSE_XMPP_WEBSOCKET_URL (127.0.0.1:" + port + "): the WebSocket upgrade was answered HTTP 404,"
                        + " not 101 (no WebSocket at /http-bind; Finesse serves it at /ws/)");
    }

    @Test
    void aClosedPort() {
        int port = doors.closedPort();
        assertThat(problemAt("wss://127.0.0.1:" + port + "/ws/", Optional.empty()))
                .contains("FINESSE_XMPP_WEBSOCKET_URL (127.0.0.1:" + port + "): connection refused");
    }

    @Test
    void aSilentHost() {
        int port = doors.silentPort();
        assertThat(problemAt("ws://127.0.0.1:" + port + "/ws/", Optional.empty()))
                .contains("FINESSE_XMPP_WEBSOCKET_URL (127.0.0.1:" + port + "): no answer within 3 s");
    }

    @Test
    void aCertificateForAnotherHost() {
        int port = doors.otherHostPort();
        assertThat(problemAt("wss://127.0.0.1:" + port + "/ws/", Optional.of(doors.otherHostCa()))).contains(
                "FINESSE_XMPP_WEBSOCKET_URL (127.0.0.1:" + port + "): TLS certificate not accepted for host 127.0.0.1"
                        + " (CertificateException: No subject alternative names matching IP address 127.0.0.1 found)");
    }

    @Test
    void aCaTheRunDoesNotTrust() {
        int port = doors.untrustedPort();
        assertThat(problemAt("wss://127.0.0.1:" + port + "/ws/", Optional.of(doors.someOtherCa()))).hasValueSatisfying(
                line -> assertThat(line).startsWith("FINESSE_XMPP_WEBSOCKET_URL (127.0.0.1:" + port + "): TLS certificate"
                        + " not accepted (").endsWith("); is FINESSE_CA_CERT the CA that signed it?"));
    }

    @Test
    void onlyA101IsAWebSocket() {
        assertThat(EndpointProbe.webSocketUpgradeRefused("/ws/", "HTTP/1.1 101 Switching Protocols")).isEmpty();
        assertThat(EndpointProbe.webSocketUpgradeRefused("/ws/", "HTTP/1.1 400 Bad Request"))
                .contains("the WebSocket upgrade was answered HTTP 400, not 101");
        assertThat(EndpointProbe.webSocketUpgradeRefused("/ws/", "<?xml version='1.0'?><stream:stream"))
                .contains("the WebSocket upgrade was answered with something other than HTTP: '<?xml version='1.0'?>"
                        + "<stream:stream'");
    }
}
