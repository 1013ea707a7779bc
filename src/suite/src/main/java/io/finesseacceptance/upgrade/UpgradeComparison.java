package io.finesseacceptance.upgrade;

import io.finesseacceptance.upgrade.Finding.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares a run after the upgrade with the baseline recorded before it, section by section, and leaves out
 * whatever the baseline's own runs disagreed on ({@link Baseline#noise()}).
 */
public final class UpgradeComparison {

    private static final Set<String> CONTRACT_FIELDS = Set.of("deploymentType", "status", "systemAuthMode");

    private final Baseline before;
    private final Baseline after;
    private final List<Finding> findings = new ArrayList<>();

    private UpgradeComparison(Baseline before, Baseline after) {
        this.before = before;
        this.after = after;
    }

    public static UpgradeVerdict compare(Baseline before, Baseline after) {
        UpgradeComparison comparison = new UpgradeComparison(before, after);
        comparison.systemInfo();
        comparison.requests();
        comparison.scenarios();
        comparison.notificationForms();
        comparison.documents();
        comparison.reasonCodes();
        List<LatencyShift> latency = comparison.latency();
        return new UpgradeVerdict(before.runs(), comparison.findings, latency);
    }

    private boolean noise(String key) {
        return before.noise().contains(key);
    }

    private void systemInfo() {
        for (String field : union(before.systemInfo().keySet(), after.systemInfo().keySet())) {
            String was = before.systemInfo().get(field);
            String now = after.systemInfo().get(field);
            if (Objects.equals(was, now) || noise("systemInfo." + field)) {
                continue;
            }
            String text = "SystemInfo %s: %s → %s".formatted(field, shown(was), shown(now));
            findings.add(CONTRACT_FIELDS.contains(field) ? Finding.breaking(Section.CONTRACT, text)
                    : Finding.warning(Section.INFORMATION, text));
        }
    }

    private void requests() {
        SortedMap<String, Baseline.RequestOutcome> was = before.requests();
        SortedMap<String, Baseline.RequestOutcome> now = after.requests();
        for (String request : union(was.keySet(), now.keySet())) {
            if (noise("requests." + request)) {
                continue;
            }
            Baseline.RequestOutcome old = was.get(request);
            Baseline.RequestOutcome current = now.get(request);
            if (old == null) {
                findings.add(Finding.warning(Section.INFORMATION, "Sent this run, not in the baseline: " + request
                        + " → " + describe(current)));
            } else if (current == null) {
                findings.add(Finding.warning(Section.INFORMATION, "In the baseline, not sent this run (its scenario"
                        + " did not get that far, or did not run): " + request));
            } else if (!old.equals(current)) {
                findings.add(Finding.breaking(Section.CONTRACT, request + ": was " + describe(old) + "; now "
                        + describe(current)));
            }
        }
    }

    private void scenarios() {
        for (String scenario : union(before.scenarios().keySet(), after.scenarios().keySet())) {
            String was = before.scenarios().get(scenario);
            String now = after.scenarios().get(scenario);
            if (Objects.equals(was, now) || noise("scenarios." + scenario)) {
                continue;
            }
            String text = "Scenario \"%s\": %s before, %s now".formatted(scenario, shown(was), shown(now));
            boolean brokeIt = "passed".equals(was) && "failed".equals(now);
            findings.add(brokeIt ? Finding.breaking(Section.CONTRACT, text) : Finding.warning(Section.INFORMATION, text));
        }
    }

    private void notificationForms() {
        compareSets("notifications", before.notifications(), after.notifications(), (aspect, removed, added) -> {
            if (!removed.isEmpty() || !added.isEmpty()) {
                findings.add(Finding.breaking(Section.CONTRACT, "Notification %s: was %s; now %s".formatted(aspect,
                        before.notifications().getOrDefault(aspect, new TreeSet<>()),
                        after.notifications().getOrDefault(aspect, new TreeSet<>()))));
            }
        });
    }

