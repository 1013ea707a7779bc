package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.notify.UserNotification;
import java.util.List;
import java.util.Optional;

/**
 * Finesse's refusal of a state change, in the form it came (docs/finesse-contract.md §8, §9, §16.1): at
 * once, as a 4xx answer whose body lists ApiErrors, or after accepting, as 202 followed by an error
 * Update for the request.
 *
 * @param errors      the ApiErrors of the answer, or the apiErrors of the error Update
 * @param errorUpdate the error Update, when the refusal came after accepting
 */
public record Refusal(StateChange change, Form form, List<ApiError> errors, Optional<UserNotification> errorUpdate) {

    public enum Form {
        AT_ONCE, AFTER_ACCEPTING
    }

    public Refusal {
        errors = List.copyOf(errors);
    }

    static Refusal atOnce(StateChange change) {
        return new Refusal(change, Form.AT_ONCE, change.response().apiErrors(), Optional.empty());
    }

    static Refusal afterAccepting(StateChange change, UserNotification errorUpdate) {
        return new Refusal(change, Form.AFTER_ACCEPTING, errorUpdate.errors(), Optional.of(errorUpdate));
    }

    /** How the report and the log name the form: "immediate 400" or "202 then error Update". */
    public String formName() {
        return form == Form.AT_ONCE ? "immediate " + change.response().status() : "202 then error Update";
    }

    /** The answer and, after accepting, the error Update: for failure messages and the report. */
    public String describe() {
        return change.describe() + errorUpdate.map(update -> "\nthen the error notification " + update.summary())
                .orElse("");
    }
}
