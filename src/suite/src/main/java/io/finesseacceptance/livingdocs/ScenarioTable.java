package io.finesseacceptance.livingdocs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A table of scenarios with their outcomes and history, linked to their feature pages: the index pages' body. */
final class ScenarioTable {

    private final ScenarioHistory history;

    ScenarioTable(ScenarioHistory history) {
        this.history = history;
    }

    String of(List<Placed> scenarios) {
        if (scenarios.isEmpty()) {
            return "No scenario of this run.\n";
        }
        StringBuilder table = new StringBuilder("| Scenario | Feature | Latest run | Last passed | History |\n");
        table.append("|---|---|---|---|---|\n");
        for (Placed placed : scenarios) {
            ScenarioOutcome scenario = placed.scenario();
            table.append("| [").append(MarkdownText.escape(scenario.name())).append("](")
                    .append(placed.feature().page()).append('#').append(placed.anchor()).append(") | [")
                    .append(MarkdownText.escape(placed.feature().name())).append("](").append(placed.feature().page())
                    .append(") | ").append(badge(scenario.outcome())).append(" | ")
                    .append(when(history.lastPassed(scenario.key()))).append(" | ").append(trail(scenario.key()))
                    .append(" |\n");
        }
        return table.toString();
    }

    static String badge(Outcome outcome) {
        return "<span class=\"outcome " + outcome.word() + "\">" + outcome.word() + "</span>";
    }

    static String when(Optional<Instant> instant) {
        return instant.map(ScenarioTable::when).orElse("never in the kept runs");
    }

    static String when(Instant instant) {
        return instant.toString().replaceFirst("T", " ").replaceFirst(":\\d\\d(\\.\\d+)?Z$", " UTC");
    }

    String trail(String key) {
        List<String> trail = history.trail(key);
        String marks = String.join("", trail.stream().map(word -> "<span class=\"mark " + word + "\" title=\""
                + word + "\"></span>").toList());
        return (history.flaky(key) ? "<span class=\"flaky\">flaky</span> " : "") + marks;
    }

    /** A scenario where the site shows it: its feature, and the anchor of its section on the feature page. */
    record Placed(FeatureOutcome feature, ScenarioOutcome scenario, int index) {

        String anchor() {
            return "scenario-" + (index + 1);
        }

        String link() {
            return feature.page() + "#" + anchor();
        }
    }
}
