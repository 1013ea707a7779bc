package io.finesseacceptance.livingdocs;

import java.util.List;

/**
 * One step of a scenario as the latest run met it.
 *
 * @param sections the docs/finesse-contract.md sections its step definition checks ("§5.1"); empty when no
 *                 step definition matched
 */
public record StepOutcome(String keyword, String text, Outcome outcome, List<String> sections) {
}
