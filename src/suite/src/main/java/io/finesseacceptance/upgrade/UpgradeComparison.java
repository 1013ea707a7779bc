package io.finesseacceptance.upgrade;

import io.finesseacceptance.settings.Side;
import io.finesseacceptance.upgrade.Finding.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Compares a run after the upgrade with the baseline recorded before it, section by section, and leaves out
 * whatever the baseline's own runs disagreed on ({@link Baseline#noise()}).
 *
 * <p>On a deployment of two sides each side is compared with the baseline's matching side (or its single
 * node; see {@link #side}), and its findings name it: "secondary side: …", or "both sides: …" when both found the same. The
 * requests and scenarios are the run's, over both sides: a request's finding names the side that answered
 * it. Then the two sides are compared with each other ({@link SideDifferences}).
 */
public final class UpgradeComparison {

    private final Baseline before;
    private final Baseline after;
    private final List<Finding> findings = new ArrayList<>();

    private UpgradeComparison(Baseline before, Baseline after) {
        this.before = before;
        this.after = after;
    }

    public static UpgradeVerdict compare(Baseline before, Baseline after) {
        UpgradeComparison comparison = new UpgradeComparison(before, after);
        comparison.findings.addAll(SideDifferences.of(after, before.noise()));
        comparison.eachSide(SideComparison::systemInfo);
        comparison.requests();
        comparison.scenarios();
        comparison.eachSide(SideComparison::notificationForms);
        comparison.eachSide(SideComparison::documents);
        comparison.eachSide(SideComparison::reasonCodes);
        List<LatencyShift> latency = comparison.latency();
        return new UpgradeVerdict(before.runs(), SidesCompared.of(before, after), comparison.findings, latency);
    }

    /**
     * The run's {@code side} against the baseline's: its SystemInfo against that side's (or the single node's),
     * its documents, forms and reason codes against what either side of the baseline met, since in the baseline
     * too each side met only the scenarios that ran on it.
     */
    private SideComparison side(Side side) {
        Optional<SideRecord> other = after.twoSides() ? Optional.of(after.side(side.other())) : Optional.empty();
        SideRecord baseline = before.twoSides() ? before.side(side).withWhatBothMet(before.side(side.other()))
                : before.side(side);
        return new SideComparison(baseline, before.noise(), after.side(side), other);
    }

    /** One aspect on each side of the run; a finding both sides make is said once, for both. */
    private void eachSide(Function<SideComparison, List<Finding>> aspect) {
        List<Finding> onPrimary = aspect.apply(side(Side.PRIMARY));
        if (!after.twoSides()) {
            findings.addAll(onPrimary);
            return;
        }
        List<Finding> onSecondary = new ArrayList<>(aspect.apply(side(Side.SECONDARY)));
        for (Finding finding : onPrimary) {
            findings.add(onSecondary.remove(finding) ? named("both sides", finding) : named(Side.PRIMARY, finding));
        }
        onSecondary.forEach(finding -> findings.add(named(Side.SECONDARY, finding)));
    }

    private static Finding named(Side side, Finding finding) {
        return named(side.label() + " side", finding);
    }

    private static Finding named(String sides, Finding finding) {
        return new Finding(finding.section(), finding.breaking(), sides + ": " + finding.text());
    }

    /** "secondary side: " for a request the secondary answered, on a deployment of two sides. */
    private String answeredBy(String request) {
        if (!after.twoSides()) {
            return "";
        }
        return (after.secondary().answered().contains(request) ? Side.SECONDARY : Side.PRIMARY).label() + " side: ";
    }

    private boolean noise(String key) {
        return before.noise().contains(key);
    }

    private void requests() {
        SortedMap<String, Baseline.RequestOutcome> was = before.requests();
        SortedMap<String, Baseline.RequestOutcome> now = after.requests();
        for (String request : SideComparison.union(was.keySet(), now.keySet())) {
            if (noise("requests." + request)) {
                continue;
            }
            Baseline.RequestOutcome old = was.get(request);
            Baseline.RequestOutcome current = now.get(request);
            if (old == null) {
                findings.add(Finding.warning(Section.INFORMATION, answeredBy(request) + "Sent this run, not in the"
                        + " baseline: " + request + " → " + describe(current)));
            } else if (current == null) {
                findings.add(Finding.warning(Section.INFORMATION, "In the baseline, not sent this run (its scenario"
                        + " did not get that far, or did not run): " + request));
            } else if (!old.equals(current)) {
                findings.add(Finding.breaking(Section.CONTRACT, answeredBy(request) + request + ": was "
                        + describe(old) + "; now " + describe(current)));
            }
        }
    }

    private void scenarios() {
        for (String scenario : SideComparison.union(before.scenarios().keySet(), after.scenarios().keySet())) {
            String was = before.scenarios().get(scenario);
            String now = after.scenarios().get(scenario);
            if (Objects.equals(was, now) || noise("scenarios." + scenario)) {
                continue;
            }
            String text = "Scenario \"%s\": %s before, %s now".formatted(scenario, SideComparison.shown(was),
                    SideComparison.shown(now));
            boolean brokeIt = "passed".equals(was) && "failed".equals(now);
            findings.add(brokeIt ? Finding.breaking(Section.CONTRACT, text) : Finding.warning(Section.INFORMATION, text));
        }
    }

    /**
     * Every transition timed in both, pooled over the sides; on two sides also each side's pool, compared with
     * the baseline's same side or, for a baseline of one node, with its pool of every state change.
     */
    private List<LatencyShift> latency() {
        List<LatencyShift> shifts = new ArrayList<>();
        for (var entry : after.latency().entrySet()) {
            Baseline.TransitionLatencyRecord was = before.latency().get(entry.getKey());
            if (was == null && !before.twoSides() && isSidePool(entry.getKey())) {
                was = before.latency().get(LabRecording.ALL_TRANSITIONS);
            }
            if (was == null) {
                continue;
            }
            LatencyShift shift = LatencyShift.between(entry.getKey(), was, entry.getValue().samplesMs());
            shifts.add(shift);
            if (shift.shifted()) {
                findings.add(Finding.warning(Section.LATENCY, "%s: %s; %s".formatted(entry.getKey(),
                        shift.p50().describe("p50"), shift.p95().describe("p95"))));
            }
        }
        return shifts;
    }

    private static boolean isSidePool(String transition) {
        return transition.equals(LabRecording.allTransitionsOn(Side.PRIMARY))
                || transition.equals(LabRecording.allTransitionsOn(Side.SECONDARY));
    }

    private static String describe(Baseline.RequestOutcome outcome) {
        return outcome.answer() + ", " + outcome.outcome()
                + (outcome.notifications().isEmpty() ? ", no notification" : ", notified " + outcome.notifications());
    }
}
