package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UccxStateChangeTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCX);

    @Test
    void signOutFromReadyIsAccepted() {
        sim.putUser("1001", signIn("5001"), "1");
        sim.putUser("1001", state("READY"), "2");

        assertThat(sim.putUser("1001", state("LOGOUT"), "3").statusCode()).isEqualTo(202);

        assertThat(xpath(sim.publisher.awaitNth(3).updateXml(), "/Update/data/user/state")).isEqualTo("LOGOUT");
    }

    @Test
    void ctiRejectionUsesTheUccxErrorCode() {
        assertThat(sim.putUser("1001", state("READY"), "r").statusCode()).isEqualTo(202);

        String update = sim.publisher.awaitNth(1).updateXml();
        assertThat(xpath(update, "/Update/data/apiErrors/apiError/errorData")).isEqualTo("1010");
        assertThat(xpath(update, "/Update/data/apiErrors/apiError/errorMessage")).isEqualTo("CF_INVALID_PARAMETER");
    }

    @Test
    void systemInfoSaysUccx() {
        assertThat(xpath(sim.get("/finesse/api/SystemInfo", "1001").body(), "/SystemInfo/deploymentType"))
                .isEqualTo("UCCX");
    }
}
