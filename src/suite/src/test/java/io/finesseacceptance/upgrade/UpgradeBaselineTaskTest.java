package io.finesseacceptance.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.SettingsSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpgradeBaselineTaskTest {

    @Test
    void eachSettingIsReadAsAPropertyAndAsItsEnvironmentVariable() {
        assertThat(UpgradeBaselineTask.environmentName(UpgradeBaselineTask.RECORD)).isEqualTo("FINESSE_BASELINE_RECORD");
        assertThat(UpgradeBaselineTask.environmentName(UpgradeBaselineTask.HOST_NAMES))
                .isEqualTo("FINESSE_BASELINE_HOST_NAMES");

        UpgradeBaselineTask fromProperties = UpgradeBaselineTask.from(SettingsSource.of(Map.of(
                "finesse.baseline.compare", "before.json", "finesse.baseline.append", "true")));
        UpgradeBaselineTask fromEnvironment = UpgradeBaselineTask.from(SettingsSource.of(Map.of(
                "FINESSE_BASELINE_RECORD", "after.json", "FINESSE_BASELINE_VERDICT", "v.md")));

        assertThat(fromProperties.compare()).contains(Path.of("before.json"));
        assertThat(fromProperties.append()).isTrue();
        assertThat(fromProperties.verdict()).isEqualTo(UpgradeBaselineTask.DEFAULT_VERDICT);
        assertThat(fromEnvironment.record()).contains(Path.of("after.json"));
        assertThat(fromEnvironment.verdict()).isEqualTo(Path.of("v.md"));
    }

    @Test
    void aRunThatAsksForNoBaselineRecordsNothing() {
        UpgradeBaselineTask none = UpgradeBaselineTask.from(SettingsSource.of(Map.of()));

        assertThat(none.any()).isFalse();
        assertThat(none.newRecording().active()).isFalse();
        assertThat(none.finish(none.newRecording(), Optional.empty(), "x")).isEmpty();
    }
}
