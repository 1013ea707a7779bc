package io.finesseacceptance.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.interop.ProsodyBackedFinesse.Route;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.notify.DesktopSession;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.XmppSession;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Finesse's notification service expects a client's XMPP ping at least every 20 s, on every transport: one agent's
 * session per route (TCP, BOSH on http and https, WebSocket on ws and wss) and a desktop session over wss, all idle,
 * each ping at sign-in and then twice more, never 20 s apart, as Prosody's log of what it received shows.
 */
class EverySessionKeepsPingingIT {

    /** The ping at sign-in and two keepalive pings, 10 s apart; 10 s to spare on a busy machine. */
    private static final Duration THREE_PINGS_WITHIN = Duration.ofSeconds(30);
    private static final Duration FINESSE_ALLOWS = Duration.ofSeconds(20);
    private static final Pattern SIGNED_IN = Pattern.compile("^\\S+ \\S+ \\S+ (\\S+)\\s+info\\s+Authenticated as (\\d+)@");

    @Test
    void everySessionPingsTwiceWithinTwentyFiveSecondsOnEveryRoute() throws Exception {
        ProsodyServer.assumeInstalled();
        Route[] routes = Route.values();
        Path folder = Path.of("target", "prosody", "keepalive-" + ProcessHandle.current().pid());
        try (ProsodyBackedFinesse finesse = ProsodyBackedFinesse.start(folder, routes.length + 1, true)) {
            Map<String, String> sessions = new LinkedHashMap<>();
            List<AutoCloseable> open = new ArrayList<>();
            try {
                FinesseLab lab = null;
                AgentAccount agent = null;
                for (int i = 0; i < routes.length; i++) {
                    LabSettings settings = LabSettingsReader.read(SettingsSource.of(finesse.settings(routes[i])));
                    lab = FinesseLab.connect(settings, ExchangeListener.NONE);
                    open.add(lab);
                    agent = settings.agents().get(i);
                    open.add(XmppSession.open(lab.notificationEndpoint(), agent, new NotificationFeed(agent.id())));
                    sessions.put(agent.id(), routes[i].name());
                    agent = settings.agents().get(i + 1);
                }
                // the last route is WEBSOCKET_WSS, the way a 12.6 desktop connects
                DesktopSession desktop = lab.desktop(agent);
                open.add(desktop);
                sessions.put(agent.id(), "desktop over " + routes[routes.length - 1]);

                Awaitility.await("three pings from every session").atMost(THREE_PINGS_WITHIN)
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> sessions.keySet().stream().allMatch(id -> pingsFrom(finesse.prosody().stanzaLog())
                                .getOrDefault(id, List.of()).size() >= 3));
                Map<String, List<LocalTime>> pings = pingsFrom(finesse.prosody().stanzaLog());
                sessions.forEach((id, what) -> {
                    System.out.printf("%s (agent %s): pings at %s%n", what, id, pings.get(id));
                    for (int i = 1; i < pings.get(id).size(); i++) {
                        assertThat(Duration.between(pings.get(id).get(i - 1), pings.get(id).get(i)))
                                .as("%s: from ping %d to the next", what, i).isLessThan(FINESSE_ALLOWS);
                    }
                });
            } finally {
                for (int i = open.size() - 1; i >= 0; i--) {
                    open.get(i).close();
                }
            }
        }
    }

    /** When Prosody received pings, by the agent whose session sent them (told apart by Prosody's log id). */
    private static Map<String, List<LocalTime>> pingsFrom(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        Map<String, String> agentOfSession = new LinkedHashMap<>();
        Map<String, List<LocalTime>> pings = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher signedIn = SIGNED_IN.matcher(line);
            if (signedIn.find()) {
                agentOfSession.put(signedIn.group(1), signedIn.group(2));
            } else if (line.contains("urn:xmpp:ping") && line.contains("\tRECV: ")) {
                String[] fields = line.split("\\s+");
                String agent = agentOfSession.get(fields[3]);
                if (agent != null) {
                    pings.computeIfAbsent(agent, id -> new ArrayList<>()).add(LocalTime.parse(fields[2]));
                }
            }
        }
        return pings;
    }
}
