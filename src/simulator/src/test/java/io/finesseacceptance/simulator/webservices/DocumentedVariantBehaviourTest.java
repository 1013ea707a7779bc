package io.finesseacceptance.simulator.webservices;

import static io.finesseacceptance.simulator.SimulatorTestClient.signIn;
import static io.finesseacceptance.simulator.SimulatorTestClient.state;
import static io.finesseacceptance.simulator.webservices.StrictXml.xpath;
import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.Variant;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each documented variant answers in the other form the guide allows (docs/finesse-contract.md §16), and
 * each refusal fault in a form or with an error it does not; both as a client sees them.
 */
class DocumentedVariantBehaviourTest {

    private static final String ERROR_TYPE = "/Update/data/apiErrors/apiError/errorType";

    @RegisterExtension
    static final RunningSimulator sim = new RunningSimulator(DeploymentType.UCCE);

    private static void signInAndGoReady() {
        sim.putUser("1001", signIn("5001"), "1");
        sim.publisher.awaitNth(1);
        sim.putUser("1001", state("READY"), "2");
        sim.publisher.awaitNth(2);
    }

    private static String stateOf(String agent) {
        return xpath(sim.get("/finesse/api/User/" + agent, agent).body(), "/User/state");
    }

    @Test
    void byDefaultUcceRefusesReadyToLogoutAtOnceAndASignedOutNotReadyAfterAccepting() {
        HttpResponse<String> notReady = sim.putUser("1002", state("NOT_READY"), "1");
        assertThat(notReady.statusCode()).isEqualTo(202);
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), ERROR_TYPE)).isEqualTo("Invalid State");

        sim.publisher.clear();
        signInAndGoReady();
        HttpResponse<String> logout = sim.putUser("1001", state("LOGOUT"), "3");
        assertThat(logout.statusCode()).isEqualTo(400);
        assertThat(xpath(logout.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid State");
    }

    @Test
    void refuseAfterAcceptAcceptsReadyToLogoutAndRefusesItByAnErrorUpdate() {
        signInAndGoReady();
        sim.faults.enable(Variant.REFUSE_AFTER_ACCEPT);

        HttpResponse<String> logout = sim.putUser("1001", state("LOGOUT"), "3");

        assertThat(logout.statusCode()).isEqualTo(202);
        assertThat(logout.body()).isEmpty();
        String update = sim.publisher.awaitNth(3).updateXml();
        assertThat(xpath(update, "/Update/requestId")).isEqualTo("3");
        assertThat(xpath(update, ERROR_TYPE)).isEqualTo("Invalid State");
        assertThat(xpath(update, "/Update/data/apiErrors/apiError/errorData")).isEqualTo("LOGOUT");
        assertThat(stateOf("1001")).isEqualTo("READY");
    }

    @Test
    void refuseAtOnceRefusesASignedOutAgentsNotReadyWith400AndAnnouncesNothing() {
        sim.faults.enable(Variant.REFUSE_AT_ONCE);

        HttpResponse<String> notReady = sim.putUser("1001", state("NOT_READY"), "1");

        assertThat(notReady.statusCode()).isEqualTo(400);
        assertThat(xpath(notReady.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid State");
        // the next change is the first Update: the refusal published none
        sim.putUser("1001", signIn("5001"), "2");
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), "/Update/requestId")).isEqualTo("2");
    }

    @Test
    void unauthorizedWithoutBodyAnswersAWrongPasswordWithABare401() {
        sim.faults.enable(Variant.UNAUTHORIZED_WITHOUT_BODY);

        HttpResponse<String> response = sim.get("/finesse/api/User/1001", "1001", "wrong");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Finesse\"");
        assertThat(sim.get("/finesse/api/User/1001", "1001").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownUserAsUnauthorizedAnswersAnAgentReadingAMissingIdWith401() {
        assertThat(sim.get("/finesse/api/User/99999999", "1001").statusCode()).isEqualTo(404);
        sim.faults.enable(Variant.UNKNOWN_USER_AS_UNAUTHORIZED);

        HttpResponse<String> response = sim.get("/finesse/api/User/99999999", "1001");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(xpath(response.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid Authorization User Specified");
        assertThat(sim.getAsAdmin("/finesse/api/User/99999999").statusCode()).isEqualTo(404);
    }

    @Test
    void acceptStateChangeWith200AnswersReadyAndNotReadyWith200AndKeeps202ForSignInAndOut() {
        sim.faults.enable(Variant.ACCEPT_STATE_CHANGE_WITH_200);

        assertThat(sim.putUser("1001", signIn("5001"), "1").statusCode()).isEqualTo(202);
        sim.publisher.awaitNth(1);
        HttpResponse<String> ready = sim.putUser("1001", state("READY"), "2");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEmpty();
        sim.publisher.awaitNth(2);
        assertThat(sim.putUser("1001", state("NOT_READY"), "3").statusCode()).isEqualTo(200);
        sim.publisher.awaitNth(3);
        assertThat(sim.putUser("1001", state("LOGOUT"), "4").statusCode()).isEqualTo(202);
        // a change the CTI server refuses is still accepted with 202
        assertThat(sim.putUser("1002", state("NOT_READY"), "5").statusCode()).isEqualTo(202);
    }

    @Test
    void documentedRefusalAfterAcceptTurnsADocumentedAtOnceRefusalInto202AndAnErrorUpdate() {
        sim.faults.enable(Fault.DOCUMENTED_REFUSAL_AFTER_ACCEPT);

        HttpResponse<String> noState = sim.putUser("1001", "<User></User>", "1");

        assertThat(noState.statusCode()).isEqualTo(202);
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), ERROR_TYPE)).isEqualTo("Parameter Missing");
    }

    @Test
    void wrongRefusalErrorTypeSaysInvalidInputInBothForms() {
        signInAndGoReady();
        sim.faults.enable(Fault.WRONG_REFUSAL_ERROR_TYPE);

        HttpResponse<String> atOnce = sim.putUser("1001", state("LOGOUT"), "3");
        assertThat(atOnce.statusCode()).isEqualTo(400);
        assertThat(xpath(atOnce.body(), "/ApiErrors/ApiError/ErrorType")).isEqualTo("Invalid Input");

        sim.faults.enable(Variant.REFUSE_AFTER_ACCEPT);
        assertThat(sim.putUser("1001", state("LOGOUT"), "4").statusCode()).isEqualTo(202);
        assertThat(xpath(sim.publisher.awaitNth(3).updateXml(), ERROR_TYPE)).isEqualTo("Invalid Input");
    }

    @Test
    void silentRefusalAccepts202AndAnnouncesNothing() {
        sim.faults.enable(Fault.SILENT_REFUSAL);

        assertThat(sim.putUser("1001", state("NOT_READY"), "1").statusCode()).isEqualTo(202);

        // the next change is the first Update: the refusal published none
        sim.putUser("1001", signIn("5001"), "2");
        assertThat(xpath(sim.publisher.awaitNth(1).updateXml(), "/Update/requestId")).isEqualTo("2");
        assertThat(stateOf("1001")).isEqualTo("NOT_READY");
    }
}
