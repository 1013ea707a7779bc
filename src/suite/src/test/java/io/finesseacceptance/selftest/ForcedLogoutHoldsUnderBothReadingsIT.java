package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.XmppAccess;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forced-logout feature holds whichever presence Finesse follows (docs/finesse-contract.md §14.3): the desktop's
 * session alone, or the user as a whole, where the suite's own session would keep the agent online if the scenarios
 * left it up. On every notification transport (TCP with STARTTLS, BOSH over https, WebSocket), with the simulator's
 * supervisor watching the agent's team, as on a lab with FINESSE_SUPERVISORS; and once, per reading, with no
 * supervisor, where the scenarios read the agent back instead. Every agent is put back signed out afterwards.
 */
class ForcedLogoutHoldsUnderBothReadingsIT {

    private static final String FORCED_LOGOUT = "@forced-logout";
    /** Short, so eight runs of two scenarios stay quick; the drop over BOSH still takes the 5 s inactivity. */
    static final Duration GRACE = Duration.ofMillis(300);

    static Stream<Arguments> readingsAndTransports() {
        return Stream.of(ForcedLogoutPresence.values()).flatMap(reading -> Stream.of(
                Arguments.of(reading, XmppAccess.TCP_STARTTLS, 1),
                Arguments.of(reading, XmppAccess.BOSH_HTTPS, 1),
                Arguments.of(reading, XmppAccess.WEBSOCKET, 1),
                Arguments.of(reading, XmppAccess.TCP_STARTTLS, 0)));
    }

    @ParameterizedTest(name = "{0} reading over {1}, {2} supervisor(s)")
    @MethodSource("readingsAndTransports")
    void theForcedLogoutFeaturePasses(ForcedLogoutPresence reading, XmppAccess transport, int supervisors) {
        SelfTestRun.Ran<Void> ran = SelfTestRun.against(SimulatorConfig.defaults().withForcedLogoutPresence(reading)
                .withXmppAccess(transport).withSupervisorCount(supervisors).withForcedLogoutGrace(GRACE))
                .run(FORCED_LOGOUT);

        assertThat(ran.outcome().failures()).as("failures under the %s reading over %s", reading, transport)
                .isEmpty();
        assertThat(ran.outcome().scenariosSucceeded()).as("forced-logout scenarios passed").isEqualTo(2);
        assertThat(ran.log()).as("how the outcome was seen").contains(supervisors > 0
                ? "in supervisor 2001's notifications on /finesse/api/Team/" : "by reading the agent back");
    }
}
