package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.faults.Fault;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The simulator ends the agent's XMPP streams in the middle of the sign-out scenario, just before it
 * publishes the sign-out's Update, which so reaches nobody. The suite must reconnect, confirm the change
 * by reading the agent back and say so; and still fail when the read-back shows the change did not happen.
 */
class SuiteSurvivesADroppedSessionIT {

    private static SelfTestRun.Ran<Void> runAgainst(Set<Fault> faults) {
        // the caller checks the agents itself: the second fault leaves one of them changed
        return SelfTestRun.against(SimulatorConfig.defaults().withFaults(faults)).eventTimeout("3")
                .features(FeatureRun.SIGN_OUT).agentsMayStayChanged().run("@sign-out");
    }

    @Test
    void aSignOutWhoseNotificationFellIntoTheGapIsConfirmedByReadingBackAndSaysSo() {
        SelfTestRun.Ran<Void> run = runAgainst(Set.of(Fault.XMPP_DROP_BEFORE_LOGOUT_NOTIFICATION));

        assertThat(run.outcome().failures()).as(run.outcome().failureMessages()).isEmpty();
        assertThat(run.outcome().scenariosSucceeded()).isEqualTo(2);
        assertThat(run.log())
                .contains("XMPP session dropped")
                .contains("XMPP session back after")
                .contains("Confirmed instead by reading the agent back over REST: User 1001 LOGOUT");
        assertThat(run.statesAfter()).as("agents after the run: put back as found").allSatisfy((agent, state) ->
                assertThat(state).isEqualTo(AgentState.LOGOUT));
    }

    @Test
    void aSignOutThatDidNotHappenStillFailsWhenItsNotificationWouldHaveFallenIntoTheGap() {
        SelfTestRun.Ran<Void> run = runAgainst(Set.of(Fault.XMPP_DROP_BEFORE_LOGOUT_NOTIFICATION, Fault.WRONG_STATE_IN_NOTIFICATION));

        assertThat(run.outcome().failures()).isNotEmpty();
        assertThat(run.outcome().failureMessages())
                .contains("expected a notification announcing LOGOUT")
                .contains("XMPP session down from")
                .contains("Read back after the session returned: User 1001 NOT_READY");
    }
}
