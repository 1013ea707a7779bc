package io.finesseacceptance.livingdocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The pages people look scenarios up by: one per business capability, per Finesse resource and per tag. */
final class LookupPages {

    private final List<ScenarioTable.Placed> everyScenario;
    private final ScenarioTable table;
    private final FeaturePage features;

    LookupPages(List<FeatureOutcome> features, ScenarioHistory history, FeaturePage featurePage) {
        this.everyScenario = placed(features);
        this.table = new ScenarioTable(history);
        this.features = featurePage;
    }

    static List<ScenarioTable.Placed> placed(List<FeatureOutcome> features) {
        List<ScenarioTable.Placed> placed = new ArrayList<>();
        features.forEach(feature -> {
            for (int index = 0; index < feature.scenarios().size(); index++) {
                placed.add(new ScenarioTable.Placed(feature, feature.scenarios().get(index), index));
            }
        });
        return placed;
    }

    /** Page name to Markdown, capabilities first, in the order the menu lists them. */
    Map<String, String> capabilities() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Capability capability : Capability.values()) {
            pages.put(capability.page(), page(capability.title(), capability.blurb() + " Tagged `" + capability.tag()
                    + "`.", scenario -> capability.covers(scenario)));
        }
        return pages;
    }

    Map<String, String> resources() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (FinesseResource resource : FinesseResource.values()) {
            pages.put(resource.page(), page("The " + resource.title() + " resource", "`" + resource.blurb().replaceFirst(
                    ":", "`:") + ". Scenarios whose steps check a contract section about it.",
                    scenario -> features.resources(scenario).contains(resource)));
        }
        return pages;
    }

    /** Tag to its page's Markdown, tags in alphabetical order. */
    Map<String, String> tags() {
        Map<String, String> pages = new TreeMap<>();
        everyScenario.forEach(placed -> placed.scenario().tags().forEach(tag -> pages.computeIfAbsent(tag,
                t -> page("Tag " + t, "Scenarios tagged `" + t + "`, on their own or through their feature.",
                        scenario -> scenario.tags().contains(t)))));
        return pages;
    }

    int count(Predicate<ScenarioOutcome> which) {
        return (int) everyScenario.stream().filter(placed -> which.test(placed.scenario())).count();
    }

    List<ScenarioTable.Placed> everyScenario() {
        return everyScenario;
    }

    private String page(String title, String blurb, Predicate<ScenarioOutcome> which) {
        List<ScenarioTable.Placed> chosen = everyScenario.stream().filter(placed -> which.test(placed.scenario()))
                .toList();
        return "# " + MarkdownText.escape(title) + "\n\n" + blurb + "\n\n" + OverviewPage.totals(chosen) + "\n\n"
                + table.of(chosen);
    }
}
