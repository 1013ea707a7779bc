package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.RunTarget;
import io.finesseacceptance.upgrade.UpgradeBaselineTask;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The self-tests run the features as users do, and leave the JVM's system properties alone. */
class FeatureRunRunsWhatUsersRunIT {

    @Test
    void aSelfTestRunChangesOnlyWhereReportsGo() throws IOException {
        Properties suite = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/junit-platform.properties")) {
            suite.load(in);
        }
        Map<String, String> run = FeatureRun.parameters(Map.of(LabSettings.BASE_URL, "https://lab.example:8445"),
                "@smoke");

        assertThat(FeatureRun.OVERRIDES).containsOnlyKeys("cucumber.plugin");
        assertThat(run.get("cucumber.plugin")).doesNotContain("Allure").doesNotContain("html:");
        // glue, parallelism, locks and naming come from the same file a user's run reads
        suite.stringPropertyNames().stream().filter(key -> !FeatureRun.OVERRIDES.containsKey(key))
                .forEach(key -> assertThat(run).as("self-test runs override %s", key).doesNotContainKey(key));
    }

    @Test
    void aSelfTestRunRecordsOrComparesNoUpgradeBaselineUnlessItsSettingsAsk() {
        Map<String, String> plain = FeatureRun.parameters(Map.of(), "@smoke");
        Map<String, String> recording = FeatureRun.parameters(
                Map.of(UpgradeBaselineTask.RECORD, "b.json"), "@smoke");

        // so a user's -Dfinesse.baseline.record=FILE reaches the suite's run, not the planted faults'
        assertThat(UpgradeBaselineTask.from(name -> Optional.ofNullable(
                plain.get(name)).or(() -> Optional.of("leaked.json"))).any()).isFalse();
        assertThat(recording).containsEntry(UpgradeBaselineTask.RECORD, "b.json");
    }

    @Test
    void settingsTravelWithTheRunNotAsSystemProperties() {
        TimeZone.getDefault(); // the JVM sets user.timezone on first use; the run may be that use
        Properties before = (Properties) System.getProperties().clone();

        FeatureRun.Outcome outcome = FeatureRun.run(Map.of(RunTarget.SETTING, "lab", LabSettings.BASE_URL, " "),
                FeatureRun.SIGN_OUT, "@sign-out");

        // the run saw FINESSE_TARGET=lab although no system property or environment variable said so
        assertThat(System.getProperty(RunTarget.SETTING)).isNull();
        assertThat(outcome.failureMessages()).contains("FINESSE_TARGET=lab asks for a lab");
        assertThat(System.getProperties()).isEqualTo(before);
    }
}
