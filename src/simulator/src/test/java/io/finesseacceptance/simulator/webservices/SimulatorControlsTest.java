package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.SimulatorTestClient.withReason;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The switches a self-test flips on a running simulator, seen from the client's side. */
class SimulatorControlsTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    @Test
    void outOfServiceAnswers503UntilSwitchedBack() {
        SimulatorControls controls = sim.server.controls();
        controls.setOutOfService(true);

        assertThat(controls.systemStatus()).isEqualTo(SystemStatus.OUT_OF_SERVICE);
        assertThat(xpath(sim.get("/finesse/api/SystemInfo", "1001").body(), "/SystemInfo/status"))
                .isEqualTo("OUT_OF_SERVICE");
        assertOutOfService(sim.putUser("1001", signIn("5001"), "1"));
        assertThat(sim.publisher.all()).isEmpty();

        controls.setOutOfService(false);
        assertThat(sim.putUser("1001", signIn("5001"), "2").statusCode()).isEqualTo(202);
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), "/Update/requestId")).isEqualTo("2");
    }

    @Test
    void partialServiceAlsoAnswers503() {
        sim.server.controls().setSystemStatus(SystemStatus.PARTIAL_SERVICE);

        assertThat(xpath(sim.get("/finesse/api/SystemInfo", "1001").body(), "/SystemInfo/status"))
                .isEqualTo("PARTIAL_SERVICE");
        for (HttpResponse<String> response : List.of(sim.get("/finesse/api/User/1001", "1001"),
                sim.get("/finesse/api/User/1001/ReasonCodes?category=NOT_READY", "1001"))) {
            assertOutOfService(response);
        }
    }

    @Test
    void requiredLogoutReasonIsAMissingParameterUntilSwitchedOff() {
        SimulatorControls controls = sim.server.controls();
        sim.putUser("1001", signIn("5001"), "1");
        controls.setReasonCodeRequired(ReasonCodeCategory.LOGOUT, true);
        assertThat(controls.isReasonCodeRequired(ReasonCodeCategory.LOGOUT)).isTrue();

        HttpResponse<String> missing = sim.putUser("1001", state("LOGOUT"), "2");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(xpath(missing.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Parameter Missing");
        assertThat(xpath(missing.body(), "/ApiErrors/ApiError/ErrorData"))
                .isEqualTo("finesse.api.reasoncode.require_reasoncode");
        assertThat(sim.putUser("1001", withReason("LOGOUT", 7), "3").statusCode()).isEqualTo(202);
        sim.putUser("1001", signIn("5001"), "4");
        controls.setReasonCodeRequired(ReasonCodeCategory.LOGOUT, false);
        assertThat(sim.putUser("1001", state("LOGOUT"), "5").statusCode()).isEqualTo(202);
    }

    private static void assertOutOfService(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Service Unavailable");
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorMessage")).isEqualTo("SERVER_OUT_OF_SERVICE");
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorData")).isEmpty();
    }
}
