package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.SimulatorTestClient.withReason;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A supervisor (2001, supervising Team A: 1001, 1002 and itself) changing agents' states: the rules UCCE and
 * UCCX share (docs/finesse-contract.md §19); 1003 is on Team B. {@link SupervisorStateChangeIT} runs them
 * on UCCE, {@link UccxSupervisorStateChangeIT} on UCCX.
 */
abstract class SupervisorStateChangeRules {

    static final String SUPERVISOR = "2001";

    abstract RunningSimulator sim();

    abstract String supervisorNotReadyReason();

    /** Signs the agent in and waits for the announcement, then forgets every Update so far. */
    void signedIn(String agentId, String... states) {
        RunningSimulator sim = sim();
        int expected = 1 + states.length;
        sim.putUser(agentId, signIn("5001"), "in");
        for (String state : states) {
            sim.putUser(agentId, state(state), "to-" + state);
        }
        sim.publisher.awaitNth(expected);
        sim.publisher.awaitNthOnTeam(expected);
        sim.publisher.clear();
    }

    String stateOf(String agentId) {
        return xpath(sim().get("/finesse/api/User/" + agentId, agentId).body(), "/User/state");
    }

    /** Proves nothing was published: a later change by the agent is the first Update on either node. */
    void assertNothingPublishedBefore(String agentId, String nextState) {
        RunningSimulator sim = sim();
        assertThat(sim.putUser(agentId, state(nextState), "later").statusCode()).isIn(200, 202);
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), "/Update/requestId")).isEqualTo("later");
        assertThat(xpath(sim.publisher.awaitNthOnTeam(1).updateXml(), "/Update/requestId")).isEqualTo("later");
        assertThat(sim.publisher.all()).hasSize(1);
    }

    @Test
    void logoutFromReadyIsAcceptedAndAnnouncedLikeTheAgentsOwn() {
        signedIn("1001", "READY");

        HttpResponse<String> response = sim().putUserAs(SUPERVISOR, "1001", state("LOGOUT"), "sup-1");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEmpty();
        RecordingPublisher.Published update = sim().publisher.awaitNth(1);
        assertThat(update.node()).isEqualTo("/finesse/api/User/1001");
        assertThat(xpath(update.updateXml(), "/Update/requestId")).isEqualTo("sup-1");
        assertThat(xpath(update.updateXml(), "/Update/source")).isEqualTo("/finesse/api/User/1001");
        assertThat(xpath(update.updateXml(), "/Update/data/user/state")).isEqualTo("LOGOUT");
        assertThat(xpath(update.updateXml(), "/Update/data/user/extension")).isEmpty();
        assertThat(xpath(update.updateXml(), "/Update/data/user/reasonCodeId")).isEmpty();
        assertThat(stateOf("1001")).isEqualTo("LOGOUT");
    }

    @Test
    void logoutFromNotReadyIsAccepted() {
        signedIn("1002");

        assertThat(sim().putUserAs(SUPERVISOR, "1002", state("LOGOUT"), "sup-2").statusCode()).isEqualTo(202);

        assertThat(xpath(sim().publisher.awaitNth(1).updateXml(), "/Update/data/user/state")).isEqualTo("LOGOUT");
    }

    @Test
    void logoutOfASignedOutAgentIsInvalidState() {
        HttpResponse<String> response = sim().putUserAs(SUPERVISOR, "1001", state("LOGOUT"), "sup-3");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid State");
    }

    @Test
    void notReadyFromReadyShowsTheHardCodedReasonCode() {
        signedIn("1001", "READY");

        assertThat(sim().putUserAs(SUPERVISOR, "1001", state("NOT_READY"), "sup-4").statusCode()).isEqualTo(202);

        String update = sim().publisher.awaitNth(1).updateXml();
        assertThat(xpath(update, "/Update/requestId")).isEqualTo("sup-4");
        assertThat(xpath(update, "/Update/data/user/state")).isEqualTo("NOT_READY");
        assertThat(xpath(update, "/Update/data/user/reasonCodeId")).isEqualTo(supervisorNotReadyReason());
        assertThat(xpath(update, "count(/Update/data/user/ReasonCode)")).isEqualTo("0");
        assertThat(xpath(sim().get("/finesse/api/User/1001", "1001").body(), "/User/reasonCodeId"))
                .isEqualTo(supervisorNotReadyReason());
    }

    @Test
    void notReadyFromNotReadyIsRefused() {
        signedIn("1001");

        HttpResponse<String> response = sim().putUserAs(SUPERVISOR, "1001", state("NOT_READY"), "sup-5");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid State");
        assertNothingPublishedBefore("1001", "READY");
    }

    @Test
    void notReadyWithAReasonCodeIsInvalidInputAndPublishesNothing() {
        signedIn("1001", "READY");

        HttpResponse<String> response = sim().putUserAs(SUPERVISOR, "1001", withReason("NOT_READY", 1), "sup-6");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid Input");
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorData")).isEqualTo("reasonCodeId");
        assertThat(stateOf("1001")).isEqualTo("READY");
        assertNothingPublishedBefore("1001", "NOT_READY");
    }

    @Test
    void readyFromNotReadyIsAccepted() {
        signedIn("1002");

        assertThat(sim().putUserAs(SUPERVISOR, "1002", state("READY"), "sup-7").statusCode()).isEqualTo(202);

        assertThat(xpath(sim().publisher.awaitNth(1).updateXml(), "/Update/data/user/state")).isEqualTo("READY");
    }

    @Test
    void loginIsNotASupervisorsToSet() {
        HttpResponse<String> response = sim().putUserAs(SUPERVISOR, "1001", signIn("5001"), "sup-8");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid State");
        assertThat(stateOf("1001")).isEqualTo("LOGOUT");
    }

    @Test
    void anUnknownStateIsInvalidInput() {
        signedIn("1001");

        HttpResponse<String> response = sim().putUserAs(SUPERVISOR, "1001", state("TALKING"), "sup-9");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid Input");
    }

    @Test
    void anAgentOutsideTheSupervisorsTeamsIsInvalidSupervisor() {
        signedIn("1003");

        HttpResponse<String> response = sim().putUserAs(SUPERVISOR, "1003", state("LOGOUT"), "sup-10");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid Supervisor");
        assertThat(stateOf("1003")).isEqualTo("NOT_READY");
        assertNothingPublishedBefore("1003", "READY");
    }

    @Test
    void theSupervisorOnItsOwnUserFollowsTheAgentRules() {
        sim().putUser(SUPERVISOR, signIn("6001"), "own-1");
        sim().putUser(SUPERVISOR, state("NOT_READY"), "own-2");
        sim().publisher.awaitNth(2);
        sim().putUser(SUPERVISOR, withReason("NOT_READY", 1), "own-3");

        String update = sim().publisher.awaitNth(3).updateXml();
        assertThat(xpath(update, "/Update/requestId")).isEqualTo("own-3");
        assertThat(xpath(update, "/Update/data/user/reasonCodeId")).isEqualTo("1");
    }

    @Test
    void anAgentActingOnAnotherAgentIsStillInvalidAuthorization() {
        signedIn("1002");

        HttpResponse<String> response = sim().putUserAs("1001", "1002", state("LOGOUT"), "a-1");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType"))
                .isEqualTo("Invalid Authorization User Specified");
    }
}
