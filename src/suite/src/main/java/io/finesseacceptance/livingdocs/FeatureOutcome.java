package io.finesseacceptance.livingdocs;

import java.nio.file.Path;
import java.util.List;

/** A feature file: its business description, its tags, and its scenarios with the latest run's outcomes. */
public record FeatureOutcome(String uri, String name, String description, List<String> tags,
                             List<ScenarioOutcome> scenarios) {

    /** "agent_signs_out", from features/agent_signs_out.feature: the feature page is feature-agent_signs_out.html. */
    public String slug() {
        String file = Path.of(uri.replaceFirst("^[a-z]+:", "")).getFileName().toString();
        return file.replaceFirst("\\.feature$", "").replaceAll("[^A-Za-z0-9_-]", "-");
    }

    public String page() {
        return "feature-" + slug() + ".html";
    }
}
