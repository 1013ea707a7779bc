package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.settings.TlsTrust;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.faults.Fault;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The simulator ends the agent's XMPP streams in the middle of the sign-out scenario, just before it
 * publishes the sign-out's Update, which so reaches nobody. The suite must reconnect, confirm the change
 * by reading the agent back and say so; and still fail when the read-back shows the change did not happen.
 */
class SuiteSurvivesADroppedSessionIT {

    private record Run(FeatureRun.Outcome outcome, String log, Map<String, AgentState> statesAfter) {
    }

    private static Run runAgainst(Set<Fault> faults) {
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults().withFaults(faults))) {
            Map<String, String> settings = new HashMap<>(simulator.labSettings());
            settings.put(LabSettings.EVENT_TIMEOUT, "3");
            LogCapture.Captured<FeatureRun.Outcome> run = LogCapture.during(
                    () -> FeatureRun.run(settings, FeatureRun.SIGN_OUT, "@sign-out"));
            return new Run(run.result(), run.log(), statesOf(settings));
        }
    }

    private static Map<String, AgentState> statesOf(Map<String, String> settings) {
        LabSettings lab = LabSettingsReader.read(SettingsSource.of(settings));
        FinesseRestClient rest = new FinesseRestClient(lab, TlsTrust.from(lab), ExchangeListener.NONE);
        Map<String, AgentState> states = new HashMap<>();
        lab.agents().forEach(agent -> states.put(agent.id(), rest.user(agent).state()));
        return states;
    }

    @Test
    void aSignOutWhoseNotificationFellIntoTheGapIsConfirmedByReadingBackAndSaysSo() {
        Run run = runAgainst(Set.of(Fault.XMPP_DROP_BEFORE_LOGOUT_NOTIFICATION));

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
        Run run = runAgainst(Set.of(Fault.XMPP_DROP_BEFORE_LOGOUT_NOTIFICATION, Fault.WRONG_STATE_IN_NOTIFICATION));

        assertThat(run.outcome().failures()).isNotEmpty();
        assertThat(run.outcome().failureMessages())
                .contains("expected a notification announcing LOGOUT")
                .contains("XMPP session down from")
                .contains("Read back after the session returned: User 1001 NOT_READY");
    }
}
