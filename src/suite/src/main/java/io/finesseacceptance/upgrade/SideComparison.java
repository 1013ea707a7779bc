package io.finesseacceptance.upgrade;

import io.finesseacceptance.upgrade.Finding.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares what one side of a run showed (SystemInfo, notification forms, document shapes, reason codes) with
 * what the baseline showed for it, leaving out the baseline's noise.
 *
 * <p>On a deployment of two sides each side meets only the documents of the scenarios that ran on it, so
 * something the baseline had and this side did not show counts as gone only when the run's other side did
 * not show it either, or (an element) when every document had it wherever its parent was: a side that met
 * the parent and answered without it answers without it.
 */
final class SideComparison {

    private static final Set<String> CONTRACT_FIELDS = Set.of("deploymentType", "status", "systemAuthMode");

    private final SideRecord before;
    private final Set<String> noise;
    private final SideRecord after;
    private final Optional<SideRecord> otherSide;

    /**
     * @param noise     the baseline's
     * @param otherSide the run's other side, on a deployment of two
     */
    SideComparison(SideRecord before, Set<String> noise, SideRecord after, Optional<SideRecord> otherSide) {
        this.before = before;
        this.noise = noise;
        this.after = after;
        this.otherSide = otherSide;
    }

    /** What varied between the baseline's runs, on either side: it varies with which scenarios land where. */
    private boolean noise(String key) {
        return noise.contains(key) || noise.contains(Baseline.SECONDARY_NOISE + key);
    }

    List<Finding> systemInfo() {
        List<Finding> findings = new ArrayList<>();
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
        return findings;
    }

    List<Finding> notificationForms() {
        List<Finding> findings = new ArrayList<>();
        compareSets("notifications", before.notifications(), after.notifications(), (aspect, removed, added) -> {
            boolean gone = removed.stream().anyMatch(form -> otherSide.map(other -> !other.notifications()
                    .getOrDefault(aspect, new TreeSet<>()).contains(form)).orElse(true));
            if (!added.isEmpty() || gone) {
                findings.add(Finding.breaking(Section.CONTRACT, "Notification %s: was %s; now %s".formatted(aspect,
                        before.notifications().getOrDefault(aspect, new TreeSet<>()),
                        after.notifications().getOrDefault(aspect, new TreeSet<>()))));
            }
        });
        return findings;
    }

    List<Finding> documents() {
        List<Finding> findings = new ArrayList<>();
        compareSets("documents", before.documents(), after.documents(), (kind, removed, added) -> {
            if (!after.documents().containsKey(kind)) {
                if (otherSide.filter(other -> other.documents().containsKey(kind)).isEmpty()) {
                    findings.add(Finding.warning(Section.INFORMATION, "Document " + kind + ": not met this run"));
                }
                return;
            }
            if (!before.documents().containsKey(kind)) {
                findings.add(Finding.warning(Section.SHAPE, "Document " + kind + ": new, not in the baseline"));
                return;
            }
            for (String path : removed) {
                if (!removed.contains(DocumentShape.parent(path)) && missed(kind, path)) {
                    String renamed = renamedTo(path, added).map(name -> " (renamed " + DocumentShape.leaf(name) + "?)")
                            .orElse("");
                    findings.add(Finding.breaking(Section.SHAPE, kind + ": element " + path + " removed" + renamed));
                }
            }
            for (String path : added) {
                if (!added.contains(DocumentShape.parent(path))) {
                    findings.add(Finding.warning(Section.SHAPE, kind + ": element " + path + " added"));
                }
            }
        });
        return findings;
    }

    /** Whether this side answered without {@code path} rather than not meeting a document that has it. */
    private boolean missed(String kind, String path) {
        if (otherSide.isEmpty() || !otherSide.get().documents(kind).contains(path)) {
            return true;
        }
        return !otherSide.get().optional(kind, path) && !before.optional(kind, path);
    }

    List<Finding> reasonCodes() {
        List<Finding> findings = new ArrayList<>();
        compareSets("reasonCodes", before.reasonCodes(), after.reasonCodes(), (category, removed, added) -> {
            boolean readElsewhere = !after.reasonCodes().containsKey(category)
                    && otherSide.filter(other -> other.reasonCodes().containsKey(category)).isPresent();
            if (readElsewhere) {
                return;
            }
            removed.forEach(code -> findings.add(Finding.warning(Section.REASON_CODES, category
                    + " reason code removed: " + code)));
            added.forEach(code -> findings.add(Finding.warning(Section.REASON_CODES, category
                    + " reason code added: " + code)));
        });
        return findings;
    }

    @FunctionalInterface
    private interface SetDifference {
        void found(String key, SortedSet<String> removed, SortedSet<String> added);
    }

    /** Per key: what the baseline had that this side lacks, and the reverse, leaving out the baseline's noise. */
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

    static String shown(String value) {
        return value == null ? "(absent)" : value.isEmpty() ? "(empty)" : value;
    }

    static SortedSet<String> union(Set<String> a, Set<String> b) {
        SortedSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The added sibling most like the removed element by name ("teamName" → "teamDisplayName"), if any is. */
    private static Optional<String> renamedTo(String removed, SortedSet<String> added) {
        String name = DocumentShape.leaf(removed).toLowerCase(Locale.ROOT);
        String best = null;
        int bestScore = 2;
        for (String candidate : added) {
            if (!DocumentShape.parent(candidate).equals(DocumentShape.parent(removed))) {
                continue;
            }
            String other = DocumentShape.leaf(candidate).toLowerCase(Locale.ROOT);
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
