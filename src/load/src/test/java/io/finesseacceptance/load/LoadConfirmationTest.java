package io.finesseacceptance.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.SettingsSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadConfirmationTest {

    private static final String LAB = "https://finesse-load.example.com:8445";

    @Test
    void theSimulatorNeedsNoConfirmation() {
        assertThat(LoadConfirmation.refusal(SettingsSource.of(Map.of()))).isEmpty();
        assertThat(LoadConfirmation.refusal(SettingsSource.of(Map.of("FINESSE_BASE_URL", " ")))).isEmpty();
    }

    @Test
    void aLabWithoutConfirmationIsRefusedInOneLineNamingTheUrl() {
        assertThat(LoadConfirmation.refusal(SettingsSource.of(Map.of("FINESSE_BASE_URL", LAB))))
                .hasValue("FINESSE_LOAD_CONFIRM must name " + LAB
                        + ": a shared production Finesse must never be loaded by accident");
    }

    @Test
    void aConfirmationNamingAnotherFinesseIsRefused() {
        assertThat(LoadConfirmation.refusal(SettingsSource.of(Map.of("FINESSE_BASE_URL", LAB,
                "FINESSE_LOAD_CONFIRM", "https://finesse-prod.example.com:8445")))).isPresent();
        assertThat(LoadConfirmation.refusal(SettingsSource.of(Map.of("FINESSE_BASE_URL", LAB,
                "FINESSE_LOAD_CONFIRM", "yes")))).isPresent();
        assertThat(LoadConfirmation.refusal(SettingsSource.of(Map.of("FINESSE_BASE_URL", LAB,
                "FINESSE_LOAD_CONFIRM", "")))).isPresent();
    }

    @Test
    void theSameBaseUrlConfirmsEvenWithATrailingSlash() {
        assertThat(LoadConfirmation.refusal(SettingsSource.of(Map.of("FINESSE_BASE_URL", LAB,
                "FINESSE_LOAD_CONFIRM", LAB)))).isEmpty();
        assertThat(LoadConfirmation.refusal(SettingsSource.of(Map.of("FINESSE_BASE_URL", LAB + "/",
                "FINESSE_LOAD_CONFIRM", " " + LAB + " ")))).isEmpty();
    }

    @Test
    void theCommandRefusesBeforeTouchingAnything() {
        // the refusal is decided from the settings alone: no address is resolved, nothing is opened
        assertThat(LoadConfirmation.refusal(SettingsSource.of(Map.of("FINESSE_BASE_URL", "https://unresolvable.invalid"))))
                .hasValueSatisfying(line -> assertThat(line).doesNotContain("\n"));
    }
}
