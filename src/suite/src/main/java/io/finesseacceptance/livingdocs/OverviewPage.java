package io.finesseacceptance.livingdocs;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The site's front page: what was run, when and against what, the outcome counts, the documented forms the lab
 * used, the upgrade verdict, and the ways in (capabilities, features).
 */
final class OverviewPage {

    private OverviewPage() {
    }

    static String of(LatestRun run, RunEnvironment environment, ScenarioHistory history, LookupPages lookups,
                     Optional<String> verdictSummary) {
        List<ScenarioTable.Placed> scenarios = lookups.everyScenario();
        StringBuilder page = new StringBuilder("# How Finesse behaves, as finesse-acceptance checks it\n\n");
        page.append("Each feature below describes in business language what Cisco Finesse does; each step links to the"
                + " section of [the contract](" + ContractSections.PAGE + ") it checks and to the Cisco page behind"
                + " it. Outcomes are those of the latest run.\n\n");
        page.append("## The latest run\n\n");
        page.append("| | |\n|---|---|\n");
        page.append("| Started | ").append(run.startedAt().map(ScenarioTable::when).orElse("not recorded")).append(" |\n");
        environment.shown().forEach((name, value) -> page.append("| ").append(MarkdownText.escape(name)).append(" | ")
                .append(MarkdownText.withLinks(value)).append(" |\n"));
        page.append("| Outcomes | ").append(totals(scenarios)).append(" |\n");
        page.append("| History | ").append(history.runCount()).append(" run(s) kept, up to ")
                .append(ScenarioHistory.KEPT_RUNS).append(" |\n\n");
        verdictSummary.ifPresent(summary -> page.append("## Upgrade verdict\n\n").append(MarkdownText.escape(summary))
                .append(" [The whole verdict](").append(LivingDocsSource.VERDICT_PAGE).append(").\n\n"));
        page.append("## Documented forms this lab used\n\n");
        Map<String, Long> forms = scenarios.stream().flatMap(placed -> placed.scenario().forms().stream())
                .collect(Collectors.groupingBy(form -> form, TreeMap::new, Collectors.counting()));
        if (forms.isEmpty()) {
            page.append("No scenario met a point the guide leaves open in this run.\n\n");
        } else {
            page.append("Where Cisco's guide allows more than one answer ([§16](").append(ContractSections.PAGE)
                    .append("#s16)), the suite accepts each and notes which one the lab gave.\n\n");
            forms.forEach((form, count) -> page.append("- ").append(MarkdownText.escape(form)).append(" (")
                    .append(count).append(count == 1 ? " scenario" : " scenarios").append(")\n"));
            page.append('\n');
        }
        page.append("## By capability\n\n| Capability | Scenarios | Latest run |\n|---|---|---|\n");
        for (Capability capability : Capability.values()) {
            List<ScenarioTable.Placed> covered = scenarios.stream()
                    .filter(placed -> capability.covers(placed.scenario())).toList();
            page.append("| [").append(capability.title()).append("](").append(capability.page()).append(") | ")
                    .append(covered.size()).append(" | ").append(totals(covered)).append(" |\n");
        }
        page.append("\n## Features\n\n| Feature | Scenarios | Latest run |\n|---|---|---|\n");
        for (FeatureOutcome feature : run.features()) {
            List<ScenarioTable.Placed> own = scenarios.stream().filter(placed -> placed.feature() == feature).toList();
            page.append("| [").append(MarkdownText.escape(feature.name())).append("](").append(feature.page())
                    .append(") | ").append(own.size()).append(" | ").append(totals(own)).append(" |\n");
        }
        return page.toString();
    }

    /** "3 passed, 1 failed" with each word coloured as its outcome. */
    static String totals(List<ScenarioTable.Placed> scenarios) {
        Map<Outcome, Long> counts = scenarios.stream().collect(Collectors.groupingBy(
                placed -> placed.scenario().outcome(), () -> new EnumMap<>(Outcome.class), Collectors.counting()));
        if (counts.isEmpty()) {
            return "none";
        }
        return counts.entrySet().stream().map(entry -> entry.getValue() + " " + ScenarioTable.badge(entry.getKey()))
                .collect(Collectors.joining(", "));
    }
}
