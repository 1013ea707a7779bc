package io.finesseacceptance.livingdocs;

import java.util.List;

/**
 * One scenario (one row of a Scenario Outline) and what the latest run made of it.
 *
 * @param key     what names it from run to run in the history: the feature file, the scenario's name and its
 *                example row
 * @param message why it failed or was skipped; empty when it passed
 * @param sides   the sides of the deployment its agents were served by, as the run noted them
 * @param forms   the documented forms the lab answered it in (docs/finesse-contract.md §16)
 */
public record ScenarioOutcome(String key, String name, List<String> tags, Outcome outcome, String message,
                              List<StepOutcome> steps, List<String> sides, List<String> forms) {

    /** Every contract section its steps check, in the order they first appear. */
    public List<String> sections() {
        return steps.stream().flatMap(step -> step.sections().stream()).distinct().toList();
    }
}
