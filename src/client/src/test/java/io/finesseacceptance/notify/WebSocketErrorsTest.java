package io.finesseacceptance.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.finesseacceptance.fixtures.LocalDoors;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.settings.TlsTrust;
import io.finesseacceptance.settings.XmppSecurity;
import io.finesseacceptance.settings.XmppTransport;
import java.net.URI;
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
 * A WebSocket that cannot be opened stops the agent's session within 10 s with one line that names
 * FINESSE_XMPP_WEBSOCKET_URL and says what is wrong: the path, a closed port, a silent host, a certificate for
 * another host, a CA the run does not trust.
 */
class WebSocketErrorsTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final AgentAccount AGENT = new AgentAccount("1001", "secret", "5001");

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

    private static String failureOpening(String url, Optional<Path> caPem) {
        return failureOpening(url, caPem, Duration.ofSeconds(10));
    }

    private static String failureOpening(String url, Optional<Path> caPem, Duration replyTimeout) {
        Map<String, String> settings = new HashMap<>(Map.of(LabSettings.BASE_URL, "https://127.0.0.1:8445",
                LabSettings.AGENTS, "1001:secret:5001"));
        caPem.ifPresent(pem -> settings.put(LabSettings.CA_CERT, pem.toString()));
        TlsTrust trust = TlsTrust.from(LabSettingsReader.read(SettingsSource.of(settings)));
        NotificationEndpoint endpoint = new NotificationEndpoint(XmppTransport.WEBSOCKET, "127.0.0.1", 0,
                Optional.empty(), Optional.of(URI.create(url)), "finesse.lab.example", "pubsub.finesse.lab.example",
                XmppSecurity.REQUIRED, trust, replyTimeout);
        long start = System.nanoTime();
        Throwable failed = catchThrowable(() -> XmppSession.open(endpoint, AGENT, new NotificationFeed("1001")).close());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failed).as(url).isInstanceOf(NotificationServiceUnreachable.class);
        String message = failed.getMessage();
        System.out.printf("websocket error | %s | %d ms | %s%n", url, took.toMillis(), message);
        assertThat(message).as("one line").doesNotContain("\n").contains("FINESSE_XMPP_WEBSOCKET_URL");
        assertThat(took).as("time to stop").isLessThan(LIMIT);
        return message;
    }

    @Test
    void aWrongPathIsTheUpgradeAnswered404() {
        assertThat(failureOpening("ws://127.0.0.1:" + doors.notFoundPort() + "/http-bind/", Optional.empty()))
                .endsWith(": the WebSocket upgrade was answered HTTP 404, not 101 (no WebSocket at /http-bind/;"
                        + " Finesse serves it at /ws/)");
    }

    @Test
    void aClosedPort() {
        assertThat(failureOpening("wss://127.0.0.1:" + doors.closedPort() + "/ws/", Optional.empty()))
                .endsWith(": connection refused");
    }

    @Test
    void aSilentHost() {
        assertThat(failureOpening("ws://127.0.0.1:" + doors.silentPort() + "/ws/", Optional.empty()))
                .endsWith(": no answer to the WebSocket upgrade within 5 s");
    }

    /** Smack gives the attempt one reply timeout (and asserts it ended by then): the upgrade gives up at half. */
    @Test
    void aSilentHostWithAShortReplyTimeout() {
        assertThat(failureOpening("ws://127.0.0.1:" + doors.silentPort() + "/ws/", Optional.empty(),
                Duration.ofSeconds(3))).endsWith(": no answer to the WebSocket upgrade within 1500 ms");
    }

    @Test
    void aCertificateForAnotherHost() {
        assertThat(failureOpening("wss://127.0.0.1:" + doors.otherHostPort() + "/ws/", Optional.of(doors.otherHostCa())))
                .contains("TLS certificate not accepted for host 127.0.0.1 (No subject alternative names");
    }

    @Test
    void aCaTheRunDoesNotTrust() {
        assertThat(failureOpening("wss://127.0.0.1:" + doors.untrustedPort() + "/ws/", Optional.of(doors.someOtherCa())))
                .contains("TLS certificate not accepted (unable to find valid certification path to requested target)")
                .contains("is FINESSE_CA_CERT the CA that signed it?");
    }

    @Test
    void aCaTheJvmDoesNotTrustAsksForTheLabsCa() {
        assertThat(failureOpening("wss://127.0.0.1:" + doors.untrustedPort() + "/ws/", Optional.empty()))
                .contains("TLS certificate not accepted (unable to find valid certification path to requested target)")
                .contains("set FINESSE_CA_CERT to the lab's CA");
    }
}
