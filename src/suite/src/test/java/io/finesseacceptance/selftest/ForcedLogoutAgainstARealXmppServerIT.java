package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.interop.ProsodyBackedFinesse;
import io.finesseacceptance.interop.ProsodyBackedFinesse.Route;
import io.finesseacceptance.interop.ProsodyServer;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forced-logout feature against a standard XMPP server (Prosody) as the notification service, on every route the
 * suite offers (TCP with STARTTLS, BOSH on http and https, WebSocket on ws and wss) and under both readings of whose
 * presence Finesse follows. The simulated web services learn the agents' presence from Prosody as Finesse learns it
 * from its own: the publisher (Finesse's {@code finesse} user) has every agent in its shared roster and hears each of
 * their sessions come and go. So a forced logout here needs Prosody itself to end the desktop's session: a desktop
 * that went on polling, or a server that never noticed it, fails the run. Prosody has no supervisor: the scenarios
 * read the agent back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForcedLogoutAgainstARealXmppServerIT {

    private final Map<ForcedLogoutPresence, ProsodyBackedFinesse> labs = new EnumMap<>(ForcedLogoutPresence.class);

    @BeforeAll
    void startProsody() {
        ProsodyServer.assumeInstalled();
        for (ForcedLogoutPresence reading : ForcedLogoutPresence.values()) {
            labs.put(reading, ProsodyBackedFinesse.start(Path.of("target", "prosody", "forced-logout-"
                    + reading.name().toLowerCase(Locale.ROOT) + "-" + ProcessHandle.current().pid()),
                    SimulatorConfig.defaults().withForcedLogoutPresence(reading)
                            .withForcedLogoutGrace(ForcedLogoutHoldsUnderBothReadingsIT.GRACE)));
        }
    }

    @AfterAll
    void stopProsody() {
        labs.values().forEach(ProsodyBackedFinesse::close);
    }

    static Stream<Arguments> readingsAndRoutes() {
        return Stream.of(ForcedLogoutPresence.values())
                .flatMap(reading -> Stream.of(Route.values()).map(route -> Arguments.of(reading, route)));
    }

    @ParameterizedTest(name = "{0} reading over {1}")
    @MethodSource("readingsAndRoutes")
    void theForcedLogoutFeaturePasses(ForcedLogoutPresence reading, Route route) {
        ProsodyBackedFinesse lab = labs.get(reading);
        Map<String, String> settings = lab.settings(route);

        FeatureRun.Outcome outcome = FeatureRun.run(settings, "features/forced_logout.feature", "@forced-logout");

        assertThat(outcome.failures()).as("failures under the %s reading over %s%s", reading, route,
                lab.prosody().log()).isEmpty();
        assertThat(outcome.scenariosSucceeded()).as("forced-logout scenarios passed over %s", route).isEqualTo(2);
        LabSnapshot.assertEveryAgentSignedOutAsFound(settings);
    }
}
