package io.finesseacceptance.livingdocs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcomes of the last runs, scenario by scenario, kept in the site as history.json: the next site starts
 * from the one before it (the lab workflow carries it from run to run), so a page can say when a scenario last
 * passed and whether it is flaky (passed and failed within the kept runs).
 */
public final class ScenarioHistory {

    /** Runs kept: about a month of nightly runs. */
    static final int KEPT_RUNS = 30;

    static final String FILE = "history.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param outcomes scenario key to {@link Outcome#word()} */
    public record Run(String startedAt, String against, Map<String, String> outcomes) {
    }

    record Kept(List<Run> runs) {
    }

    private final List<Run> runs;

    private ScenarioHistory(List<Run> runs) {
        this.runs = List.copyOf(runs);
    }

    /** An absent or unreadable file starts a new history: a site must not fail for want of the last one. */
    public static ScenarioHistory read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new ScenarioHistory(List.of());
        }
        try {
            Kept kept = JSON.readValue(file.toFile(), Kept.class);
            return new ScenarioHistory(kept.runs() == null ? List.of() : kept.runs());
        } catch (IOException unreadable) {
            return new ScenarioHistory(List.of());
        }
    }

    /** This history with the latest run added (or put in place of itself, when the site is built twice). */
    public ScenarioHistory with(LatestRun run, String against) {
        if (run.startedAt().isEmpty()) {
            return this;
        }
        String startedAt = run.startedAt().get().toString();
        Map<String, String> outcomes = new LinkedHashMap<>();
        run.features().forEach(feature -> feature.scenarios().forEach(scenario -> outcomes.put(scenario.key(),
                scenario.outcome().word())));
        List<Run> all = new ArrayList<>(runs.stream().filter(kept -> !kept.startedAt().equals(startedAt)).toList());
        all.add(new Run(startedAt, against, outcomes));
        all.sort(Comparator.comparing(Run::startedAt));
        return new ScenarioHistory(all.subList(Math.max(0, all.size() - KEPT_RUNS), all.size()));
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), new Kept(runs));
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the scenario history " + file, unwritable);
        }
    }

    public int runCount() {
        return runs.size();
    }

    public Optional<Instant> lastPassed(String key) {
        return runs.stream().filter(run -> Outcome.PASSED.word().equals(run.outcomes().get(key)))
                .map(run -> Instant.parse(run.startedAt())).max(Comparator.naturalOrder());
    }

    /** Passed in one kept run and failed in another. */
    public boolean flaky(String key) {
        return ran(key, Outcome.PASSED) && ran(key, Outcome.FAILED);
    }

    /** The scenario's outcomes over the kept runs, oldest first, one word each; runs without it left out. */
    public List<String> trail(String key) {
        return runs.stream().map(run -> run.outcomes().get(key)).filter(word -> word != null).toList();
    }

    private boolean ran(String key, Outcome outcome) {
        return runs.stream().anyMatch(run -> outcome.word().equals(run.outcomes().get(key)));
    }
}
