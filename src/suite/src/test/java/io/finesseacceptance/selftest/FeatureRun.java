package io.finesseacceptance.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.finesseacceptance.upgrade.UpgradeBaselineTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the real features, as {@code RunAcceptanceSuite} does, against whatever the given FINESSE_*
 * settings point at, and reports what happened. The launcher reads the suite's junit-platform.properties
 * (glue, parallelism, locks, naming) as every run does; the settings travel as this run's configuration
 * parameters, so the JVM's system properties stay as they were. Only the reports differ: a self-test
 * run writes no Cucumber or Allure report, so it cannot mix its planted failures into the suite's.
 */
public final class FeatureRun {

    private FeatureRun() {
    }

    public record Outcome(long scenariosStarted, long scenariosSucceeded, List<Throwable> failures, List<String> skipReasons) {

        public String failureMessages() {
            return String.join("\n---\n", failures.stream().map(String::valueOf).toList());
        }
    }

    /** The sign-out feature alone: the self-tests' yardstick, two scenarios. */
    public static final String SIGN_OUT = "features/agent_signs_out.feature";

    public static synchronized Outcome run(Map<String, String> settings, String tags) {
        return run(settings, "features", tags);
    }

    /**
     * Where a self-test run differs from the suite's configuration: the reports, and nothing else. A run that
     * wants a report of its own (the living documentation's check) names its plugins in its settings.
     */
    static final Map<String, String> OVERRIDES = Map.of("cucumber.plugin", "summary");

    /**
     * The configuration parameters of one run, on top of junit-platform.properties. A self-test's run
     * records and compares no upgrade baseline unless its settings ask: the JVM's -D (a user's
     * {@code -Dfinesse.baseline.record=FILE}) is meant for the suite's run, not for the planted faults.
     */
    static Map<String, String> parameters(Map<String, String> settings, String tags) {
        Map<String, String> parameters = new LinkedHashMap<>(settings);
        parameters.putIfAbsent(UpgradeBaselineTask.RECORD, UpgradeBaselineTask.OFF);
        parameters.putIfAbsent(UpgradeBaselineTask.COMPARE, UpgradeBaselineTask.OFF);
        if (!tags.isBlank()) {
            parameters.put("cucumber.filter.tags", tags);
        }
        OVERRIDES.forEach(parameters::putIfAbsent);
        return parameters;
    }

    public static synchronized Outcome run(Map<String, String> settings, String featurePath, String tags) {
        return run(settings, featurePath, tags, finished -> { });
    }

    /** As above; {@code scenariosFinished} hears the count each time a scenario finishes, on the runner's thread. */
    public static synchronized Outcome run(Map<String, String> settings, String featurePath, String tags,
                                           IntConsumer scenariosFinished) {
        AtomicInteger finishedScenarios = new AtomicInteger();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(featurePath.endsWith(".feature") ? selectFile(featurePath) : selectDirectory(featurePath))
                .configurationParameters(parameters(settings, tags))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        List<String> skipReasons = new CopyOnWriteArrayList<>();
        TestExecutionListener skips = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    scenariosFinished.accept(finishedScenarios.incrementAndGet());
                }
                if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                    result.getThrowable().ifPresent(reason -> skipReasons.add(String.valueOf(reason.getMessage())));
                }
            }
        };
        launcher.execute(request, listener, skips);
        TestExecutionSummary summary = listener.getSummary();
        return new Outcome(summary.getTestsStartedCount(), summary.getTestsSucceededCount(),
                summary.getFailures().stream().map(TestExecutionSummary.Failure::getException).toList(),
                List.copyOf(skipReasons));
    }
}
