package io.finesseacceptance.lab;

import java.util.List;

/** The lab is not fit for a run; one line per problem, naming the setting or agent. Nothing was changed. */
public final class PreflightFailed extends RuntimeException {

    private final List<String> problems;

    public PreflightFailed(List<String> problems) {
        super("Lab preflight failed, no scenario was run and nothing in the lab was changed:\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem. */
    public List<String> problems() {
        return problems;
    }
}
