package io.finesseacceptance.livingdocs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The page of one feature: its description and tags, then each scenario with the latest run's outcome (and why it
 * failed or was skipped), its history, the sides and documented forms the lab used, and its steps, each linked to
 * the contract sections it checks and the Cisco pages behind them.
 */
final class FeaturePage {

    private final ContractSections contract;
    private final ScenarioHistory history;
    private final String runWhen;

    FeaturePage(ContractSections contract, ScenarioHistory history, String runWhen) {
        this.contract = contract;
        this.history = history;
        this.runWhen = runWhen;
    }

    String of(FeatureOutcome feature) {
        StringBuilder page = new StringBuilder("# ").append(MarkdownText.escape(feature.name())).append("\n\n");
        if (!feature.tags().isEmpty()) {
            page.append("Tags: ").append(tagLinks(feature.tags())).append("\n\n");
        }
        page.append(MarkdownText.paragraphs(feature.description())).append('\n');
        page.append("File: `").append(feature.uri().replaceFirst("^.*?(features/)", "$1")).append("`\n\n");
        List<ScenarioOutcome> scenarios = feature.scenarios();
        for (int index = 0; index < scenarios.size(); index++) {
            scenario(page, new ScenarioTable.Placed(feature, scenarios.get(index), index));
        }
        return page.toString();
    }

    private void scenario(StringBuilder page, ScenarioTable.Placed placed) {
        ScenarioOutcome scenario = placed.scenario();
        page.append("## ").append(MarkdownText.escape(scenario.name())).append("\n\n");
        // the site renderer keeps class and id but drops data- attributes: the outcome is a class
        page.append("<div class=\"scenario outcome-").append(scenario.outcome().word()).append("\" id=\"")
                .append(placed.anchor()).append("\">\n<p class=\"verdict\">").append(ScenarioTable.badge(scenario.outcome())).append(' ')
                .append(MarkdownText.html(verdict(scenario))).append("</p>\n");
        if (scenario.outcome() == Outcome.FAILED) {
            page.append("<pre class=\"failure-message\">").append(preformatted(scenario.message())).append("</pre>\n");
        } else if (!scenario.message().isEmpty()) {
            page.append("<p class=\"reason\">").append(MarkdownText.html(scenario.message())).append("</p>\n");
        }
        page.append("<p class=\"history\">Last passed: ").append(ScenarioTable.when(history.lastPassed(scenario.key())))
                .append(history.flaky(scenario.key()) ? "; passed and failed within the kept runs" : "")
                .append(" ").append(new ScenarioTable(history).trail(scenario.key())).append("</p>\n</div>\n\n");
        List<String> facts = facts(scenario);
        if (!facts.isEmpty()) {
            page.append(String.join(" · ", facts)).append("\n\n");
        }
        for (StepOutcome step : scenario.steps()) {
            page.append("1. **").append(MarkdownText.escape(step.keyword())).append("** ")
                    .append(MarkdownText.escape(step.text())).append(" <span class=\"step ")
                    .append(step.outcome().word()).append("\">").append(step.outcome().word()).append("</span>")
                    .append(checks(step)).append('\n');
        }
        page.append('\n');
    }

    private String verdict(ScenarioOutcome scenario) {
        return switch (scenario.outcome()) {
            case PASSED -> "in the run of " + runWhen;
            case FAILED -> "in the run of " + runWhen + ":";
            case SKIPPED -> "in the run of " + runWhen + ", because";
            case NOT_RUN -> "in the run of " + runWhen;
        };
    }

    private List<String> facts(ScenarioOutcome scenario) {
        List<String> facts = new ArrayList<>();
        String own = tagLinks(scenario.tags());
        if (!own.isEmpty()) {
            facts.add("Tags: " + own);
        }
        List<Capability> capabilities = Capability.of(scenario);
        if (!capabilities.isEmpty()) {
            facts.add("Capability: " + capabilities.stream().map(c -> "[" + c.title() + "](" + c.page() + ")")
                    .collect(Collectors.joining(", ")));
        }
        Set<FinesseResource> resources = resources(scenario);
        if (!resources.isEmpty()) {
            facts.add("Finesse resources: " + resources.stream().map(r -> "[" + r.title() + "](" + r.page() + ")")
                    .collect(Collectors.joining(", ")));
        }
        if (!scenario.sides().isEmpty()) {
            facts.add("Side: " + MarkdownText.escape(String.join(", ", scenario.sides())));
        }
        if (!scenario.forms().isEmpty()) {
            facts.add("Documented forms the lab used ([§16](" + contract.section("§16").map(s -> s.link())
                    .orElse(ContractSections.PAGE) + ")): "
                    + MarkdownText.escape(String.join("; ", scenario.forms())));
        }
        return facts;
    }

    Set<FinesseResource> resources(ScenarioOutcome scenario) {
        Set<FinesseResource> resources = new TreeSet<>();
        scenario.sections().forEach(id -> contract.section(id).ifPresent(s -> resources.addAll(FinesseResource.of(s))));
        return resources;
    }

    private String checks(StepOutcome step) {
        if (step.sections().isEmpty()) {
            return "";
        }
        StringBuilder checks = new StringBuilder(" — checks ");
        Set<String> cisco = new LinkedHashSet<>();
        checks.append(step.sections().stream().map(id -> contract.section(id).map(section -> {
            cisco.addAll(section.ciscoPages());
            return "[" + MarkdownText.escape(id + " " + section.title()) + "](" + section.link() + ")";
        }).orElse(MarkdownText.escape(id))).collect(Collectors.joining(", ")));
        if (!cisco.isEmpty()) {
            checks.append(" (Cisco: ").append(cisco.stream().map(url -> "[" + MarkdownText.escape(MarkdownText.pageName(url))
                    + "](" + url + ")").collect(Collectors.joining(", "))).append(')');
        }
        return checks.toString();
    }

    static String tagLinks(List<String> tags) {
        return tags.stream().map(tag -> "[" + MarkdownText.escape(tag) + "](" + tagPage(tag) + ")")
                .collect(Collectors.joining(" "));
    }

    static String tagPage(String tag) {
        return "tag-" + tag.replaceFirst("^@", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "-") + ".html";
    }

    /** A failure message inside the scenario's HTML block: escaped, and with no blank line to end the block. */
    private static String preformatted(String message) {
        return MarkdownText.html(message).lines().map(line -> line.isBlank() ? "&#160;" : line)
                .collect(Collectors.joining("\n"));
    }
}
