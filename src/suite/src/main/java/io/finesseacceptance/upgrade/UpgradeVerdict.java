package io.finesseacceptance.upgrade;

import io.finesseacceptance.upgrade.Finding.Section;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the upgrade changed, by section: contract changes and removed elements break the run, the rest warns;
 * and the latency figures of every transition, shift or not, so a reader sees how close to noise it was. On a
 * deployment of two sides, also where the sides answer as different releases (which warns: see
 * {@link SideDifferences}).
 */
public record UpgradeVerdict(int baselineRuns, SidesCompared sides, List<Finding> findings,
                             List<LatencyShift> latency) {

    public static final String TITLE = "Upgrade verdict";

    public UpgradeVerdict {
        findings = List.copyOf(findings);
        latency = List.copyOf(latency);
    }

    /** A verdict on a deployment of one node, compared with a baseline of one. */
    public UpgradeVerdict(int baselineRuns, List<Finding> findings, List<LatencyShift> latency) {
        this(baselineRuns, SidesCompared.ONE_NODE, findings, latency);
    }

    /** The sections to show: the sides' differences only when the run had two sides to differ. */
    public List<Section> sections() {
        return Arrays.stream(Section.values()).filter(section -> section != Section.SIDES || sides.runTwoSides())
                .toList();
    }

    /** Whether the run's two sides answered as different releases. */
    public boolean sidesDiffer() {
        return !in(Section.SIDES).isEmpty();
    }

    /** Whether the run must fail: a contract changed or an element was removed. */
    public boolean breaking() {
        return findings.stream().anyMatch(Finding::breaking);
    }

    /** No finding outside the information section. */
    public boolean noChange() {
        return findings.stream().allMatch(finding -> finding.section() == Section.INFORMATION);
    }

    public List<Finding> in(Section section) {
        return findings.stream().filter(finding -> finding.section() == section).toList();
    }

    /** One line: the run's end and the build log say this. */
    public String headline() {
        if (noChange()) {
            return "No change: this lab answers, announces and shapes its documents as in the baseline";
        }
        long breaking = findings.stream().filter(Finding::breaking).count();
        long warnings = findings.stream().filter(f -> !f.breaking() && f.section() != Section.INFORMATION).count();
        String sidesNote = sidesDiffer() ? "; its two sides answer as different releases" : "";
        return (breaking > 0
                ? "CHANGED: %d breaking finding%s, %d warning%s".formatted(breaking, plural(breaking), warnings, plural(warnings))
                : "Changed, nothing breaking: %d warning%s".formatted(warnings, plural(warnings))) + sidesNote;
    }

    public String markdown() {
        StringBuilder text = new StringBuilder("# ").append(TITLE).append("\n\n**").append(headline())
                .append("**\n\nCompared with a baseline of ").append(baselineRuns).append(" run")
                .append(baselineRuns == 1 ? "" : "s").append(" of the release before; what differed between those"
                        + " runs is noise and is not reported. ")
                .append(sides.describe().isEmpty() ? "" : sides.describe() + " ")
                .append("✖ fails the run, ⚠ warns, ℹ informs.\n");
        for (Section section : sections()) {
            List<Finding> found = in(section);
            text.append("\n## ").append(section.title()).append("\n\n");
            if (found.isEmpty()) {
                text.append("None.\n");
            }
            found.forEach(finding -> text.append("- ").append(mark(finding)).append(' ').append(finding.text()).append('\n'));
            if (section == Section.LATENCY) {
                text.append('\n').append(latencyTable());
            }
        }
        return text.toString();
    }

    String latencyTable() {
        if (latency.isEmpty()) {
            return "No transition was timed in both runs.\n";
        }
        String rows = latency.stream().map(shift -> String.format(Locale.ROOT,
                "| %s | %d → %d | %.1f → %.1f | %+.1f [%+.1f, %+.1f] | %.1f | %.1f → %.1f | %+.1f [%+.1f, %+.1f] | %.1f | %s |",
                shift.transition(), shift.samplesBefore(), shift.samplesAfter(), shift.p50().before(),
                shift.p50().after(), shift.p50().difference(), shift.p50().low(), shift.p50().high(), shift.p50().floor(),
                shift.p95().before(), shift.p95().after(), shift.p95().difference(), shift.p95().low(),
                shift.p95().high(), shift.p95().floor(),
                !shift.judged() ? "too few samples" : shift.shifted() ? "⚠ shifted" : "within noise"))
                .collect(Collectors.joining("\n"));
        return "| transition | samples | p50 ms | Δp50 [95% interval] | p50 floor | p95 ms | Δp95 [95% interval] |"
                + " p95 floor | verdict |\n|---|---|---|---|---|---|---|---|---|\n" + rows + "\n\nA shift is reported"
                + " when the 95 % bootstrap interval of the difference excludes zero and the difference clears the"
                + " floor (the spread between the baseline's runs, at least 5 ms and half the p50; for p95, which"
                + " counts only from " + LatencyShift.MIN_SAMPLES_FOR_P95 + " samples a side, at least 10 ms and the"
                + " whole p95).\n";
    }

    /** ✖ for a finding that fails the run, ℹ for information, ⚠ for the rest. */
    public static String mark(Finding finding) {
        return finding.breaking() ? "✖" : finding.section() == Section.INFORMATION ? "ℹ" : "⚠";
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
