package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each fault must produce a difference the acceptance suite can observe. */
class FaultSwitchBehaviourTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    @Test
    void noLogoutNotificationSignsOutSilently() {
        sim.faults.enable(Fault.NO_LOGOUT_NOTIFICATION);

        sim.putUser("1001", signIn("5001"), "1");
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), "/Update/requestId")).isEqualTo("1");
        assertThat(sim.putUser("1001", state("LOGOUT"), "2").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(5)).until(
                () -> xpath(sim.get("/finesse/api/User/1001", "1001").body(), "/User/state").equals("LOGOUT"));
        // a later, unfaulted change proves the silent one was not merely late
        sim.faults.disable(Fault.NO_LOGOUT_NOTIFICATION);
        sim.putUser("1001", signIn("5001"), "3");
        assertThat(xpath(sim.publisher.awaitNth(2).updateXml(), "/Update/requestId")).isEqualTo("3");
        assertThat(sim.publisher.all()).hasSize(2);
    }

    @Test
    void acceptWith200ChangesOnlyTheStatusCode() {
        sim.faults.enable(Fault.ACCEPT_WITH_200);

        HttpResponse<String> response = sim.putUser("1001", signIn("5001"), "1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), "/Update/data/user/state")).isEqualTo("NOT_READY");
    }

    @Test
    void nonEmptyAcceptBodyAnswersWithTheUser() {
        sim.faults.enable(Fault.NON_EMPTY_ACCEPT_BODY);

        HttpResponse<String> response = sim.putUser("1001", signIn("5001"), "1");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(StrictXml.rootName(response.body())).isEqualTo("User");
        sim.publisher.awaitNth(1);
    }

    @Test
    void wrongStateInNotificationKeepsTheAgentNotReady() {
        sim.putUser("1001", signIn("5001"), "1");
        sim.faults.enable(Fault.WRONG_STATE_IN_NOTIFICATION);

        assertThat(sim.putUser("1001", state("LOGOUT"), "2").statusCode()).isEqualTo(202);

        String update = sim.publisher.awaitNth(2).updateXml();
        assertThat(xpath(update, "/Update/requestId")).isEqualTo("2");
        assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("NOT_READY");
        assertThat(xpath(sim.get("/finesse/api/User/1001", "1001").body(), "/User/state")).isEqualTo("NOT_READY");
    }

    @Test
    void clearingFaultsRestoresFinesseBehaviour() {
        for (Fault fault : Fault.values()) {
            sim.faults.enable(fault);
        }
        sim.faults.clear();

        HttpResponse<String> response = sim.putUser("1001", signIn("5001"), "1");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), "/Update/data/user/state")).isEqualTo("NOT_READY");
    }
}
