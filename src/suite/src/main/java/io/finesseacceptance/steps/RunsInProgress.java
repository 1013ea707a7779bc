package io.finesseacceptance.steps;

import io.finesseacceptance.settings.SettingsSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Gives every run of the features its own context, made from that run's own configuration parameters
 * (a launcher request's, junit-platform.properties, -D), never from properties another run left behind.
 *
 * <p>Registered with the JUnit Platform (META-INF/services), so surefire, the IDE and the self-tests'
 * nested runs all get it. The one static field is the only way from JUnit's run to Cucumber's glue:
 * Cucumber-JVM offers no run-scoped injection (PicoContainer lives per scenario). Runs nest (a self-test
 * runs the features inside surefire's run), so it is a stack, and each run sees only its own top entry.
 */
public final class RunsInProgress implements TestExecutionListener {

    private static final Deque<RunContext> RUNS = new ArrayDeque<>();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        push(plan.getConfigurationParameters());
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        RunContext finished;
        synchronized (RUNS) {
            finished = RUNS.pollFirst();
        }
        if (finished != null) {
            finished.close();
        }
    }

    static void push(ConfigurationParameters parameters) {
        synchronized (RUNS) {
            RUNS.push(new RunContext(settingsOf(parameters)));
        }
    }

    /** The run in progress: the innermost one when runs nest. */
    static RunContext current() {
        synchronized (RUNS) {
            RunContext run = RUNS.peekFirst();
            if (run == null) {
                throw new IllegalStateException("no run in progress: the features run on the JUnit Platform"
                        + " (RunAcceptanceSuite, or a feature from the IDE), which registers " + RunsInProgress.class);
            }
            return run;
        }
    }

    /** A run's FINESSE_* settings: its configuration parameters (which include -D), then the environment. */
    static SettingsSource settingsOf(ConfigurationParameters parameters) {
        SettingsSource fromRun = name -> parameters.get(name);
        return fromRun.orElse(name -> Optional.ofNullable(System.getenv(name)));
    }
}
