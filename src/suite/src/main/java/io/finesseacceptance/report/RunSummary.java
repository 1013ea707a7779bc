package io.finesseacceptance.report;

import io.finesseacceptance.latency.LatencyChartSvg;
import io.finesseacceptance.latency.LatencyLog;
import io.finesseacceptance.latency.TransitionLatency;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a run's report: its notification latencies become one extra report entry, "Notification latency
 * of this run", with the chart shown on the page and attached as SVG and as a table, and with the forms the
 * lab answered in where the guide allows several. It keeps one history id, so a report generated with
 * history shows it run after run.
 */
public final class RunSummary {

    static final String NAME = "Notification latency of this run";
    static final String FORMS = "Documented forms this lab used (docs/finesse-contract.md §16)";
    private static final String HISTORY_ID = "finesse-acceptance/run-summary/notification-latency";
    private static final Logger LOG = LoggerFactory.getLogger(RunSummary.class);

    private RunSummary() {
    }

    /** Never throws: the run's verdict is the scenarios', and a report that cannot be written must not hide it. */
    public static void write(LatencyLog log, DocumentedForms documentedForms) {
        List<LatencyLog.Sample> samples = log.drain();
        String forms = documentedForms.drain();
        if (!forms.isEmpty()) {
            LOG.info("Documented forms this lab used (docs/finesse-contract.md §16):\n  {}", forms.replace("\n", "\n  "));
        }
        if (ReportedScenarios.takeCount() == 0) {
            return;
        }
        try {
            AllureEnvironment.confirm();
            writeEntry(TransitionLatency.of(samples), samples.size(), forms);
            // the entry just written is not a scenario: the next run in this JVM starts counting from zero
            ReportedScenarios.takeCount();
        } catch (RuntimeException unwritable) {
            LOG.warn("The run's latency summary could not be added to the report", unwritable);
        }
    }

    private static void writeEntry(List<TransitionLatency> transitions, int sampleCount, String forms) {
        String chart = LatencyChartSvg.render(transitions);
        String table = table(transitions);
        AllureLifecycle lifecycle = Allure.getLifecycle();
        String uuid = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        lifecycle.scheduleTestCase(new TestResult()
                .setUuid(uuid)
                .setHistoryId(HISTORY_ID)
                .setTestCaseId(HISTORY_ID)
                .setName(NAME)
                .setFullName("Run summary: " + NAME)
                .setStatus(Status.PASSED)
                .setDescriptionHtml(descriptionHtml(chart, sampleCount))
                .setLabels(List.of(label("suite", "Run summary"), label("feature", "Run summary"),
                        label("tag", "run-summary"))));
        lifecycle.startTestCase(uuid);
        lifecycle.updateTestCase(uuid, result -> result.setStart(now));
        lifecycle.addAttachment("Notification latency chart (p50, p95, max)", "image/svg+xml", "svg",
                chart.getBytes(StandardCharsets.UTF_8));
        lifecycle.addAttachment("Notification latency per transition (ms)", "text/plain", "txt",
                table.getBytes(StandardCharsets.UTF_8));
        if (!forms.isEmpty()) {
            lifecycle.addAttachment(FORMS, "text/plain", "txt", (forms + "\n").getBytes(StandardCharsets.UTF_8));
        }
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    private static String descriptionHtml(String chart, int sampleCount) {
        return "<p>Every awaited notification of this run (" + sampleCount + "), from the request leaving to the"
                + " notification reaching the agent's feed, grouped by the state that was requested.</p>" + chart;
    }

    static String table(List<TransitionLatency> transitions) {
        String header = String.format(Locale.ROOT, "%-32s %7s %10s %10s %10s%n", "transition", "samples", "p50",
                "p95", "max");
        return header + transitions.stream()
                .map(t -> String.format(Locale.ROOT, "%-32s %7d %10.1f %10.1f %10.1f", t.transition(), t.count(),
                        t.p50(), t.p95(), t.max()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
