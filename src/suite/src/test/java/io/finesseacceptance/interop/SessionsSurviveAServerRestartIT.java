package io.finesseacceptance.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.agent.StateConfirmation;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.interop.ProsodyBackedFinesse.Route;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real XMPP server restarts under the suite: every agent session drops, and must come back with
 * presence within seconds (Finesse signs out an agent whose desktop stays away for 60 s), receiving the
 * next notification as before.
 */
class SessionsSurviveAServerRestartIT {

    private static final Duration BACK_WITHIN = Duration.ofSeconds(10);

    @ParameterizedTest
    @EnumSource(value = Route.class, names = {"TCP_STARTTLS", "BOSH_HTTP", "WEBSOCKET_WS", "WEBSOCKET_WSS"})
    void theSessionComesBackAndHearsTheNextChange(Route route) {
        ProsodyServer.assumeInstalled();
        Path folder = Path.of("target", "prosody", "restart-" + route + "-" + ProcessHandle.current().pid());
        try (ProsodyBackedFinesse finesse = ProsodyBackedFinesse.start(folder, 1)) {
            LabSettings settings = LabSettingsReader.read(SettingsSource.of(finesse.settings(route)));
            AgentAccount agent = settings.agents().get(0);
            try (FinesseLab lab = FinesseLab.connect(settings, ExchangeListener.NONE)) {
                AgentDesk desk = lab.desk(agent);

                long restarted = System.nanoTime();
                finesse.prosody().restart();
                Awaitility.await("agent " + agent.id() + " back on " + route).atMost(BACK_WITHIN)
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> desk.feed().gaps().size() == 1 && desk.feed().sessionUp());
                System.out.printf("%s: session back %d ms after the restart began (%s)%n", route,
                        Duration.ofNanos(System.nanoTime() - restarted).toMillis(), desk.feed().gaps().get(0).describe());

                StateChange signIn = desk.send(AgentStateRequest.signIn(agent.extension()));
                StateConfirmation confirmed = desk.awaitAnnounced(signIn);
                assertThat(confirmed.byNotification()).as("announced on the restored session").isTrue();
                assertThat(confirmed.user().state()).isEqualTo(AgentState.NOT_READY);

                StateChange signOut = desk.send(AgentStateRequest.signOut());
                assertThat(desk.awaitAnnounced(signOut).user().state()).isEqualTo(AgentState.LOGOUT);
            }
        }
    }
}
