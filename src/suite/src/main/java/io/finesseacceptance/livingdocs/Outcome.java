package io.finesseacceptance.livingdocs;

import io.cucumber.messages.types.TestStepResultStatus;
import java.util.Locale;

/** What became of a scenario or a step in the latest run, as a reader of the site calls it. */
public enum Outcome {
    PASSED, FAILED, SKIPPED, NOT_RUN;

    /** Cucumber's undefined and ambiguous steps fail a run; pending ones do not pass it either. */
    static Outcome of(TestStepResultStatus status) {
        return switch (status) {
            case PASSED -> PASSED;
            case FAILED, UNDEFINED, AMBIGUOUS -> FAILED;
            case SKIPPED, PENDING -> SKIPPED;
            case UNKNOWN -> NOT_RUN;
        };
    }

    /** "passed", "not-run": the word on the page and the CSS class that colours it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
