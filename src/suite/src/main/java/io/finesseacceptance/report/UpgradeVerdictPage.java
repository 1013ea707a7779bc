package io.finesseacceptance.report;

import io.finesseacceptance.latency.Markup;

import io.finesseacceptance.upgrade.Finding;
import io.finesseacceptance.upgrade.UpgradeVerdict;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upgrade verdict as a page of the Allure report: one entry, "Upgrade verdict", failed when the verdict
 * breaks the run, with the findings on the page and the markdown attached. One history id, so a report
 * generated with history shows the verdict run after run.
 */
public final class UpgradeVerdictPage {

    private static final String HISTORY_ID = "finesse-acceptance/run-summary/upgrade-verdict";
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeVerdictPage.class);

    private UpgradeVerdictPage() {
    }

    /** Into this run's Allure results, when the run reports to Allure; never throws. */
    public static void write(UpgradeVerdict verdict) {
        if (!ReportedScenarios.anyWritten()) {
            return;
        }
        try {
            write(verdict, Allure.getLifecycle());
        } catch (RuntimeException unwritable) {
            LOG.warn("The upgrade verdict could not be added to the report", unwritable);
        }
    }

    static void write(UpgradeVerdict verdict, AllureLifecycle lifecycle) {
        String uuid = UUID.randomUUID().toString();
        Status status = verdict.breaking() ? Status.FAILED : Status.PASSED;
        lifecycle.scheduleTestCase(new TestResult()
                .setUuid(uuid)
                .setHistoryId(HISTORY_ID)
                .setTestCaseId(HISTORY_ID)
                .setName(UpgradeVerdict.TITLE)
                .setFullName("Run summary: " + UpgradeVerdict.TITLE)
                .setStatus(status)
                .setStatusDetails(new StatusDetails().setMessage(verdict.headline()))
                .setDescriptionHtml(html(verdict))
                .setLabels(List.of(label("suite", "Run summary"), label("feature", "Run summary"),
                        label("tag", "upgrade-verdict"))));
        lifecycle.startTestCase(uuid);
        lifecycle.updateTestCase(uuid, result -> result.setStart(System.currentTimeMillis()));
        lifecycle.addAttachment("Upgrade verdict (markdown)", "text/markdown", "md",
                verdict.markdown().getBytes(StandardCharsets.UTF_8));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    static String html(UpgradeVerdict verdict) {
        StringBuilder html = new StringBuilder("<p><b>").append(Markup.escape(verdict.headline())).append("</b></p>")
                .append("<p>Compared with a baseline of ").append(verdict.baselineRuns())
                .append(" run(s) of the release before; what differed between those runs is noise and is not"
                        + " reported. ")
                .append(verdict.sides().describe().isEmpty() ? "" : Markup.escape(verdict.sides().describe()) + " ")
                .append("✖ fails the run, ⚠ warns, ℹ informs.</p>");
        for (Finding.Section section : verdict.sections()) {
            html.append("<h3>").append(Markup.escape(section.title())).append("</h3>");
            List<Finding> found = verdict.in(section);
            if (found.isEmpty()) {
                html.append("<p>None.</p>");
            } else {
                html.append("<ul>");
                found.forEach(finding -> html.append("<li>").append(UpgradeVerdict.mark(finding)).append(' ')
                        .append(Markup.escape(finding.text()))
                        .append("</li>"));
                html.append("</ul>");
            }
        }
        return html.toString();
    }

    private static Label label(String name, String value) {
        return new Label().setName(name).setValue(value);
    }
}
