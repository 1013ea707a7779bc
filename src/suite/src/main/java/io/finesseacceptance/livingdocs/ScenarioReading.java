package io.finesseacceptance.livingdocs;

import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestStep;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.messages.types.TestStepResult;
import io.cucumber.query.Query;
import io.finesseacceptance.steps.ScenarioNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One pickle of the run, joined with its steps' results, their contract sections and the notes it logged. */
final class ScenarioReading {

    private static final String LOG_MEDIA_TYPE = "text/x.cucumber.log+plain";

    private final Query query;
    private final StepSections sections;

    ScenarioReading(Query query, StepSections sections) {
        this.query = query;
        this.sections = sections;
    }

    ScenarioOutcome outcome(Pickle pickle, String key, Optional<TestCaseStarted> started) {
        if (started.isEmpty()) {
            List<StepOutcome> steps = pickle.getSteps().stream()
                    .map(step -> step(step, Outcome.NOT_RUN, List.of())).toList();
            return new ScenarioOutcome(key, pickle.getName(), LatestRun.tags(pickle), Outcome.NOT_RUN,
                    "not run: the run's tag filter left it out, or the run stopped before it", steps, List.of(), List.of());
        }
        List<StepOutcome> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Map.Entry<TestStepFinished, TestStep> finished : query.findTestStepFinishedAndTestStepBy(started.get())) {
            TestStep testStep = finished.getValue();
            Outcome outcome = Outcome.of(finished.getKey().getTestStepResult().getStatus());
            testStep.getPickleStepId().flatMap(id -> pickle.getSteps().stream().filter(s -> s.getId().equals(id))
                    .findFirst()).ifPresent(pickleStep -> steps.add(step(pickleStep, outcome,
                    query.findUnambiguousStepDefinitionBy(testStep).map(sections::of).orElse(List.of()))));
            query.findAttachmentsBy(finished.getKey()).stream()
                    .filter(attachment -> LOG_MEDIA_TYPE.equals(attachment.getMediaType()))
                    .map(Attachment::getBody).forEach(notes::add);
        }
        Optional<TestStepResult> worst = query.findMostSevereTestStepResultBy(started.get());
        Outcome outcome = worst.map(result -> Outcome.of(result.getStatus())).orElse(Outcome.NOT_RUN);
        String message = outcome == Outcome.PASSED ? "" : worst.map(LatestRun::reason).orElse("");
        return new ScenarioOutcome(key, pickle.getName(), LatestRun.tags(pickle), outcome, message, List.copyOf(steps),
                noted(notes, ScenarioNotes.SIDE), noted(notes, ScenarioNotes.FORM));
    }

    private StepOutcome step(PickleStep pickleStep, Outcome outcome, List<String> checked) {
        String keyword = query.findStepBy(pickleStep).map(Step::getKeyword).map(String::strip).orElse("*");
        return new StepOutcome(keyword, pickleStep.getText(), outcome, checked);
    }

    private static List<String> noted(List<String> notes, String prefix) {
        return notes.stream().flatMap(note -> note.lines())
                .filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()).strip())
                .distinct().collect(Collectors.toList());
    }
}
