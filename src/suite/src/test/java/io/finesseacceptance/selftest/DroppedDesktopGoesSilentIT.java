package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.interop.CountingRelay;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.notify.DesktopSession;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.XmppAccess;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A desktop that drops without a word really goes, on every transport, and the simulator notices it the way a real
 * server does, from the traffic stopping and nothing else. The desktop's session runs through a relay that counts
 * every byte it sends: after the drop, not one (no terminate body and no further BOSH request, no WebSocket close
 * frame, no {@code </stream:stream>}), its connections are closed from its side, and jbosh's request threads are gone.
 * The forced logout then comes on the agent's own session: over BOSH only once the simulator's inactivity timeout has
 * run out, since nothing but the silence tells it the desktop is gone.
 */
class DroppedDesktopGoesSilentIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String JBOSH_REQUEST_THREAD = "RequestProcessor[";

    @ParameterizedTest
    @EnumSource(value = XmppAccess.class, names = {"TCP_PLAIN", "BOSH_HTTP", "WEBSOCKET"})
    void aDroppedDesktopSendsNothingMoreAndTheSimulatorNoticesItsSilence(XmppAccess access) {
        // plain transports, so the relay sees the XMPP and HTTP itself rather than TLS records
        SimulatorConfig options = SimulatorConfig.defaults().withXmppAccess(access).withRestHttps(false);
        try (FinesseSimulator simulator = FinesseSimulator.start(options)) {
            Map<String, String> settings = simulator.labSettings();
            try (CountingRelay relay = CountingRelay.to(doorPort(settings));
                 FinesseLab finesse = FinesseLab.connect(read(settings), ExchangeListener.NONE);
                 FinesseLab desktopSide = FinesseLab.connect(read(throughRelay(settings, relay)),
                         ExchangeListener.NONE)) {
                AgentAccount agent = finesse.settings().agents().get(0);
                AgentDesk desk = finesse.desk(agent);
                desk.bringTo(DeskSnapshot.notReadyOn(agent.extension()));
                long jboshThreadsBefore = jboshRequestThreads();
                DesktopSession desktop = desktopSide.desktop(agent);
                assertThat(relay.connectionsEver()).as("the desktop's session runs through the relay").isPositive();
                long feedMark = desk.feed().mark();

                long dropped = relay.mark();
                desktop.dropWithoutAWord();

                AnnouncedState forced = desk.awaitSystemChange(feedMark, AgentState.NOT_READY, Optional.of("255"),
                        WAIT);
                Duration noticed = Duration.ofNanos(forced.notification().landedNanos() - dropped);
                Awaitility.await("the desktop's connections closed from its side").atMost(Duration.ofSeconds(2))
                        .until(() -> relay.openConnections() == 0);
                assertThat(relay.bytesFromClientSince(dropped))
                        .as("bytes the desktop sent over %s after its drop, in the %d ms until the forced logout (%s)",
                                access, noticed.toMillis(), relay.describe()).isZero();
                assertThat(relay.httpRequestsSince(dropped)).as("BOSH requests after the drop").isZero();
                if (access == XmppAccess.BOSH_HTTP) {
                    assertThat(noticed).as("the simulator noticed the silent BOSH desktop by its inactivity timeout")
                            .isGreaterThanOrEqualTo(FinesseSimulator.BOSH_INACTIVITY);
                    Awaitility.await("jbosh's request threads of the dropped desktop gone")
                            .atMost(Duration.ofSeconds(5)).until(() -> jboshRequestThreads() <= jboshThreadsBefore);
                }
                desktop.close();
            }
        }
    }

    /**
     * What the suite closes goes quiet too: the agent's own session, the supervisor's and an open desktop, each ended
     * properly over BOSH (unavailable presence, terminate body) and then with nothing more sent: no poll after the
     * terminate's answer, every connection closed, jbosh's request threads gone.
     */
    @Test
    void sessionsTheSuiteClosesStopPollingOverBosh() {
        SimulatorConfig options = SimulatorConfig.defaults().withXmppAccess(XmppAccess.BOSH_HTTP).withRestHttps(false);
        try (FinesseSimulator simulator = FinesseSimulator.start(options)) {
            Map<String, String> settings = simulator.labSettings();
            try (CountingRelay relay = CountingRelay.to(doorPort(settings))) {
                long jboshThreadsBefore = jboshRequestThreads();
                FinesseLab throughRelay = FinesseLab.connect(read(throughRelay(settings, relay)), ExchangeListener.NONE);
                AgentAccount agent = throughRelay.settings().agents().get(0);
                throughRelay.desk(agent);
                throughRelay.supervisor(throughRelay.settings().supervisors().get(0));
                DesktopSession desktop = throughRelay.desktop(agent);

                desktop.close();
                throughRelay.close();
                long closed = relay.mark();

                Awaitility.await("every connection the suite closed, closed (" + relay.describe() + ")")
                        .atMost(Duration.ofSeconds(2)).until(() -> relay.openConnections() == 0);
                Awaitility.await("jbosh's request threads gone").atMost(Duration.ofSeconds(5))
                        .until(() -> jboshRequestThreads() <= jboshThreadsBefore);
                Awaitility.await("nothing sent after the sessions closed").during(Duration.ofSeconds(2))
                        .atMost(Duration.ofSeconds(3)).until(() -> relay.bytesFromClientSince(closed) == 0);
                assertThat(relay.connectionsEver()).as("sessions that ran through the relay").isPositive();
            }
        }
    }

    private static LabSettings read(Map<String, String> settings) {
        return LabSettingsReader.read(SettingsSource.of(settings));
    }

    /** The port of the notification door the settings name: XMPP over TCP, BOSH, or WebSocket on the REST port. */
    private static int doorPort(Map<String, String> settings) {
        return switch (settings.get("FINESSE_XMPP_TRANSPORT")) {
            case "bosh" -> URI.create(settings.get("FINESSE_XMPP_BOSH_URL")).getPort();
            case "websocket" -> URI.create(settings.get("FINESSE_XMPP_WEBSOCKET_URL")).getPort();
            default -> Integer.parseInt(settings.get("FINESSE_XMPP_PORT"));
        };
    }

    private static Map<String, String> throughRelay(Map<String, String> settings, CountingRelay relay) {
        Map<String, String> relayed = new HashMap<>(settings);
        switch (settings.get("FINESSE_XMPP_TRANSPORT")) {
            case "bosh" -> relayed.put("FINESSE_XMPP_BOSH_URL", onPort(settings.get("FINESSE_XMPP_BOSH_URL"), relay));
            case "websocket" -> relayed.put("FINESSE_XMPP_WEBSOCKET_URL",
                    onPort(settings.get("FINESSE_XMPP_WEBSOCKET_URL"), relay));
            default -> relayed.put("FINESSE_XMPP_PORT", String.valueOf(relay.port()));
        }
        return relayed;
    }

    private static String onPort(String url, CountingRelay relay) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + relay.port() + uri.getRawPath();
    }

    private static long jboshRequestThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith(JBOSH_REQUEST_THREAD)).count();
    }
}
