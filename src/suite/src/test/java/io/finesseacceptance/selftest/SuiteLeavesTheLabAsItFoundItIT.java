package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.agent.AgentLease;
import io.finesseacceptance.agent.AgentLeases;
import io.finesseacceptance.agent.AgentPool;
import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.faults.Fault;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A shared lab is full of people: the suite must leave every agent as it found it (also when scenarios
 * fail half-way), leave agents others are signed in with alone unless told to take them over, leave no
 * explicit pubsub subscription behind, and change nothing when the preflight finds a problem.
 */
class SuiteLeavesTheLabAsItFoundItIT {

    private static final DeskSnapshot READY_ON_5002 = new DeskSnapshot(AgentState.READY, "5002", Optional.empty());
    private static final DeskSnapshot LUNCH_ON_5003 = new DeskSnapshot(AgentState.NOT_READY, "5003", Optional.of("2"));

    private static Map<String, DeskSnapshot> peopleAtWork() {
        Map<String, DeskSnapshot> states = new LinkedHashMap<>();
        states.put("1002", READY_ON_5002);
        states.put("1003", LUNCH_ON_5003);
        return states;
    }

    private static Map<String, String> settingsOf(FinesseSimulator simulator, String... extra) {
        Map<String, String> settings = new HashMap<>(simulator.labSettings());
        settings.put(LabSettings.EVENT_TIMEOUT, "2");
        for (int i = 0; i + 1 < extra.length; i += 2) {
            settings.put(extra[i], extra[i + 1]);
        }
        return settings;
    }

    @Test
    void takenOverAgentsEndAsTheyWereFoundEvenWhenScenariosFailHalfWay() {
        // a 202 with a body fails the scenarios that check the answer, after the agent was already changed
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults()
                .withFaults(Set.of(Fault.NON_EMPTY_ACCEPT_BODY)))) {
            Map<String, String> settings = settingsOf(simulator, LabSettings.TAKE_OVER, "true");
            LabSnapshot.arrange(settings, peopleAtWork());
            Map<String, DeskSnapshot> before = LabSnapshot.take(settings);

            FeatureRun.Outcome outcome = FeatureRun.run(settings, "not @simulator-only");

            assertThat(outcome.failures()).as("scenarios made to fail half-way").isNotEmpty();
            assertThat(outcome.failureMessages()).doesNotContain("could not be put back");
            assertThat(LabSnapshot.take(settings)).isEqualTo(before);
            assertNoExplicitSubscriptionsLeft(simulator, before.keySet());
        }
    }

    @Test
    void agentsSomeoneIsSignedInWithAreLeftAloneWithoutTakeOver() {
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults())) {
            Map<String, String> settings = settingsOf(simulator);
            LabSnapshot.arrange(settings, peopleAtWork());
            Map<String, DeskSnapshot> before = LabSnapshot.take(settings);

            FeatureRun.Outcome outcome = FeatureRun.run(settings, FeatureRun.SIGN_OUT, "@sign-out");

            assertThat(outcome.failures()).as(outcome.failureMessages()).isEmpty();
            assertThat(outcome.scenariosSucceeded()).isEqualTo(2);
            assertThat(LabSnapshot.take(settings)).isEqualTo(before);
        }
    }

    @Test
    void scenariosSkipWithTheReasonWhenEveryAgentIsInUseBySomeoneElse() {
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults().withAgentCount(2))) {
            Map<String, String> settings = settingsOf(simulator);
            Map<String, DeskSnapshot> atWork = Map.of("1001", DeskSnapshot.notReadyOn("5001"), "1002", READY_ON_5002);
            LabSnapshot.arrange(settings, atWork);

            FeatureRun.Outcome outcome = FeatureRun.run(settings, FeatureRun.SIGN_OUT, "@sign-out");

            assertThat(outcome.scenariosSucceeded()).isZero();
            assertThat(outcome.failures()).isEmpty();
            assertThat(outcome.skipReasons()).allMatch(reason -> reason.contains("someone is signed in with it")
                    && reason.contains("FINESSE_TAKE_OVER=true"));
            assertThat(LabSnapshot.take(settings)).isEqualTo(atWork);
        }
    }

    @Test
    void aFailedPreflightNamesTheAgentAndChangesNothing() {
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults().withAgentCount(2))) {
            Map<String, String> settings = settingsOf(simulator);
            String agents = settings.get(LabSettings.AGENTS);
            settings.put(LabSettings.AGENTS, agents.replaceFirst("1002:[^:]+:", "1002:not-the-password:"));
            Map<String, DeskSnapshot> before = LabSnapshot.take(settingsOf(simulator));

            FeatureRun.Outcome outcome = FeatureRun.run(settings, FeatureRun.SIGN_OUT, "@sign-out");

            assertThat(outcome.scenariosStarted()).isZero();
            assertThat(outcome.failureMessages()).contains("Lab preflight failed")
                    .contains("agent 1002 (FINESSE_AGENTS): password refused (401)")
                    .doesNotContain("not-the-password");
            assertThat(LabSnapshot.take(settingsOf(simulator))).isEqualTo(before);
        }
    }

    /** What the suite's shutdown hook does when a run is interrupted (Ctrl-C) with scenarios still holding agents. */
    @Test
    void leasesStillOutAreGivenBackWhenTheRunIsInterrupted() {
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults().withAgentCount(2))) {
            Map<String, String> settings = settingsOf(simulator);
            LabSettings lab = LabSettingsReader.read(SettingsSource.of(settings));
            try (FinesseLab finesse = FinesseLab.connect(lab, ExchangeListener.NONE)) {
                AgentLeases leases = new AgentLeases(finesse, new AgentPool(lab.agents()), false, Duration.ofSeconds(1));
                AgentLease first = leases.lease();
                AgentLease second = leases.lease();
                first.desk().bringTo(DeskSnapshot.notReadyOn("5001"));
                second.desk().bringTo(READY_ON_5002);

                leases.giveBackAll();

                assertThat(LabSnapshot.take(settings).values()).containsOnly(DeskSnapshot.signedOut());
            }
        }
    }

    private static void assertNoExplicitSubscriptionsLeft(FinesseSimulator simulator, Set<String> agents) {
        agents.forEach(agent -> assertThat(simulator.explicitSubscriptions(agent))
                .as("explicit pubsub subscriptions left for agent %s", agent).isEmpty());
    }
}
