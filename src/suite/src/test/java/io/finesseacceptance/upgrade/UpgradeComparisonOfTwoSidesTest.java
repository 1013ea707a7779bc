package io.finesseacceptance.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.Side;
import io.finesseacceptance.upgrade.Finding.Section;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A run on a deployment of two sides, compared side by side with the baseline and the two with each other. */
class UpgradeComparisonOfTwoSidesTest {

    private static final String USER_GET = "User (GET)";

    private static UpgradeVerdict compare(BaselineFixtures before, BaselineFixtures after) {
        return UpgradeComparison.compare(before.build(), after.build());
    }

    private static List<String> texts(UpgradeVerdict verdict, Section section) {
        return verdict.in(section).stream().map(Finding::text).toList();
    }

    /** Two sides of the release the baseline had. */
    private static BaselineFixtures twoSides(long seed) {
        return BaselineFixtures.lab(20, seed).secondary(BaselineFixtures.lab(20, seed + 100));
    }

    @Test
    void twoSidesOfTheSameReleaseAreNoChangeAgainstOneNodeOrTwo() {
        UpgradeVerdict againstOneNode = compare(BaselineFixtures.lab(20, 1), twoSides(2));
        UpgradeVerdict againstTwoSides = compare(twoSides(1), twoSides(2));

        assertThat(againstOneNode.findings()).isEmpty();
        assertThat(againstOneNode.headline()).startsWith("No change");
        assertThat(againstOneNode.markdown()).contains("## Sides on different releases\n\nNone.")
                .contains("each was compared with the baseline's single node, and the two with each other.");
        assertThat(againstTwoSides.findings()).isEmpty();
        assertThat(againstTwoSides.markdown()).contains("each was compared with the same side of the baseline");
    }

