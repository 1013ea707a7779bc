package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.SimulatorTestClient.withReason;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each supervisor and team fault misbehaves as its Javadoc says, and observably (docs/finesse-contract.md §19). */
class SupervisorFaultsTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    private void signedIn(String agentId, String... states) {
        sim.putUser(agentId, signIn("5001"), "in");
        for (String state : states) {
            sim.putUser(agentId, state(state), "to-" + state);
        }
        sim.publisher.awaitNth(1 + states.length);
        sim.publisher.awaitNthOnTeam(1 + states.length);
        sim.publisher.clear();
    }

    private String stateOf(String agentId) {
        return xpath(sim.get("/finesse/api/User/" + agentId, agentId).body(), "/User/state");
    }

    @Test
    void supervisorLogoutNotAnnouncedSignsOutWithoutAnyUpdate() {
        signedIn("1001", "READY");
        sim.faults.enable(Fault.SUPERVISOR_LOGOUT_NOT_ANNOUNCED);

        assertThat(sim.putUserAs("2001", "1001", state("LOGOUT"), "sup").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(5)).until(() -> stateOf("1001").equals("LOGOUT"));
        // the agent's own sign-in afterwards is announced, on both nodes, and is the first Update
        sim.putUser("1001", signIn("5001"), "after");
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), "/Update/requestId")).isEqualTo("after");
        assertThat(xpath(sim.publisher.awaitNthOnTeam(1).updateXml(), "/Update/requestId")).isEqualTo("after");
        assertThat(sim.publisher.all()).hasSize(1);
        assertThat(sim.publisher.team()).hasSize(1);
    }

    @Test
    void supervisorLogoutNotAnnouncedLeavesOtherSupervisorChangesAnnounced() {
        signedIn("1001", "READY");
        sim.faults.enable(Fault.SUPERVISOR_LOGOUT_NOT_ANNOUNCED);

        sim.putUserAs("2001", "1001", state("NOT_READY"), "sup-nr");

        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), "/Update/requestId")).isEqualTo("sup-nr");
    }

    @Test
    void teamNotNotifiedPublishesOnTheUsersNodeOnly() {
        sim.faults.enable(Fault.TEAM_NOT_NOTIFIED);

        sim.putUser("1001", signIn("5001"), "1");
        sim.putUserAs("2001", "1001", state("READY"), "2");

        sim.publisher.awaitNth(2);
        assertThat(sim.publisher.all()).extracting(RecordingPublisher.Published::node)
                .containsOnly("/finesse/api/User/1001");
        assertThat(sim.publisher.team()).isEmpty();
    }

    @Test
    void supervisorOutsideTeamAcceptedChangesAnAgentOnAnotherTeam() {
        signedIn("1003");
        sim.faults.enable(Fault.SUPERVISOR_OUTSIDE_TEAM_ACCEPTED);

        HttpResponse<String> response = sim.putUserAs("2001", "1003", state("LOGOUT"), "outside");

        assertThat(response.statusCode()).isEqualTo(202);
        String update = sim.publisher.awaitNth(1).updateXml();
        assertThat(xpath(update, "/Update/requestId")).isEqualTo("outside");
        assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("LOGOUT");
        assertThat(sim.publisher.awaitNthOnTeam(1).node()).isEqualTo("/finesse/api/Team/5001/Users");
    }

    @Test
    void supervisorReasonCodeAcceptedAppliesTheReason() {
        signedIn("1001", "READY");
        sim.faults.enable(Fault.SUPERVISOR_REASON_CODE_ACCEPTED);

        HttpResponse<String> response = sim.putUserAs("2001", "1001", withReason("NOT_READY", 1), "with-reason");

        assertThat(response.statusCode()).isEqualTo(202);
        String update = sim.publisher.awaitNth(1).updateXml();
        assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("NOT_READY");
        assertThat(xpath(update, "/Update/data/user/reasonCodeId")).isEqualTo("1");
    }
}
