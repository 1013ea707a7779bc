package io.finesseacceptance.upgrade;

import io.finesseacceptance.settings.Side;
import io.finesseacceptance.upgrade.Finding.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where the two sides of one run answer as different releases, as for a while during a rolling upgrade: a
 * SystemInfo version field with another value, an element one side puts in every document that has its parent
 * and the other side in none, notifications of another form. Each finding names the field or element and
 * what each side showed. They warn and do not fail the run: during a rolling upgrade the sides are meant to
 * differ, and a side that broke the contract fails the run through its own comparison with the baseline.
 */
final class SideDifferences {

    private final SideRecord primary;
    private final SideRecord secondary;
    private final Set<String> noise;
    private final List<Finding> findings = new ArrayList<>();

    private SideDifferences(Baseline run, Set<String> noise) {
        this.primary = run.side(Side.PRIMARY);
        this.secondary = run.side(Side.SECONDARY);
        this.noise = noise;
    }

    /** @param noise the baseline's: what comes and goes between runs of one release is no sign of two */
    static List<Finding> of(Baseline run, Set<String> noise) {
        if (!run.twoSides()) {
            return List.of();
        }
        SideDifferences differences = new SideDifferences(run, noise);
        differences.versions();
        differences.documents();
        differences.notificationForms();
        return differences.findings;
    }

    private void versions() {
        for (String field : SideComparison.union(primary.systemInfo().keySet(), secondary.systemInfo().keySet())) {
            String onPrimary = primary.systemInfo().get(field);
            String onSecondary = secondary.systemInfo().get(field);
            if (field.toLowerCase(Locale.ROOT).contains("version") && !Objects.equals(onPrimary, onSecondary)) {
                warn("SystemInfo %s: primary side %s, secondary side %s".formatted(field,
                        SideComparison.shown(onPrimary), SideComparison.shown(onSecondary)));
            }
        }
    }

    private void documents() {
        for (String kind : primary.documents().keySet()) {
            if (secondary.documents().containsKey(kind)) {
                onlyOn(Side.PRIMARY, primary, secondary, kind);
                onlyOn(Side.SECONDARY, secondary, primary, kind);
            }
        }
    }

    /** Elements {@code with} had in every document that had their parent, and {@code without}, meeting it, never. */
    private void onlyOn(Side side, SideRecord with, SideRecord without, String kind) {
        for (String path : with.documents(kind)) {
            String parent = DocumentShape.parent(path);
            boolean missing = !without.documents(kind).contains(path) && without.documents(kind).contains(parent);
            if (missing && !with.optional(kind, path) && !noisy("documents." + kind, path)) {
                warn("%s: the %s side answers with %s, the %s side without it".formatted(kind, side.label(), path,
                        side.other().label()));
            }
        }
    }

    private void notificationForms() {
        for (String aspect : primary.notifications().keySet()) {
            SortedSet<String> onPrimary = primary.notifications().get(aspect);
            SortedSet<String> onSecondary = secondary.notifications().getOrDefault(aspect, new TreeSet<>());
            // a side that sent fewer notifications may not have met every form: the sides differ only when each
            // shows a form the other does not
            boolean differ = !onSecondary.isEmpty() && !onPrimary.containsAll(onSecondary)
                    && !onSecondary.containsAll(onPrimary);
            if (differ && !noisy("notifications." + aspect, null)) {
                warn("Notification %s: primary side %s, secondary side %s".formatted(aspect, onPrimary, onSecondary));
            }
        }
    }

    private boolean noisy(String key, String value) {
        for (String prefix : List.of("", Baseline.SECONDARY_NOISE)) {
            if (noise.contains(prefix + key) || value != null && noise.contains(prefix + key + ": " + value)) {
                return true;
            }
        }
        return false;
    }

    private void warn(String text) {
        findings.add(Finding.warning(Section.SIDES, text));
    }
}
