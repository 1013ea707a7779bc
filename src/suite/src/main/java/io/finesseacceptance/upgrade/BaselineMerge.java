package io.finesseacceptance.upgrade;

import io.finesseacceptance.settings.Side;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds a run of the same release to a baseline, Diffy's way: both are known good, so whatever differs
 * between them (an element one run met and the other did not, a request answered differently, a scenario
 * skipped once) is noise, listed in {@link Baseline#noise()}, and never reported by a comparison. On two
 * sides, what the runs' secondary sides disagree on is noise of the secondary ({@code secondary.} keys).
 */
public final class BaselineMerge {

    private BaselineMerge() {
    }

    /**
     * @throws IllegalArgumentException when the run reports other versions than the baseline, on either side:
     *                                  a run of another release is what a comparison is for, not noise
     */
    public static Baseline of(Baseline baseline, Baseline run) {
        boolean twoSides = baseline.twoSides() || run.twoSides();
        for (Side side : twoSides ? List.of(Side.PRIMARY, Side.SECONDARY) : List.of(Side.PRIMARY)) {
            Map<String, String> versionsBefore = versions(baseline.side(side).systemInfo());
            Map<String, String> versionsNow = versions(run.side(side).systemInfo());
            if (!versionsBefore.equals(versionsNow)) {
                throw new IllegalArgumentException("this run's Finesse reports " + versionsNow
                        + (twoSides ? " on the " + side.label() + " side" : "") + ", the baseline's " + versionsBefore
                        + ": a baseline gathers runs of one release; compare instead (-Dfinesse.baseline.compare=FILE)");
            }
        }
        SortedSet<String> noise = new TreeSet<>(baseline.noise());
        noise.addAll(run.noise());
        SideRecord primary = side("", baseline.side(Side.PRIMARY), run.side(Side.PRIMARY), noise, new TreeSet<>());
        // a baseline of one side and a run of two (or the reverse): the single node stands for the missing side
        SideRecord secondary = twoSides ? side(Baseline.SECONDARY_NOISE, baseline.side(Side.SECONDARY),
                run.side(Side.SECONDARY), noise, answeredBySecondary(baseline, run)) : null;
        SortedMap<String, Baseline.RequestOutcome> requests = scalars("requests", baseline.requests(), run.requests(),
                noise);
        SortedMap<String, String> scenarios = scalars("scenarios", baseline.scenarios(), run.scenarios(), noise);
        SortedMap<String, Baseline.TransitionLatencyRecord> latency = new TreeMap<>(baseline.latency());
        run.latency().forEach((transition, figures) -> latency.merge(transition, figures, LatencyFigures::merged));
        return new Baseline(Baseline.FORMAT, baseline.runs() + run.runs(), baseline.recordedWith(),
                primary.systemInfo(), primary.documents(), primary.optionalElements(), primary.notifications(),
                primary.reasonCodes(), requests, scenarios, latency, noise, secondary);
    }

    /** One side of both: what they disagree on is noise under {@code prefix}. */
    private static SideRecord side(String prefix, SideRecord a, SideRecord b, SortedSet<String> noise,
                                   SortedSet<String> answered) {
        SortedMap<String, SortedSet<String>> optional = SideRecord.copy(a.optionalElements());
        b.optionalElements().forEach((kind, paths) -> optional.computeIfAbsent(kind, k -> new TreeSet<>())
                .addAll(paths));
        return new SideRecord(scalars(prefix + "systemInfo", a.systemInfo(), b.systemInfo(), noise),
                sets(prefix + "documents", a.documents(), b.documents(), noise), optional,
                sets(prefix + "notifications", a.notifications(), b.notifications(), noise),
                sets(prefix + "reasonCodes", a.reasonCodes(), b.reasonCodes(), noise), answered);
    }

    /** The primary's are the rest; a run of one side answered nothing on a secondary. */
    private static SortedSet<String> answeredBySecondary(Baseline baseline, Baseline run) {
        SortedSet<String> answered = new TreeSet<>();
        for (Baseline one : List.of(baseline, run)) {
            if (one.twoSides()) {
                answered.addAll(one.secondary().answered());
            }
        }
        return answered;
    }

    private static Map<String, String> versions(SortedMap<String, String> systemInfo) {
        Map<String, String> versions = new TreeMap<>();
        systemInfo.forEach((field, value) -> {
            if (field.toLowerCase(Locale.ROOT).contains("version")) {
                versions.put(field, value);
            }
        });
        return versions;
    }

    private static <V> SortedMap<String, V> scalars(String section, SortedMap<String, V> a, SortedMap<String, V> b,
                                                    SortedSet<String> noise) {
        SortedMap<String, V> merged = new TreeMap<>(b);
        merged.putAll(a);
        for (String key : merged.keySet()) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                noise.add(section + "." + key);
            }
        }
        return merged;
    }

    private static SortedMap<String, SortedSet<String>> sets(String section, SortedMap<String, SortedSet<String>> a,
                                                             SortedMap<String, SortedSet<String>> b,
                                                             SortedSet<String> noise) {
        SortedMap<String, SortedSet<String>> merged = new TreeMap<>();
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            SortedSet<String> inA = a.getOrDefault(key, new TreeSet<>());
            SortedSet<String> inB = b.getOrDefault(key, new TreeSet<>());
            if (!a.containsKey(key) || !b.containsKey(key)) {
                noise.add(section + "." + key);
            }
            SortedSet<String> union = new TreeSet<>(inA);
            union.addAll(inB);
            for (String value : union) {
                if (inA.contains(value) != inB.contains(value)) {
                    noise.add(section + "." + key + ": " + value);
                }
            }
            merged.put(key, union);
        }
        return merged;
    }
}
