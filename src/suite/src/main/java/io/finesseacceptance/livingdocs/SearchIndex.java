package io.finesseacceptance.livingdocs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the search box searches: features, scenarios (with their steps) and contract sections, written as a
 * script that sets one global. A script rather than JSON because the site must also work opened from disk,
 * where a browser will not fetch a file.
 */
final class SearchIndex {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One searchable thing: what the result shows, where it leads, and the words it is found by. */
    record Entry(String kind, String title, String href, String text) {
    }

    private SearchIndex() {
    }

    static String of(List<FeatureOutcome> features, ContractSections contract) {
        List<Entry> entries = new ArrayList<>();
        for (FeatureOutcome feature : features) {
            entries.add(new Entry("feature", feature.name(), feature.page(), feature.description() + " "
                    + String.join(" ", feature.tags())));
        }
        LookupPages.placed(features).forEach(placed -> entries.add(new Entry("scenario " + placed.scenario().outcome()
                .word(), placed.scenario().name(), placed.link(), placed.feature().name() + " "
                + String.join(" ", placed.scenario().tags()) + " " + placed.scenario().steps().stream()
                .map(step -> step.keyword() + " " + step.text() + " " + String.join(" ", step.sections()))
                .collect(Collectors.joining(" ")))));
        contract.all().forEach(section -> entries.add(new Entry("contract", section.id() + " " + section.title(),
                section.link(), String.join(" ", section.ciscoPages()))));
        try {
            return "window.LIVING_DOCS_INDEX = " + JSON.writeValueAsString(entries) + ";\n";
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("the search index cannot be written", impossible);
        }
    }
}
