package io.finesseacceptance.livingdocs;

import io.cucumber.messages.NdjsonToMessageIterable;
import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.TableCell;
import io.cucumber.messages.types.Tag;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestStepResult;
import io.cucumber.messages.types.Timestamp;
import io.cucumber.query.Lineage;
import io.cucumber.query.Query;
import io.cucumber.query.Repository;
import io.cucumber.query.Repository.RepositoryFeature;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.stream.Collectors;

/**
 * The latest run, read from the Cucumber messages it wrote (target/cucumber-report/messages.ndjson): every
 * feature that was parsed, each scenario with its outcome, and when the run started. Cucumber's own query
 * library does the joining of pickles, test cases and results.
 *
 * @param startedAt empty for a run that never started
 */
public record LatestRun(Optional<Instant> startedAt, List<FeatureOutcome> features) {

    public static LatestRun read(Path messages, StepSections sections) {
        Repository repository = Repository.builder()
                .feature(RepositoryFeature.INCLUDE_GHERKIN_DOCUMENTS, true)
                .feature(RepositoryFeature.INCLUDE_ATTACHMENTS, true)
                .feature(RepositoryFeature.INCLUDE_STEP_DEFINITIONS, true)
                .build();
        try (InputStream in = Files.newInputStream(messages);
             NdjsonToMessageIterable envelopes = new NdjsonToMessageIterable(in, new Deserializer())) {
            for (Envelope envelope : envelopes) {
                repository.update(envelope);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the run's Cucumber messages " + messages, unreadable);
        }
        return of(new Query(repository), sections);
    }

    static LatestRun of(Query query, StepSections sections) {
        Map<String, TestCaseStarted> lastAttempt = new LinkedHashMap<>();
        for (TestCaseStarted started : query.findAllTestCaseStarted()) {
            query.findPickleBy(started).ifPresent(pickle -> lastAttempt.merge(pickle.getId(), started,
                    (earlier, later) -> later.getAttempt() >= earlier.getAttempt() ? later : earlier));
        }
        ScenarioReading reading = new ScenarioReading(query, sections);
        Map<String, List<Pickle>> picklesByFeature = query.findAllPickles().stream()
                .sorted(Comparator.comparing(Pickle::getUri)
                        .thenComparing(pickle -> query.findLocationOf(pickle).map(l -> l.getLine()).orElse(0L)))
                .collect(Collectors.groupingBy(Pickle::getUri, LinkedHashMap::new, Collectors.toList()));
        List<FeatureOutcome> features = new ArrayList<>();
        picklesByFeature.forEach((uri, pickles) -> {
            Optional<Feature> feature = query.findLineageBy(pickles.get(0)).flatMap(Lineage::feature);
            List<ScenarioOutcome> scenarios = pickles.stream()
                    .map(pickle -> reading.outcome(pickle, key(query, pickle),
                            Optional.ofNullable(lastAttempt.get(pickle.getId()))))
                    .toList();
            features.add(new FeatureOutcome(uri, feature.map(Feature::getName).orElse(uri),
                    feature.map(f -> f.getDescription().strip()).orElse(""),
                    feature.map(f -> f.getTags().stream().map(Tag::getName).toList()).orElse(List.of()), scenarios));
        });
        Optional<Instant> startedAt = query.findTestRunStarted().map(started -> instant(started.getTimestamp()));
        return new LatestRun(startedAt, List.copyOf(features));
    }

    /** The history's name for a scenario: stable while the file, the name and the example row stay. */
    private static String key(Query query, Pickle pickle) {
        String file = Path.of(pickle.getUri().replaceFirst("^[a-z]+:", "")).getFileName().toString();
        String example = query.findLineageBy(pickle).flatMap(Lineage::example)
                .map(row -> " [" + row.getCells().stream().map(TableCell::getValue).collect(Collectors.joining(", "))
                        + "]")
                .orElse("");
        return file + ": " + pickle.getName() + example;
    }

    static List<String> tags(Pickle pickle) {
        return pickle.getTags().stream().map(PickleTag::getName).distinct().toList();
    }

    static String reason(TestStepResult result) {
        String message = result.getException().flatMap(exception -> exception.getMessage())
                .or(result::getMessage).orElse("");
        // Cucumber's message carries the stack trace; a reader wants what went wrong
        int trace = message.indexOf("\n\tat ");
        return (trace < 0 ? message : message.substring(0, trace)).strip();
    }

    private static Instant instant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