    private void documents() {
        compareSets("documents", before.documents(), after.documents(), (kind, removed, added) -> {
            if (!after.documents().containsKey(kind)) {
                findings.add(Finding.warning(Section.INFORMATION, "Document " + kind + ": not met this run"));
                return;
            }
            if (!before.documents().containsKey(kind)) {
                findings.add(Finding.warning(Section.SHAPE, "Document " + kind + ": new, not in the baseline"));
                return;
            }
            for (String path : removed) {
                String renamed = renamedTo(path, added).map(name -> " (renamed " + leaf(name) + "?)").orElse("");
                if (!removed.contains(parent(path))) {
                    findings.add(Finding.breaking(Section.SHAPE, kind + ": element " + path + " removed" + renamed));
                }
            }
            for (String path : added) {
                if (!added.contains(parent(path))) {
                    findings.add(Finding.warning(Section.SHAPE, kind + ": element " + path + " added"));
                }
            }
        });
    }

    private void reasonCodes() {
        compareSets("reasonCodes", before.reasonCodes(), after.reasonCodes(), (category, removed, added) -> {
            removed.forEach(code -> findings.add(Finding.warning(Section.REASON_CODES, category + " reason code removed: "
                    + code)));
            added.forEach(code -> findings.add(Finding.warning(Section.REASON_CODES, category + " reason code added: "
                    + code)));
        });
    }

    private List<LatencyShift> latency() {
        List<LatencyShift> shifts = new ArrayList<>();
        for (Map.Entry<String, Baseline.TransitionLatencyRecord> entry : before.latency().entrySet()) {
            Baseline.TransitionLatencyRecord now = after.latency().get(entry.getKey());
            if (now == null) {
                continue;
            }
            LatencyShift shift = LatencyShift.between(entry.getKey(), entry.getValue(), now.samplesMs());
            shifts.add(shift);
            if (shift.shifted()) {
                findings.add(Finding.warning(Section.LATENCY, "%s: %s; %s".formatted(entry.getKey(),
                        shift.p50().describe("p50"), shift.p95().describe("p95"))));
            }
        }
        return shifts;
    }

    @FunctionalInterface
    private interface SetDifference {
        void found(String key, SortedSet<String> removed, SortedSet<String> added);
    }

    /** Per key: what the baseline had that this run lacks, and the reverse, leaving out the baseline's noise. */
    private void compareSets(String section, SortedMap<String, SortedSet<String>> was,
                             SortedMap<String, SortedSet<String>> now, SetDifference difference) {
        for (String key : union(was.keySet(), now.keySet())) {
            if (noise(section + "." + key)) {
                continue;
            }
            SortedSet<String> old = was.getOrDefault(key, new TreeSet<>());
            SortedSet<String> current = now.getOrDefault(key, new TreeSet<>());
            SortedSet<String> removed = new TreeSet<>(old);
            removed.removeAll(current);
            removed.removeIf(value -> noise(section + "." + key + ": " + value));
            SortedSet<String> added = new TreeSet<>(current);
            added.removeAll(old);
            added.removeIf(value -> noise(section + "." + key + ": " + value));
            if (!removed.isEmpty() || !added.isEmpty()) {
                difference.found(key, removed, added);
            }
        }
    }

    private static String describe(Baseline.RequestOutcome outcome) {
        return outcome.answer() + ", " + outcome.outcome()
                + (outcome.notifications().isEmpty() ? ", no notification" : ", notified " + outcome.notifications());
    }

    private static String shown(String value) {
        return value == null ? "(absent)" : value.isEmpty() ? "(empty)" : value;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static SortedSet<String> union(Set<String> a, Set<String> b) {
        SortedSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The added sibling most like the removed element by name ("teamName" → "teamDisplayName"), if any is. */
    private static Optional<String> renamedTo(String removed, SortedSet<String> added) {
        String name = leaf(removed).toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = 2;
        for (String candidate : added) {
            if (!parent(candidate).equals(parent(removed))) {
                continue;
            }
            String other = leaf(candidate).toLowerCase(Locale.ROOT);
            int prefix = 0;
            while (prefix < Math.min(name.length(), other.length()) && name.charAt(prefix) == other.charAt(prefix)) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < Math.min(name.length(), other.length()) - prefix
                    && name.charAt(name.length() - 1 - suffix) == other.charAt(other.length() - 1 - suffix)) {
                suffix++;
            }
            if (prefix + suffix > bestScore) {
                bestScore = prefix + suffix;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }
}
