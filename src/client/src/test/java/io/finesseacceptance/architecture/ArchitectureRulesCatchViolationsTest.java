package io.finesseacceptance.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Each rule, run over a tree with one planted violation of it, fails and names the planted class. */
class ArchitectureRulesCatchViolationsTest {

    private static final String PLANTED = "io.finesseacceptance.architecture.planted";
    private static final JavaClasses PLANTED_TREE = new ClassFileImporter().importPackages(PLANTED);
    private final ArchitectureRules rules = new ArchitectureRules(PLANTED);

    @Test
    void aStepThatSendsHttpFails() {
        assertThatThrownBy(() -> rules.stepsHoldNoHttpOrXmppCode().check(PLANTED_TREE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("StepThatSpeaksHttp")
                .hasMessageContaining("io.restassured.RestAssured");
    }

    @Test
    void loadCodeThatSpeaksXmppOrStartsTheSimulatorFails() {
        assertThatThrownBy(() -> rules.loadDrivesTheClientOnly().check(PLANTED_TREE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("LoadThatSpeaksXmpp")
                .hasMessageContaining("org.jivesoftware");
        assertThatThrownBy(() -> rules.onlyTheLoadCommandStartsTheSimulator().check(PLANTED_TREE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("LoadThatSpeaksXmpp")
                .hasMessageContaining("SimulatedThing");
    }

    @Test
    void aStepThatReachesTheSimulatorFails() {
        assertThatThrownBy(() -> rules.stepsNeverStartTheSimulatorThemselves().check(PLANTED_TREE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("StepThatStartsTheSimulator")
                .hasMessageContaining("SimulatedThing");
    }

    @Test
    void livingDocumentationThatReachesTheLabOrThatARunNeedsFails() {
        assertThatThrownBy(() -> rules.livingDocumentationOnlyReadsRuns().check(PLANTED_TREE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PageThatAsksTheSimulator")
                .hasMessageContaining("SimulatedThing");
        assertThatThrownBy(() -> rules.nothingRunsThroughTheLivingDocumentation().check(PLANTED_TREE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("StepThatWritesAPage")
                .hasMessageContaining("PageThatAsksTheSimulator");
    }

    @Test
    void aPackageCycleFails() {
        assertThatThrownBy(() -> rules.noPackageCycles().check(PLANTED_TREE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected")
                .hasMessageContaining("RestThatNeedsNotify").hasMessageContaining("NotifyThatNeedsRest");
    }

    @Test
    void aLowerLayerUsingAnotherFails() {
        assertThatThrownBy(() -> rules.layersPointOneWay("rest", "finesse", "settings").check(PLANTED_TREE))
                .isInstanceOf(AssertionError.class).hasMessageContaining("RestThatNeedsNotify");
    }
}
