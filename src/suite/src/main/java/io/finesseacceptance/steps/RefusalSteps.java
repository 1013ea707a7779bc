package io.finesseacceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.Refusal;
import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.rest.FinesseResponse;
import java.util.List;

/**
 * What Finesse answers to requests it refuses, in the forms Cisco's guide documents for each
 * (docs/finesse-contract.md §8, §9, §16). Where the guide allows more than one form, every step accepts
 * each of them and puts the one the lab used into the report and the log.
 */
public class RefusalSteps {

    private static final String EITHER_FORM = ", at once \\((\\d{3})\\) or after accepting"
            + " \\(an empty 202, then an error notification\\)$";

    private static final String WRONG_PASSWORD = "its user with a wrong password";

    private final ScenarioAgents agents;
    private final StepEvidence evidence;

    public RefusalSteps(ScenarioAgents agents, StepEvidence evidence) {
        this.agents = agents;
        this.evidence = evidence;
    }

    /** The only form the guide documents for these refusals: the status, and an ApiError of the type in the body. */
    @Checks({"§8.1", "§16.1"})
    @Then("^Finesse refuses at once with (\\d{3}) and an? (.+) error$")
    public void finesseRefusesAtOnce(int status, String errorType) {
        FinesseResponse answer = agents.lastAnswer();
        assertThat(answer.status()).as("agent %s: expected Finesse to refuse at once with %d and an error of type %s"
                        + " (the only form the guide documents for this refusal), but it answered %s",
                agents.agent().id(), status, errorType, answer.describe()).isEqualTo(status);
        assertThat(answer.apiErrors()).as("agent %s: expected an error of type %s in the answer %s",
                agents.agent().id(), errorType, answer.describe()).anyMatch(error -> error.isOfType(errorType));
    }

    /** Where the guide leaves the form open (§16.1): either, with an error of the type in whichever came. */
    @Checks({"§8.1", "§9.1", "§16.1"})
    @Then("^Finesse refuses with an? (.+) error" + EITHER_FORM)
    public void finesseRefusesInEitherForm(String errorType, int status) {
        Refusal refusal = refusal(status, "an error of type " + errorType);
        assertThat(refusal.errors()).as("agent %s: expected an error of type %s in the refusal (%s): %s",
                agents.agent().id(), errorType, refusal.formName(), refusal.describe())
                .anyMatch(error -> error.isOfType(errorType));
    }

    /** As above, where neither the guide nor the suite knows the type: any error will do. */
    @Checks({"§8.1", "§9.1", "§16.1"})
    @Then("^Finesse refuses with an error of any type" + EITHER_FORM)
    public void finesseRefusesWithAnyErrorInEitherForm(int status) {
        Refusal refusal = refusal(status, "an error");
        assertThat(refusal.errors()).as("agent %s: expected an error in the refusal (%s): %s",
                agents.agent().id(), refusal.formName(), refusal.describe()).isNotEmpty();
    }

    /** A wrong password: the guide shows an ApiErrors body but does not promise one (§16.2). */
    @Checks({"§8.7", "§16.2"})
    @Then("Finesse refuses with 401 and an Authorization Failure error, or with 401 and no body")
    public void finesseRefusesAWrongPassword() {
        FinesseResponse answer = agents.lastAnswer();
        String agent = agents.agent().id();
        assertThat(answer.status()).as("agent %s: expected Finesse to refuse a wrong password with 401, but it answered %s",
                agent, answer.describe()).isEqualTo(401);
        if (answer.hasEmptyBody()) {
            evidence.documentedForm(agents.agent(), WRONG_PASSWORD, "401 form: no body", answer.describe());
            return;
        }
        assertThat(answer.apiErrors()).as("agent %s: expected a 401 with an Authorization Failure error or with no"
                + " body, but the body was: %s", agent, answer.body())
                .anyMatch(error -> error.isOfType("Authorization Failure"));
        evidence.documentedForm(agents.agent(), WRONG_PASSWORD, "401 form: ApiErrors body", answer.describe());
    }

    /** An id that does not exist: the guide lists both answers for a GET and not which comes first (§16.8). */
    @Checks({"§8.8", "§16.8"})
    @Then("Finesse refuses with 404 and a User Not Found error, or with 401 and an Invalid Authorization User"
            + " Specified error")
    public void finesseRefusesAnUnknownUser() {
        FinesseResponse answer = agents.lastAnswer();
        String agent = agents.agent().id();
        assertThat(answer.status()).as("agent %s: expected Finesse to refuse reading an unknown user with 404 or 401,"
                + " but it answered %s", agent, answer.describe()).isIn(404, 401);
        String errorType = answer.status() == 404 ? "User Not Found" : "Invalid Authorization User Specified";
        List<ApiError> errors = answer.apiErrors();
        assertThat(errors).as("agent %s: expected an error of type %s with the %d, but the answer was %s", agent,
                errorType, answer.status(), answer.describe()).anyMatch(error -> error.isOfType(errorType));
        evidence.documentedForm(agents.agent(), "a user Finesse does not know",
                "unknown user answer: " + answer.status() + " " + errorType, answer.describe());
    }

    /**
     * Waits for the refusal in whichever form it comes, names the form in the report, and checks what the
     * form itself must look like: the status at once, or an empty 202 before the error notification.
     */
    private Refusal refusal(int status, String what) {
        AgentDesk agent = agents.agent();
        Refusal refusal = agent.awaitRefusal(agents.lastChange());
        agents.refused(refusal);
        FinesseResponse answer = refusal.change().response();
        if (refusal.form() == Refusal.Form.AT_ONCE) {
            assertThat(answer.status()).as("agent %s: expected Finesse to refuse with %s, at once (%d) or after"
                    + " accepting (202, then an error notification), but it answered %s", agent.id(), what, status,
                    answer.describe()).isEqualTo(status);
        } else {
            assertThat(answer.hasEmptyBody()).as("agent %s: expected an empty body with the 202 before the error"
                    + " notification, but the body was: %s", agent.id(), answer.body()).isTrue();
        }
        evidence.documentedForm(agent, refusal.change().request().toString(), "refusal form: " + refusal.formName(),
                refusal.describe());
        return refusal;
    }
}
