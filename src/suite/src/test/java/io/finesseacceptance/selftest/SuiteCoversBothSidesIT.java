package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.SimulatorControlClient;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.Variant;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The suite on a two-node deployment (issue 21; docs/finesse-contract.md §20): a healthy pair passes, with
 * scenarios and agents on both sides; each fault of a side fails the run for its own reason; a side that
 * goes out of service or into maintenance in the middle of a run leaves no false failure.
 */
class SuiteCoversBothSidesIT {

    private static final String BOTH_SIDES = "features/both_sides.feature";
    private static final String A_SIDE_FAILS = "features/a_side_fails.feature";

    private static SimulatorConfig twoNodes() {
        return SimulatorConfig.defaults().withNodes(2);
    }

    private static SimulatorControlClient control(Map<String, String> settings) {
        return new SimulatorControlClient(URI.create(settings.get(LabSettings.SIMULATOR_CONTROL)));
    }

    @Test
    void aHealthyPairPassesEveryFeatureWithAgentsOnBothSides() {
        SelfTestRun.Ran<Void> ran = SelfTestRun.against(twoNodes()).run("not @ucce");

        assertThat(ran.outcome().failures()).as(ran.outcome().failureMessages()).isEmpty();
        assertThat(ran.outcome().skipReasons()).noneMatch(reason -> reason.contains("one node"));
        assertThat(ran.log()).contains("secondary side: https://").contains("'finesse' user AVAILABLE")
                .contains("the other side's announcement: without requestId");
    }

    @Test
    void theOtherSideEchoingTheRequestIdPassesTooAndIsReported() {
        SelfTestRun.Ran<Void> ran = SelfTestRun.against(twoNodes()
                .withVariants(Set.of(Variant.OTHER_SIDE_ECHOES_REQUEST_ID))).features(BOTH_SIDES).run("");

        assertThat(ran.outcome().failures()).as(ran.outcome().failureMessages()).isEmpty();
        assertThat(ran.log()).contains("the other side's announcement: requestId echoed");
    }

    @Test
    void aSideThatAnnouncesNothingFails() {
        FeatureRun.Outcome outcome = SelfTestRun.against(twoNodes().withFaults(Set.of(Fault.OTHER_SIDE_SILENT)))
                .eventTimeout("1.5").features(BOTH_SIDES).run("").outcome();

        assertThat(outcome.failures()).hasSize(2);
        assertThat(outcome.failureMessages()).contains("side (https://").contains("did not announce");
    }

    @Test
    void aSideThatReadsTheOldStateFails() {
        // a side that reads back the old state also misleads the putting back of agents read there
        FeatureRun.Outcome outcome = SelfTestRun.against(twoNodes().withFaults(Set.of(Fault.OTHER_SIDE_STALE_READ)))
                .agentsMayStayChanged().features(BOTH_SIDES).run("").outcome();

        assertThat(outcome.failures()).isNotEmpty();
        assertThat(outcome.failureMessages()).contains("read back from the").contains("expected: ");
    }

    @Test
    void aSideOutOfServiceThatStillAcceptsFails() {
        FeatureRun.Outcome outcome = SelfTestRun.against(twoNodes().withFaults(Set.of(Fault.OUT_OF_SERVICE_ACCEPTS)))
                .agentsMayStayChanged().features(A_SIDE_FAILS).run("").outcome();

        assertThat(outcome.failures()).hasSize(1);
        assertThat(outcome.failureMessages()).contains("503");
    }

    @Test
    void noRepeatOfTheLastStatesAfterACtiFailoverFails() {
        FeatureRun.Outcome outcome = SelfTestRun.against(twoNodes()
                .withFaults(Set.of(Fault.NO_REPUBLISH_AFTER_CTI_FAILOVER))).features(A_SIDE_FAILS).run("").outcome();

        assertThat(outcome.failures()).hasSize(1);
        assertThat(outcome.failureMessages()).contains("the agent's last state NOT_READY repeated after IN_SERVICE");
    }

    @Test
    void aSideGoingOutOfServiceInTheMiddleOfARunLeavesNoFalseFailure() {
        SelfTestRun.Ran<Void> ran = SelfTestRun.against(twoNodes())
                .meanwhile(3, settings -> control(settings).sideStatus("secondary", "OUT_OF_SERVICE"))
                .meanwhile(9, settings -> control(settings).sideStatus("secondary", "IN_SERVICE"))
                .run("not @simulator-only");

        assertThat(ran.outcome().failures()).as(ran.outcome().failureMessages()).isEmpty();
        assertThat(ran.log()).contains("the secondary side failed over");
    }

    @Test
    void aSideGoingIntoMaintenanceInTheMiddleOfARunLeavesNoFalseFailure() {
        SelfTestRun.Ran<Void> ran = SelfTestRun.against(twoNodes())
                // early in the run, so that the desktops have moved (COMPLETED) long before it ends
                .meanwhile(1, settings -> control(settings).startMaintenance("secondary"))
                .run("not @simulator-only");

        assertThat(ran.outcome().failures()).as(ran.outcome().failureMessages()).isEmpty();
        assertThat(ran.log()).contains("maintenance mode IN_PROGRESS").contains("Maintenance mode COMPLETED");
    }
}
