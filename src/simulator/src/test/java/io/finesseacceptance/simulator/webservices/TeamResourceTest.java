package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.SimulatorTestClient.withReason;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpathJoined;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET Team, the supervisor's own User, and the team Update (docs/finesse-contract.md §19). */
class TeamResourceTest {

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    @Test
    void theSupervisorReadsItsTeamWithAMemberSummaryEach() {
        sim.putUser("1001", signIn("5001"), "1");
        sim.putUser("1001", withReason("NOT_READY", 1), "2");
        sim.publisher.awaitNth(2);

        HttpResponse<String> response = sim.get("/finesse/api/Team/5000", "2001");

        assertThat(response.statusCode()).isEqualTo(200);
        String team = response.body();
        assertThat(StrictXml.rootName(team)).isEqualTo("Team");
        assertThat(xpath(team, "/Team/uri")).isEqualTo("/finesse/api/Team/5000");
        assertThat(xpath(team, "/Team/id")).isEqualTo("5000");
        assertThat(xpath(team, "/Team/name")).isEqualTo("Team A");
        assertThat(xpathJoined(team, "/Team/users/User/loginId")).isEqualTo("1001,1002,2001");
        String first = "/Team/users/User[1]/";
        assertThat(xpath(team, first + "uri")).isEqualTo("/finesse/api/User/1001");
        assertThat(xpath(team, first + "firstName")).isEqualTo("Agent");
        assertThat(xpath(team, first + "lastName")).isEqualTo("1001");
        assertThat(xpath(team, first + "dialogs")).isEqualTo("/finesse/api/User/1001/Dialogs");
        assertThat(xpath(team, first + "extension")).isEqualTo("5001");
        assertThat(xpath(team, "count(" + first + "pendingState)")).isEqualTo("1");
        assertThat(xpath(team, first + "state")).isEqualTo("NOT_READY");
        assertThat(xpath(team, first + "stateChangeTime")).isNotEmpty();
        assertThat(xpath(team, first + "ReasonCode/id")).isEqualTo("1");
        assertThat(xpath(team, "/Team/users/User[2]/state")).isEqualTo("LOGOUT");
        assertThat(xpath(team, "count(/Team/users/User[2]/ReasonCode)")).isEqualTo("0");
        assertThat(xpath(team, "count(/Team/users/User[1]/reasonCodeId)")).isEqualTo("0");
    }

    @Test
    void aTeamTheCallerDoesNotSuperviseIs401() {
        HttpResponse<String> bySupervisor = sim.get("/finesse/api/Team/5001", "2001");
        HttpResponse<String> byAgent = sim.get("/finesse/api/Team/5000", "1001");

        for (HttpResponse<String> response : List.of(bySupervisor, byAgent)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType"))
                    .isEqualTo("Invalid Authorization User Specified");
        }
    }

    @Test
    void anUnknownTeamIs404() {
        HttpResponse<String> response = sim.get("/finesse/api/Team/4242", "2001");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Not Found");
    }

    @Test
    void theSupervisorsUserShowsBothRolesAndItsTeams() {
        String user = sim.get("/finesse/api/User/2001", "2001").body();

        assertThat(xpathJoined(user, "/User/roles/role")).isEqualTo("Agent,Supervisor");
        assertThat(xpath(user, "/User/teamId")).isEqualTo("5000");
        assertThat(xpath(user, "/User/teamName")).isEqualTo("Team A");
        assertThat(xpath(user, "count(/User/teams/Team)")).isEqualTo("1");
        assertThat(xpath(user, "/User/teams/Team/uri")).isEqualTo("/finesse/api/Team/5000");
        assertThat(xpath(user, "/User/teams/Team/id")).isEqualTo("5000");
        assertThat(xpath(user, "/User/teams/Team/name")).isEqualTo("Team A");
        assertThat(xpath(user, "/User/extension")).isEmpty();
    }

    @Test
    void agentsKeepTheirShapeWithTheirTeams() {
        String first = sim.get("/finesse/api/User/1001", "1001").body();
        String last = sim.get("/finesse/api/User/1003", "1003").body();

        assertThat(xpathJoined(first, "/User/roles/role")).isEqualTo("Agent");
        assertThat(xpath(first, "count(/User/teams)")).isEqualTo("0");
        assertThat(xpath(first, "/User/teamId") + " " + xpath(first, "/User/teamName")).isEqualTo("5000 Team A");
        assertThat(xpath(last, "/User/teamId") + " " + xpath(last, "/User/teamName")).isEqualTo("5001 Team B");
    }

    @Test
    void everyMemberChangeIsPublishedOnItsTeamNodeWithTheSummary() {
        sim.putUser("1001", signIn("5001"), "t-1");
        sim.putUser("1003", signIn("5003"), "t-2");
        sim.putUserAs("2001", "1001", state("READY"), "t-3");

        sim.publisher.awaitNthOnTeam(3);
        assertThat(sim.publisher.team()).extracting(RecordingPublisher.Published::node).containsExactlyInAnyOrder(
                "/finesse/api/Team/5000/Users", "/finesse/api/Team/5001/Users", "/finesse/api/Team/5000/Users");
        RecordingPublisher.Published byTheSupervisor = sim.publisher.team().stream()
                .filter(p -> xpath(p.updateXml(), "/Update/requestId").equals("t-3")).findFirst().orElseThrow();
        String update = byTheSupervisor.updateXml();
        assertThat(byTheSupervisor.node()).isEqualTo("/finesse/api/Team/5000/Users");
        assertThat(xpath(update, "/Update/event")).isEqualTo("PUT");
        assertThat(xpath(update, "/Update/source")).isEqualTo("/finesse/api/User/1001");
        assertThat(xpath(update, "/Update/data/user/loginId")).isEqualTo("1001");
        assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("READY");
        assertThat(xpath(update, "/Update/data/user/extension")).isEqualTo("5001");
        assertThat(xpath(update, "count(/Update/data/user/roles)")).isEqualTo("0");
    }
}
