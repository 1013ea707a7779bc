package io.finesseacceptance.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.interop.ProsodyBackedFinesse.Route;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.notify.DesktopSession;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.settings.XmppTransport;
import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.external.ExternalXmppServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * A real XMPP server sees a dropped desktop go, on every route the suite offers: after
 * {@link DesktopSession#dropWithoutAWord()} Prosody ends the desktop's session by itself, at once when the TCP
 * connection (XMPP, or a WebSocket's) closes, and over BOSH once the session has been silent for
 * {@link ProsodyServer#BOSH_MAX_INACTIVITY}, since nothing more is sent (a terminate body would have ended it at once,
 * a client still polling never). Seen as Prosody tells it: the unavailable
 * presence it sends, in the desktop's name, to another agent with the first in its shared roster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DroppedDesktopLeavesProsodyIT {

    /** On top of the inactivity: Prosody's timer and the presence's way to the watcher. */
    private static final Duration MARGIN = Duration.ofSeconds(2);

    private record Seen(long nanos, String from, Presence.Type type, String status) {
    }

    private ProsodyBackedFinesse lab;
    private XMPPTCPConnection watcher;
    private final List<Seen> presences = new CopyOnWriteArrayList<>();

    @BeforeAll
    void startProsody() throws Exception {
        ProsodyServer.assumeInstalled();
        lab = ProsodyBackedFinesse.start(Path.of("target", "prosody", "dropped-desktop-" + ProcessHandle.current().pid()),
                2);
        ExternalXmppServer server = lab.prosody().asNotificationService();
        String watcherId = Integer.toString(AgentDirectory.FIRST_AGENT_ID + 1);
        watcher = new XMPPTCPConnection(XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain(server.xmppDomain()).setHost(server.host()).setPort(server.tcpPort())
                .setUsernameAndPassword(watcherId, AgentDirectory.defaultPassword(watcherId))
                .setResource("watcher").setSecurityMode(SecurityMode.required)
                .setCustomX509TrustManager(ExternalPubSubPublisher.trusting(server)).build());
        watcher.addSyncStanzaListener(stanza -> {
            Presence presence = (Presence) stanza;
            presences.add(new Seen(System.nanoTime(), String.valueOf(presence.getFrom()), presence.getType(),
                    String.valueOf(presence.getStatus())));
        }, StanzaTypeFilter.PRESENCE);
        watcher.connect().login();
    }

    @AfterAll
    void stopProsody() {
        if (watcher != null) {
            watcher.instantShutdown();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void prosodyEndsADroppedDesktopsSessionWithinItsInactivityTime(Route route) {
        LabSettings settings = LabSettingsReader.read(SettingsSource.of(lab.settings(route)));
        AgentAccount agent = settings.agents().get(0);
        String desktopJid = agent.id() + "@" + ProsodyServer.DOMAIN + "/" + DesktopSession.RESOURCE;
        try (FinesseLab finesse = FinesseLab.connect(settings, ExchangeListener.NONE)) {
            DesktopSession desktop = finesse.desktop(agent);
            Awaitility.await("the desktop's available presence at the watcher").atMost(Duration.ofSeconds(5))
                    .until(() -> last(desktopJid).map(seen -> seen.type() == Presence.Type.available).orElse(false));

            long dropped = System.nanoTime();
            desktop.dropWithoutAWord();

            Duration limit = ProsodyServer.BOSH_MAX_INACTIVITY.plus(MARGIN);
            Awaitility.await("Prosody ending the dropped desktop's session over " + route + " (presences seen: "
                    + presences + ")").atMost(limit).until(() -> presences.stream().anyMatch(seen -> seen.nanos() > dropped
                            && seen.from().equals(desktopJid) && seen.type() == Presence.Type.unavailable));
            Seen gone = presences.stream().filter(seen -> seen.nanos() > dropped && seen.from().equals(desktopJid))
                    .findFirst().orElseThrow();
            assertThat(gone.type()).as("the desktop's first presence after its drop over %s", route)
                    .isEqualTo(Presence.Type.unavailable);
            if (route.transport() == XmppTransport.BOSH) {
                // by its silence: no terminate body (that would end it at once) and no further request
                assertThat(Duration.ofNanos(gone.nanos() - dropped)).as("over %s", route)
                        .isGreaterThanOrEqualTo(ProsodyServer.BOSH_MAX_INACTIVITY);
                assertThat(gone.status()).as("why Prosody ended the BOSH desktop's session").contains("silent");
            }
            // Prosody says why only when it has a reason: "Disconnected: BOSH client silent for over 5 seconds"
            LoggerFactory.getLogger(DroppedDesktopLeavesProsodyIT.class).info("{}: desktop gone after {} ms, status {}",
                    route, Duration.ofNanos(gone.nanos() - dropped).toMillis(), gone.status());
            desktop.close();
        }
    }

    private Optional<Seen> last(String from) {
        List<Seen> fromIt = presences.stream().filter(seen -> seen.from().equals(from)).toList();
        return fromIt.isEmpty() ? Optional.empty() : Optional.of(fromIt.get(fromIt.size() - 1));
    }
}
