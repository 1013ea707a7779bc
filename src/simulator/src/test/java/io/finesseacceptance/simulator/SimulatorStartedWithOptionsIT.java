package io.finesseacceptance.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulator started with options from the command line does what they say: supervisors, CA file, bind address. */
class SimulatorStartedWithOptionsIT {

    @Test
    void theSettingsNameTheSupervisorsOnlyWhenThereAreAny() {
        try (FinesseSimulator two = FinesseSimulator.start(run(List.of("--agents", "2", "--supervisors", "2")))) {
            Map<String, String> settings = two.labSettings();
            assertThat(settings).containsEntry("FINESSE_SUPERVISORS", "2001:Passw0rd!2001,2002:Passw0rd!2002")
                    .containsEntry("FINESSE_AGENTS", "1001:Passw0rd!1001:5001,1002:Passw0rd!1002:5002");
            // the supervisor signs in on REST like an agent
            SimulatorTestClient http = new SimulatorTestClient(settings);
            assertThat(http.api("/finesse/api/User/2002", "2002").statusCode()).isEqualTo(200);
            assertThat(http.api("/finesse/api/Team/5000", "2002").statusCode()).isEqualTo(200);
        }
        try (FinesseSimulator none = FinesseSimulator.start(run(List.of("--agents", "1", "--supervisors", "0")))) {
            assertThat(none.labSettings()).doesNotContainKey("FINESSE_SUPERVISORS");
            SimulatorTestClient http = new SimulatorTestClient(none.labSettings());
            assertThat(http.api("/finesse/api/User/2001", "2001").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aChosenCaFileIsWrittenAndKept(@TempDir Path folder) {
        Path ca = folder.resolve("sub/ca.pem");
        try (FinesseSimulator simulator = FinesseSimulator.start(run(List.of("--agents", "1", "--ca-file",
                ca.toString())))) {
            assertThat(simulator.labSettings()).containsEntry("FINESSE_CA_CERT", ca.toString());
            assertThat(ca).content().startsWith("-----BEGIN CERTIFICATE-----");
        }
        assertThat(ca).exists();
    }

    @Test
    void aChosenBindAddressIsWhereEveryDoorListensAndWhatTheSettingsSay() {
        try (FinesseSimulator simulator = FinesseSimulator.start(run(List.of("--agents", "1", "--bind",
                "127.0.0.2")))) {
            Map<String, String> settings = simulator.labSettings();
            assertThat(settings.get("FINESSE_BASE_URL")).startsWith("https://127.0.0.2:");
            assertThat(settings).containsEntry("FINESSE_XMPP_HOST", "127.0.0.2");
            assertThat(settings.get("FINESSE_SIMULATOR_CONTROL")).startsWith("http://127.0.0.2:");

            // the certificate names the address, so HTTPS with hostname checks works there
            SimulatorTestClient http = new SimulatorTestClient(settings);
            assertThat(http.api("/finesse/api/SystemInfo", "1001").statusCode()).isEqualTo(200);
            assertThat(http.control("GET", "/health", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void everyInterfaceIsAdvertisedAsLoopback() {
        assertThat(FinesseSimulator.advertisedHost("0.0.0.0")).isEqualTo("127.0.0.1");
        assertThat(FinesseSimulator.advertisedHost("::")).isEqualTo("127.0.0.1");
        assertThat(FinesseSimulator.advertisedHost("127.0.0.2")).isEqualTo("127.0.0.2");
    }

    private static SimulatorConfig run(List<String> args) {
        return ((SimulatorCommandLine.Run) SimulatorCommandLine.parse(args, new Properties())).options();
    }
}
