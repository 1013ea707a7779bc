package io.finesseacceptance.settings;

import java.util.List;

/** Every problem found in the settings at once, each naming its variable, so one fix-up round is enough. */
public final class LabSettingsException extends RuntimeException {

    private final List<String> problems;

    public LabSettingsException(List<String> problems) {
        super("The Finesse lab settings are not usable:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
