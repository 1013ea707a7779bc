package io.finesseacceptance.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which Finesse a run tests: the simulator only when nobody asked for a lab and none is configured. */
class RunTargetTest {

    private static final String LAB_URL = "https://finesse.lab.example:8445";
    private final Map<String, String> values = new HashMap<>();

    private RunTarget decide() {
        return RunTarget.decide(SettingsSource.of(values));
    }

    private void assertStopsWith(String line) {
        assertThatThrownBy(this::decide).isInstanceOf(LabSettingsException.class)
                .satisfies(error -> assertThat(((LabSettingsException) error).problems()).containsExactly(line));
    }

    @Test
    void unsetTestsTheSimulatorWithoutABaseUrlAndTheLabWithOne() {
        assertThat(decide()).isEqualTo(RunTarget.SIMULATOR);
        values.put(LabSettings.BASE_URL, LAB_URL);
        assertThat(decide()).isEqualTo(RunTarget.LAB);
    }

    @Test
    void aBlankTargetCountsAsUnset() {
        values.put(RunTarget.SETTING, "  ");
        assertThat(decide()).isEqualTo(RunTarget.SIMULATOR);
    }

    @Test
    void labWithABaseUrlTestsTheLab() {
        values.put(RunTarget.SETTING, "LAB");
        values.put(LabSettings.BASE_URL, LAB_URL);
        assertThat(decide()).isEqualTo(RunTarget.LAB);
    }

    @Test
    void labWithoutABaseUrlStopsNamingIt() {
        values.put(RunTarget.SETTING, "lab");
        assertStopsWith("FINESSE_BASE_URL is not set, but FINESSE_TARGET=lab asks for a lab: no Finesse to test"
                + " (is the secret missing or blank?)");
    }

    @Test
    void labWithABlankBaseUrlStopsToo() {
        // an unset GitHub secret arrives as an empty string, not as a missing variable
        values.put(RunTarget.SETTING, "lab");
        values.put(LabSettings.BASE_URL, " ");
        assertThatThrownBy(this::decide).hasMessageContaining("FINESSE_BASE_URL is not set");
    }

    @Test
    void simulatorWithABaseUrlIsAContradiction() {
        values.put(RunTarget.SETTING, "simulator");
        values.put(LabSettings.BASE_URL, LAB_URL);
        assertStopsWith("FINESSE_TARGET=simulator, but FINESSE_BASE_URL is set: say which Finesse to test");
    }

    @Test
    void simulatorWithoutABaseUrlTestsTheSimulator() {
        values.put(RunTarget.SETTING, "simulator");
        assertThat(decide()).isEqualTo(RunTarget.SIMULATOR);
    }

    @Test
    void anUnknownTargetStops() {
        values.put(RunTarget.SETTING, "staging");
        assertStopsWith("FINESSE_TARGET must be lab or simulator, not 'staging'");
    }

    @Test
    void thePropertyWinsOverTheEnvironmentAndIsNamedInTheLine() {
        values.put(RunTarget.SETTING, "simulator");
        values.put(RunTarget.PROPERTY, "lab");
        assertStopsWith("FINESSE_BASE_URL is not set, but -Dfinesse.target=lab asks for a lab: no Finesse to test"
                + " (is the secret missing or blank?)");
    }
}
