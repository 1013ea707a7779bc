package io.finesseacceptance.selftest;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the real features, as {@code RunAcceptanceSuite} does, against whatever the given FINESSE_*
 * settings point at, and reports what happened. The settings travel as -D properties for the length of
 * the run, exactly as a QA engineer would pass them.
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

    public static synchronized Outcome run(Map<String, String> settings, String featurePath, String tags) {
        Properties saved = (Properties) System.getProperties().clone();
        settings.forEach(System::setProperty);
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(featurePath.endsWith(".feature") ? selectFile(featurePath) : selectDirectory(featurePath))
                    .configurationParameter("cucumber.glue", "io.finesseacceptance.steps")
                    .configurationParameter("cucumber.filter.tags", tags)
                    .configurationParameter("cucumber.publish.quiet", "true")
                    .build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            List<String> skipReasons = new java.util.concurrent.CopyOnWriteArrayList<>();
            TestExecutionListener skips = new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
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
        } finally {
            System.setProperties(saved);
        }
    }
}
