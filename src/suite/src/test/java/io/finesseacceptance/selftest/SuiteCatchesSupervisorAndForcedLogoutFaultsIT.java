package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.agent.TeamWatch;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.notify.ExplicitSubscription;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.faults.Fault;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The supervisor and forced-logout scenarios earn trust like the rest: each passes on a healthy simulator and
 * fails, for its own reason, on the fault made for it. After every run, failed or not, the supervisor's
 * explicit subscriptions are gone and every agent is as it was found.
 */
class SuiteCatchesSupervisorAndForcedLogoutFaultsIT {

    private static final String SUPERVISOR = "@supervisor";
    private static final String FORCED_LOGOUT = "@forced-logout";

    private record Run(FeatureRun.Outcome outcome, List<ExplicitSubscription> leftBehind) {
    }

    private static Run runAgainst(Set<Fault> faults, String tags, String scenarioName) {
        SelfTestRun run = SelfTestRun.against(SimulatorConfig.defaults().withFaults(faults)).eventTimeout("1.5")
                .with(LabSettings.QUIET_PERIOD, "0.5");
        if (scenarioName != null) {
            run.with("cucumber.filter.name", scenarioName);
        }
        SelfTestRun.Ran<List<ExplicitSubscription>> ran =
                run.run(tags, SuiteCatchesSupervisorAndForcedLogoutFaultsIT::subscriptionsLeftOnTheTeam);
        return new Run(ran.outcome(), ran.seen());
    }

    /** What the pubsub service still lists for the supervisor on its team's node, from a fresh session. */
    private static List<ExplicitSubscription> subscriptionsLeftOnTheTeam(Map<String, String> settings) {
        LabSettings lab = LabSettingsReader.read(SettingsSource.of(settings));
        try (FinesseLab finesse = FinesseLab.connect(lab, ExchangeListener.NONE)) {
            var supervisor = finesse.supervisor(lab.supervisors().get(0));
            return supervisor.supervisedTeams().stream()
                    .flatMap(team -> supervisor.session().subscriptions(TeamWatch.node(team)).stream()).toList();
        }
    }

    private static void assertPassed(Run run, int scenarios) {
        assertThat(run.outcome().failures()).as(run.outcome().failureMessages()).isEmpty();
        assertThat(run.outcome().scenariosSucceeded()).isEqualTo(scenarios);
        assertThat(run.leftBehind()).as("subscriptions left on the team's node").isEmpty();
    }

    private static void assertFailedWith(Run run, String... fragments) {
        assertThat(run.outcome().failures()).as("the run against the fault must fail").isNotEmpty();
        assertThat(run.outcome().failureMessages()).contains(fragments);
    }

    @Test
    void aHealthyFinessePassesEveryNewScenarioAndKeepsNoSubscriptionOfOurs() {
        assertPassed(runAgainst(Set.of(), SUPERVISOR + " or " + FORCED_LOGOUT, null), 6);
    }

    @Test
    void aSupervisorSignOutThatIsNeverAnnouncedFailsAndLeavesNoSubscriptionBehind() {
        Run run = runAgainst(Set.of(Fault.SUPERVISOR_LOGOUT_NOT_ANNOUNCED), SUPERVISOR,
                "A supervisor signs out an agent of their team who is READY");

        assertFailedWith(run, "LOGOUT");
        assertThat(run.leftBehind()).as("a failing scenario still removes its subscription").isEmpty();
    }

    @Test
    void aSignOutTheTeamIsNotToldOfFailsTheSupervisorsStep() {
        assertFailedWith(runAgainst(Set.of(Fault.TEAM_NOT_NOTIFIED), SUPERVISOR,
                "A supervisor signs out an agent of their team who is NOT_READY"), "/finesse/api/Team/");
    }

    @Test
    void aSupervisorActingOutsideTheirTeamsIsCaught() {
        assertFailedWith(runAgainst(Set.of(Fault.SUPERVISOR_OUTSIDE_TEAM_ACCEPTED), SUPERVISOR,
                "A supervisor cannot sign out an agent outside their teams"), "401", "Invalid Supervisor");
    }

    @Test
    void aSupervisorsReasonCodeAcceptedIsCaught() {
        assertFailedWith(runAgainst(Set.of(Fault.SUPERVISOR_REASON_CODE_ACCEPTED), SUPERVISOR,
                "A supervisor cannot give a reason with an agent's NOT_READY"), "400", "Invalid Input");
    }

    @Test
    void aSubscriptionTheLabKeepsAfterUnsubscribeFailsTheScenario() {
        Run run = runAgainst(Set.of(Fault.SUBSCRIPTION_KEPT_AFTER_UNSUBSCRIBE), SUPERVISOR,
                "A supervisor signs out an agent of their team who is READY");

        assertFailedWith(run, "still listed after Finesse answered its unsubscribe");
    }

    @Test
    void aForcedLogoutWithoutReason255IsCaught() {
        assertFailedWith(runAgainst(Set.of(Fault.FORCED_LOGOUT_WITHOUT_REASON_255), FORCED_LOGOUT,
                "The agent's desktop goes offline"), "255");
    }

    @Test
    void aDroppedDesktopNobodyNoticesIsCaught() {
        Run dropped = runAgainst(Set.of(Fault.DROPPED_DESKTOP_NOT_NOTICED), FORCED_LOGOUT,
                "The agent's desktop connection drops without a word");
        Run offline = runAgainst(Set.of(Fault.DROPPED_DESKTOP_NOT_NOTICED), FORCED_LOGOUT,
                "The agent's desktop goes offline");

        assertFailedWith(dropped, "its desktop dropped its connection without a word, but Finesse did not make the"
                + " agent NOT_READY with reason 255 within the forced logout wait");
        assertPassed(offline, 1);
    }
}
