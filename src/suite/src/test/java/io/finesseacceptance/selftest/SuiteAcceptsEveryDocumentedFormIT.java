package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.Variant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where Cisco's guide allows more than one answer (docs/finesse-contract.md §16), the features must pass on
 * each, and the log (like the report, through the same StepEvidence call) must say which one the lab gave.
 * The simulator gives one form by default and the other under its documented variants. Accepting more
 * forms must not let a broken Finesse through: a refusal with the wrong error type fails in either form, a
 * 202 followed by nothing fails as "no refusal", and a refusal the guide documents only at once fails when
 * it comes after accepting.
 */
class SuiteAcceptsEveryDocumentedFormIT {

    /** Every open point a step touches: refusals, the 401, the unknown user, READY's 200 or 202. */
    private static final String FORM_SCENARIOS = "@negative or @state";
    private static final String UCCE_REFUSAL = "@negative and @ucce";

    private record Run(FeatureRun.Outcome outcome, String log) {
    }

    private static Run runAgainst(Set<Variant> variants, Set<Fault> faults, String tags) {
        SimulatorConfig options = SimulatorConfig.defaults().withVariants(variants).withFaults(faults);
        SelfTestRun.Ran<Void> ran = SelfTestRun.against(options).eventTimeout("1.5").run(tags);
        return new Run(ran.outcome(), ran.log());
    }

    private static void assertAllPassed(Run run) {
        assertThat(run.outcome().failures()).as(run.outcome().failureMessages()).isEmpty();
        // the working day (4), the refusals but UCCX's (9); the UCCX scenario is skipped on UCCE
        assertThat(run.outcome().scenariosSucceeded()).isEqualTo(13);
    }

    @Test
    void theSimulatorsDefaultFormsPassAndTheLogNamesThem() {
        Run run = runAgainst(Set.of(), Set.of(), FORM_SCENARIOS);

        assertAllPassed(run);
        assertThat(run.log())
                .contains("asked for LOGOUT: refusal form: immediate 400")
                .contains("asked for NOT_READY: refusal form: 202 then error Update")
                .contains("asked for its user with a wrong password: 401 form: ApiErrors body")
                .contains("asked for a user Finesse does not know: unknown user answer: 404 User Not Found")
                .contains("asked for READY: acceptance form: 202 Accepted")
                .contains("Documented forms this lab used");
    }

    @Test
    void theOtherDocumentedFormsPassTooAndTheLogNamesThem() {
        Run run = runAgainst(EnumSet.allOf(Variant.class), Set.of(), FORM_SCENARIOS);

        assertAllPassed(run);
        assertThat(run.log())
                .contains("asked for LOGOUT: refusal form: 202 then error Update")
                .contains("asked for NOT_READY: refusal form: immediate 400")
                .contains("asked for its user with a wrong password: 401 form: no body")
                .contains("asked for a user Finesse does not know: unknown user answer: 401 Invalid Authorization"
                        + " User Specified")
                .contains("asked for READY: acceptance form: 200 OK");
    }

    @Test
    void aRefusalWithTheWrongErrorTypeFailsAtOnce() {
        Run run = runAgainst(Set.of(), Set.of(Fault.WRONG_REFUSAL_ERROR_TYPE), UCCE_REFUSAL);

        assertThat(run.outcome().failures()).hasSize(1);
        assertThat(run.outcome().failureMessages())
                .contains("expected an error of type Invalid State in the refusal (immediate 400)")
                .contains("<ErrorType>Invalid Input</ErrorType>");
        assertThat(run.log()).contains("asked for LOGOUT: refusal form: immediate 400");
    }

    @Test
    void aRefusalWithTheWrongErrorTypeFailsAfterAcceptingToo() {
        Run run = runAgainst(Set.of(Variant.REFUSE_AFTER_ACCEPT), Set.of(Fault.WRONG_REFUSAL_ERROR_TYPE), UCCE_REFUSAL);

        assertThat(run.outcome().failures()).hasSize(1);
        assertThat(run.outcome().failureMessages())
                .contains("expected an error of type Invalid State in the refusal (202 then error Update)")
                .contains("Invalid Input");
        assertThat(run.log()).contains("asked for LOGOUT: refusal form: 202 then error Update");
    }

    @Test
    void aTwoHundredTwoFollowedByNothingFailsAsNoRefusal() {
        // both refusals whose form is open come after accepting, and neither is announced
        Run run = runAgainst(Set.of(Variant.REFUSE_AFTER_ACCEPT), Set.of(Fault.SILENT_REFUSAL), "@negative");

        assertThat(run.outcome().failures()).hasSize(2);
        assertThat(run.outcome().failureMessages())
                .contains("no refusal: Finesse accepted the request for LOGOUT")
                .contains("no refusal: Finesse accepted the request for NOT_READY")
                .contains("announced neither an error nor the change within 1500 ms: no notification arrived");
    }

    @Test
    void aRefusalTheGuideDocumentsAtOnceFailsWhenItComesAfterAccepting() {
        Run run = runAgainst(Set.of(), Set.of(Fault.DOCUMENTED_REFUSAL_AFTER_ACCEPT), "@negative");

        // the three rows of the outline and the required reason code; the open forms still pass
        assertThat(run.outcome().failures()).hasSize(4);
        assertThat(run.outcome().failureMessages())
                .contains("expected Finesse to refuse at once with 400 and an error of type Invalid State (the only"
                        + " form the guide documents for this refusal), but it answered HTTP 202")
                .contains("error of type Parameter Missing (the only form")
                .contains("error of type Invalid Input (the only form");
    }
}
