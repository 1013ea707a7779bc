package io.finesseacceptance.report;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.TestResult;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the scenarios written into the Allure results. The project's self-tests run the features without
 * the Allure plugin, in the same JVM as the real run; a run that reported nothing must not add a latency
 * chart or its environment to the report.
 */
public final class ReportedScenarios implements TestLifecycleListener {

    private static final AtomicInteger WRITTEN = new AtomicInteger();

    // allure-java 2.29 announces beforeTestWrite only; afterTestWrite never comes
    @Override
    public void beforeTestWrite(TestResult result) {
        WRITTEN.incrementAndGet();
    }

    /** Whether any was written since the count was last taken: this run reports to Allure. */
    static boolean anyWritten() {
        return WRITTEN.get() > 0;
    }

    /** How many were written since the last call. */
    static int takeCount() {
        return WRITTEN.getAndSet(0);
    }
}
