package io.finesseacceptance.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.upgrade.Finding.Section;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class UpgradeComparisonTest {

    private static UpgradeVerdict compare(BaselineFixtures before, BaselineFixtures after) {
        return UpgradeComparison.compare(before.build(), after.build());
    }

    private static List<String> texts(UpgradeVerdict verdict, Section section) {
        return verdict.in(section).stream().map(Finding::text).toList();
    }

    @Test
    void theSameLabAgainIsNoChange() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2));

        assertThat(verdict.findings()).isEmpty();
        assertThat(verdict.noChange()).isTrue();
        assertThat(verdict.breaking()).isFalse();
        assertThat(verdict.headline()).startsWith("No change");
        assertThat(verdict.markdown()).contains("## Contract changes\n\nNone.").contains("| LOGOUT requested | 12 → 12 |");
    }

    @Test
    void aRefusalThatMovedFromAtOnceToAfterAcceptingIsABreakingContractChange() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2).request(BaselineFixtures.UCCE_REFUSAL,
                new Baseline.RequestOutcome("202, empty body", "refused after accepting (an error Update)",
                        List.of("error Update: Invalid State (LOGOUT)"))));

        assertThat(verdict.breaking()).isTrue();
        assertThat(texts(verdict, Section.CONTRACT)).singleElement().asString()
                .contains(BaselineFixtures.UCCE_REFUSAL)
                .contains("was 400, Invalid State (LOGOUT), refused at once, no notification")
                .contains("now 202, empty body, refused after accepting (an error Update), notified [error Update:");
    }

    @Test
    void aScenarioThatPassedBeforeAndFailsNowBreaks() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1),
                BaselineFixtures.lab(20, 2).scenario("agent_signs_out.feature: The agent signs out", "failed"));

        assertThat(verdict.breaking()).isTrue();
        assertThat(texts(verdict, Section.CONTRACT)).containsExactly(
                "Scenario \"agent_signs_out.feature: The agent signs out\": passed before, failed now");
    }

    @Test
    void aRemovedElementBreaksAndARenameIsGuessedWhileAnAddedOneOnlyInforms() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2).document("User (GET)", "User",
                "User/loginId", "User/state", "User/teamDisplayName", "User/extension", "User/skillTargetId"));

        assertThat(verdict.breaking()).isTrue();
        assertThat(verdict.in(Section.SHAPE)).extracting(Finding::breaking, Finding::text).containsExactly(
                Tuple.tuple(true, "User (GET): element User/teamName removed (renamed teamDisplayName?)"),
                Tuple.tuple(false, "User (GET): element User/skillTargetId added"),
                Tuple.tuple(false, "User (GET): element User/teamDisplayName added"));
    }

    @Test
    void reasonCodesAddedOrRemovedWarnWithoutBreaking() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1),
                BaselineFixtures.lab(20, 2).reasonCodes("NOT_READY", "id 1: code 10, Break", "id 4: code 13, Training"));

        assertThat(verdict.breaking()).isFalse();
        assertThat(verdict.noChange()).isFalse();
        assertThat(texts(verdict, Section.REASON_CODES)).containsExactly(
                "NOT_READY reason code removed: id 2: code 11, Lunch",
                "NOT_READY reason code added: id 4: code 13, Training");
        assertThat(verdict.headline()).isEqualTo("Changed, nothing breaking: 2 warnings");
    }

    @Test
    void aNewVersionInformsWhileAnotherDeploymentTypeBreaks() {
        UpgradeVerdict newVersion = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2).systemInfo("ctiVersion", "21"));
        UpgradeVerdict otherLab = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2).systemInfo("deploymentType", "UCCX"));

        assertThat(texts(newVersion, Section.INFORMATION)).containsExactly("SystemInfo ctiVersion: 20 → 21");
        assertThat(newVersion.noChange()).isTrue();
        assertThat(otherLab.breaking()).isTrue();
    }

    @Test
    void aChangedNotificationFormIsAContractChange() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2).notifications("requestId", "not echoed"));

        assertThat(texts(verdict, Section.CONTRACT)).containsExactly("Notification requestId: was [echoed]; now [not echoed]");
    }

    @Test
    void aRequestNotSentThisRunOnlyInforms() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2).withoutRequest(BaselineFixtures.SIGN_OUT));

        assertThat(verdict.breaking()).isFalse();
        assertThat(texts(verdict, Section.INFORMATION)).singleElement().asString().contains("not sent this run");
    }

    @Test
    void whatTheBaselinesOwnRunsDisagreedOnIsNeverReported() {
        BaselineFixtures before = BaselineFixtures.lab(20, 1).noise("requests." + BaselineFixtures.UCCE_REFUSAL)
                .noise("documents.User (GET): User/teamName").noise("reasonCodes.NOT_READY");
        BaselineFixtures after = BaselineFixtures.lab(20, 2)
                .request(BaselineFixtures.UCCE_REFUSAL, new Baseline.RequestOutcome("202, empty body", "accepted", List.of()))
                .document("User (GET)", "User", "User/loginId", "User/state", "User/extension")
                .reasonCodes("NOT_READY", "id 1: code 10, Break");

        assertThat(compare(before, after).findings()).isEmpty();
    }

    @Test
    void aThreeTimesSlowerCtiLinkIsALatencyShiftWithItsFigures() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(22, 1), BaselineFixtures.lab(22, 2)
                .latency("LOGOUT requested", BaselineFixtures.samples(62, 12, 3)));

        assertThat(verdict.breaking()).isFalse();
        assertThat(texts(verdict, Section.LATENCY)).singleElement().asString()
                .startsWith("LOGOUT requested: p50 ").contains("95% interval").contains("noise floor");
        assertThat(verdict.markdown()).contains("⚠ shifted");
    }
}
