package io.finesseacceptance.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineMergeTest {

    @Test
    void whatTwoRunsOfTheSameReleaseDisagreeOnBecomesNoise() {
        Baseline first = BaselineFixtures.lab(20, 1).build();
        Baseline second = BaselineFixtures.lab(30, 2)
                .request(BaselineFixtures.SIGN_OUT, new Baseline.RequestOutcome("202, empty body", "accepted, nothing announced",
                        List.of()))
                .document("User (GET)", "User", "User/loginId", "User/state", "User/teamName", "User/extension",
                        "User/pendingState")
                .build();

        Baseline merged = BaselineMerge.of(first, second);

        assertThat(merged.runs()).isEqualTo(2);
        assertThat(merged.noise()).containsExactly("documents.User (GET): User/pendingState",
                "requests." + BaselineFixtures.SIGN_OUT);
        assertThat(merged.latency().get("LOGOUT requested").count()).isEqualTo(24);
        assertThat(merged.latency().get("LOGOUT requested").runP50Ms()).hasSize(2);
        assertThat(UpgradeComparison.compare(merged, second).findings()).isEmpty();
        assertThat(UpgradeComparison.compare(merged, first).findings()).isEmpty();
    }

    @Test
    void aRunOfAnotherReleaseIsNotNoise() {
        Baseline first = BaselineFixtures.lab(20, 1).build();
        Baseline upgraded = BaselineFixtures.lab(20, 2).systemInfo("ctiVersion", "21").build();

        assertThatThrownBy(() -> BaselineMerge.of(first, upgraded)).hasMessageContaining("ctiVersion=21")
                .hasMessageContaining("compare instead");
    }

    @Test
    void whatTheSecondarySidesOfTwoRunsDisagreeOnIsTheSecondarysNoise() {
        Baseline first = BaselineFixtures.lab(20, 1).secondary(BaselineFixtures.lab(20, 2)).build();
        Baseline second = BaselineFixtures.lab(20, 3).secondary(BaselineFixtures.lab(20, 4)
                .reasonCodes("NOT_READY", "id 1: code 10, Break")).build();

        Baseline merged = BaselineMerge.of(first, second);

        assertThat(merged.twoSides()).isTrue();
        assertThat(merged.noise()).containsExactly("secondary.reasonCodes.NOT_READY: id 2: code 11, Lunch");
        assertThat(UpgradeComparison.compare(merged, second).findings()).isEmpty();
        assertThat(UpgradeComparison.compare(merged, first).findings()).isEmpty();
    }

    @Test
    void aRunWhoseSecondaryIsOfAnotherReleaseIsNotNoise() {
        Baseline first = BaselineFixtures.lab(20, 1).secondary(BaselineFixtures.lab(20, 2)).build();
        Baseline mixed = BaselineFixtures.lab(20, 3)
                .secondary(BaselineFixtures.lab(20, 4).systemInfo("ctiVersion", "21")).build();

        assertThatThrownBy(() -> BaselineMerge.of(first, mixed)).hasMessageContaining("ctiVersion=21")
                .hasMessageContaining("on the secondary side");
    }
}