    @Test
    void aRunOfOneNodeShowsNoSidesSection() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2));

        assertThat(verdict.sections()).doesNotContain(Section.SIDES);
        assertThat(verdict.markdown()).doesNotContain("Sides on different releases").doesNotContain("primary side")
                .doesNotContain("This run had");
    }

    @Test
    void sidesOnDifferentReleasesAreNamedFieldByFieldAndDoNotFailTheRun() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2)
                .secondary(BaselineFixtures.lab(20, 3).systemInfo("ctiVersion", "21").systemInfo("finesseVersion",
                        "12.6(2)")));

        assertThat(texts(verdict, Section.SIDES)).containsExactly(
                "SystemInfo ctiVersion: primary side 20, secondary side 21",
                "SystemInfo finesseVersion: primary side (absent), secondary side 12.6(2)");
        assertThat(texts(verdict, Section.INFORMATION)).containsExactly(
                "secondary side: SystemInfo ctiVersion: 20 → 21",
                "secondary side: SystemInfo finesseVersion: (absent) → 12.6(2)");
        assertThat(verdict.breaking()).isFalse();
        assertThat(verdict.headline())
                .isEqualTo("Changed, nothing breaking: 2 warnings; its two sides answer as different releases");
        assertThat(verdict.markdown()).contains("## Sides on different releases\n\n"
                + "- ⚠ SystemInfo ctiVersion: primary side 20, secondary side 21\n");
    }

    @Test
    void aRenameOnTheUpgradedSideFailsThatSideAndShowsAsADifferenceBetweenTheSides() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2)
                .secondary(BaselineFixtures.lab(20, 3).document(USER_GET, "User", "User/loginId", "User/state",
                        "User/teamDisplayName", "User/extension")));

        assertThat(verdict.breaking()).isTrue();
        assertThat(verdict.in(Section.SHAPE)).extracting(Finding::breaking, Finding::text).containsExactly(
                Tuple.tuple(true, "secondary side: User (GET): element User/teamName removed (renamed teamDisplayName?)"),
                Tuple.tuple(false, "secondary side: User (GET): element User/teamDisplayName added"));
        assertThat(texts(verdict, Section.SIDES)).containsExactly(
                "User (GET): the primary side answers with User/teamName, the secondary side without it",
                "User (GET): the secondary side answers with User/teamDisplayName, the primary side without it");
    }

    @Test
    void aChangeOnOneSideIsThatSidesFindingAndOnBothSidesIsSaidOnce() {
        Baseline.RequestOutcome afterAccepting = new Baseline.RequestOutcome("202, empty body",
                "refused after accepting (an error Update)", List.of("error Update: Invalid State (LOGOUT)"));
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2)
                .request(BaselineFixtures.UCCE_REFUSAL, afterAccepting)
                .reasonCodes("NOT_READY", "id 1: code 10, Break")
                .notifications("requestId", "not echoed")
                .secondary(BaselineFixtures.lab(20, 3).notifications("requestId", "not echoed"))
                .answeredBySecondary(BaselineFixtures.UCCE_REFUSAL));

        assertThat(texts(verdict, Section.CONTRACT)).containsExactly(
                "secondary side: " + BaselineFixtures.UCCE_REFUSAL + ": was 400, Invalid State (LOGOUT), refused at"
                        + " once, no notification; now 202, empty body, refused after accepting (an error Update),"
                        + " notified [error Update: Invalid State (LOGOUT)]",
                "both sides: Notification requestId: was [echoed]; now [not echoed]");
        assertThat(texts(verdict, Section.REASON_CODES)).containsExactly(
                "primary side: NOT_READY reason code removed: id 2: code 11, Lunch");
    }

    @Test
    void whatOneSideDidNotMeetIsNotCountedAsRemoved() {
        BaselineFixtures before = BaselineFixtures.lab(20, 1)
                .document(USER_GET, "User", "User/loginId", "User/state", "User/teamName", "User/extension",
                        "User/ReasonCode", "User/ReasonCode/label")
                .document("ApiErrors", "ApiErrors", "ApiErrors/ApiError");
        // the primary met a user with a reason code, and an error; the secondary neither, nor read reason codes
        BaselineFixtures after = BaselineFixtures.lab(20, 2)
                .document(USER_GET, "User", "User/loginId", "User/state", "User/teamName", "User/extension",
                        "User/ReasonCode", "User/ReasonCode/label")
                .optional(USER_GET, "User/ReasonCode")
                .document("ApiErrors", "ApiErrors", "ApiErrors/ApiError")
                .secondary(BaselineFixtures.lab(20, 3).withoutReasonCodes());

        UpgradeVerdict verdict = compare(before, after);

        assertThat(verdict.findings()).isEmpty();
    }

    @Test
    void whatEitherSideOfTheBaselineMetCountsForBoth() {
        String[] withReason = {"User", "User/loginId", "User/state", "User/teamName", "User/extension",
            "User/ReasonCode", "User/ReasonCode/label"};
        // in the baseline only the primary read LOGOUT reason codes and met a user with a reason; now the secondary
        BaselineFixtures before = BaselineFixtures.lab(20, 1).reasonCodes("LOGOUT", "id 7: code 100, End of shift")
                .document(USER_GET, withReason).optional(USER_GET, "User/ReasonCode")
                .secondary(BaselineFixtures.lab(20, 2));
        BaselineFixtures after = BaselineFixtures.lab(20, 3).secondary(BaselineFixtures.lab(20, 4)
                .reasonCodes("LOGOUT", "id 7: code 100, End of shift").document(USER_GET, withReason)
                .optional(USER_GET, "User/ReasonCode"));

        assertThat(compare(before, after).findings()).isEmpty();
    }

    @Test
    void anElementNeitherSideShowedIsRemovedOnBothSides() {
        UpgradeVerdict verdict = compare(BaselineFixtures.lab(20, 1), BaselineFixtures.lab(20, 2)
                .document(USER_GET, "User", "User/loginId", "User/state", "User/extension")
                .secondary(BaselineFixtures.lab(20, 3).document(USER_GET, "User", "User/loginId", "User/state",
                        "User/extension")));

        assertThat(texts(verdict, Section.SHAPE)).containsExactly("both sides: User (GET): element User/teamName removed");
        assertThat(texts(verdict, Section.SIDES)).isEmpty();
    }

    @Test
    void anOldBaselineOfOneNodeIsReadAndEachSideIsComparedWithIt() throws URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(getClass().getResource("/upgrade/single-node-baseline-format-1.json"))
                .toURI());
        Baseline old = BaselineFile.read(file);
        Baseline run = twoSides(2)
                .latency(LabRecording.ALL_TRANSITIONS, BaselineFixtures.samples(20, 24, 8))
                .latency(LabRecording.allTransitionsOn(Side.PRIMARY), BaselineFixtures.samples(20, 12, 9))
                .latency(LabRecording.allTransitionsOn(Side.SECONDARY), BaselineFixtures.samples(60, 12, 10))
                .build();

        UpgradeVerdict verdict = UpgradeComparison.compare(old, run);

        assertThat(old.twoSides()).isFalse();
        assertThat(old.side(Side.SECONDARY)).isEqualTo(old.side(Side.PRIMARY));
        assertThat(verdict.latency()).extracting(LatencyShift::transition).containsExactly("LOGOUT requested",
                "every state change", "every state change on the primary side", "every state change on the secondary side");
        // the secondary's pool, three times slower, against the single node's pool of every state change
        assertThat(texts(verdict, Section.LATENCY)).singleElement().asString()
                .startsWith("every state change on the secondary side: p50 20.7 → ");
        assertThat(verdict.breaking()).isFalse();
        assertThat(verdict.markdown()).contains("each was compared with the baseline's single node");
    }
}
