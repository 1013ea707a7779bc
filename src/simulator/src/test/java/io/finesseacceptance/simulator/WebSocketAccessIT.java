package io.finesseacceptance.simulator;

import static io.finesseacceptance.simulator.SimulatorTestClient.password;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.xmpp.RawWebSocketClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * {@code --xmpp WEBSOCKET}: the printed settings point the suite at XMPP over WebSocket on the REST port,
 * as at a Finesse 12.6 lab ({@code wss://<fqdn>:8445/ws/}), and a desktop there lives as over TCP or BOSH.
 */
class WebSocketAccessIT {

    private static final String AGENT = "1001";
    private static final String USER_NODE = "/finesse/api/User/" + AGENT;

    @Test
    void theCommandLineChoosesWebSocketAndTheSettingsNameItOnTheRestPort() {
        try (FinesseSimulator simulator = FinesseSimulator.start(run("--xmpp", "WEBSOCKET", "--agents", "1"))) {
            int restPort = simulator.baseUrl().getPort();
            String domain = simulator.xmppDomain();

            assertThat(simulator.labSettings()).containsEntry("FINESSE_XMPP_TRANSPORT", "websocket")
                    .containsEntry("FINESSE_XMPP_WEBSOCKET_URL", "wss://127.0.0.1:" + restPort + "/ws/")
                    .containsEntry("FINESSE_XMPP_DOMAIN", domain)
                    .containsEntry("FINESSE_XMPP_PUBSUB", "pubsub." + domain)
                    .doesNotContainKeys("FINESSE_XMPP_HOST", "FINESSE_XMPP_PORT", "FINESSE_XMPP_BOSH_URL");
            assertThat(simulator.describeDoors()).contains("XMPP WS:     wss://127.0.0.1:" + restPort + "/ws/");
        }
    }

    @Test
    void aSubscribedAgentHearsItsStateChangeOverWssTrustingThePrintedCa() {
        try (FinesseSimulator simulator = FinesseSimulator.start(run("--xmpp", "WEBSOCKET", "--agents", "2"));
             RawWebSocketClient desktop = desktop(simulator.labSettings())) {
            desktop.send("<iq type='set' id='sub1' to='pubsub." + simulator.xmppDomain() + "'><pubsub xmlns='http://"
                    + "jabber.org/protocol/pubsub'><subscribe node='" + USER_NODE + "' jid='" + AGENT + "@"
                    + simulator.xmppDomain() + "'/></pubsub></iq>");
            assertThat(desktop.awaitFrame("id='sub1'")).contains("type='result'", "subscription='subscribed'");
            assertThat(simulator.explicitSubscriptions(AGENT)).containsExactly(USER_NODE);

            new SimulatorTestClient(simulator.labSettings()).signInAndAwait(AGENT);

            assertThat(desktop.awaitFrame("<message")).contains("node=\"" + USER_NODE + "\"",
                    "&lt;state&gt;NOT_READY&lt;/state&gt;");
        }
    }

    @Test
    void overPlainHttpTheSettingsSayWsAndTheNotificationComesThere() {
        try (FinesseSimulator simulator = FinesseSimulator.start(run("--xmpp", "WEBSOCKET", "--rest", "http",
                "--agents", "1"))) {
            Map<String, String> settings = simulator.labSettings();
            assertThat(settings.get("FINESSE_XMPP_WEBSOCKET_URL")).isEqualTo("ws://127.0.0.1:"
                    + simulator.baseUrl().getPort() + "/ws/");
            try (RawWebSocketClient desktop = desktop(settings)) {
                new SimulatorTestClient(settings).signInAndAwait(AGENT);

                assertThat(desktop.awaitFrame("<message")).contains("&lt;state&gt;NOT_READY&lt;/state&gt;");
            }
        }
    }

    @Test
    void theFaultThatDropsSessionsCutsTheDesktopsWebSocketBeforeTheLogoutIsAnnounced() {
        try (FinesseSimulator simulator = FinesseSimulator.start(run("--xmpp", "WEBSOCKET", "--agents", "1"));
             RawWebSocketClient desktop = desktop(simulator.labSettings())) {
            SimulatorTestClient http = new SimulatorTestClient(simulator.labSettings());
            http.signInAndAwait(AGENT);
            desktop.awaitFrame("&lt;state&gt;NOT_READY&lt;/state&gt;");
            assertThat(http.control("PUT", "/faults/" + Fault.XMPP_DROP_BEFORE_LOGOUT_NOTIFICATION, "on")
                    .statusCode()).isEqualTo(204);

            assertThat(http.putUser(AGENT, password(AGENT), SimulatorTestClient.state("LOGOUT")).statusCode())
                    .isEqualTo(202);

            assertThat(desktop.nextFrame()).as("the stream ends before any Update").contains("<system-shutdown");
            assertThat(desktop.awaitClosed()).isEqualTo(1000);
        }
    }

    @Test
    void theWebSocketDoorIsOpenWhicheverDoorTheSettingsName() {
        try (FinesseSimulator simulator = FinesseSimulator.start(run("--agents", "1"))) {
            assertThat(simulator.options().xmppAccess()).isEqualTo(XmppAccess.TCP_STARTTLS);
            URI webSocket = URI.create(simulator.baseUrl().toString().replaceFirst("^http", "ws") + "/ws/");
            assertThat(simulator.describeDoors()).contains("XMPP WS:     " + webSocket);

            try (RawWebSocketClient desktop = RawWebSocketClient.loggedIn(webSocket, trust(simulator.labSettings()),
                    simulator.xmppDomain(), AGENT, password(AGENT), "desktop")) {
                desktop.ping("open-anyway");
            }
        }
    }

    /** The agent's desktop, signed in over the WebSocket the settings name, with the CA they name. */
    private static RawWebSocketClient desktop(Map<String, String> settings) {
        return RawWebSocketClient.loggedIn(URI.create(settings.get("FINESSE_XMPP_WEBSOCKET_URL")), trust(settings),
                settings.get("FINESSE_XMPP_DOMAIN"), AGENT, password(AGENT), "desktop");
    }

    private static SSLContext trust(Map<String, String> settings) {
        return SimulatorTestClient.trusting(Path.of(settings.get("FINESSE_CA_CERT")));
    }

    private static SimulatorConfig run(String... args) {
        return ((SimulatorCommandLine.Run) SimulatorCommandLine.parse(List.of(args), new Properties())).options();
    }
}
