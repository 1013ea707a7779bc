package io.finesseacceptance.upgrade;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one side of a deployment showed: its SystemInfo, the shape of the documents it answered, the form of
 * the notifications its service sent, its reason codes, and which of the run's requests it answered. The two
 * sides of a Finesse deployment run separate releases for a while during a rolling upgrade, so each is kept.
 *
 * @param optionalElements per document kind, the elements some documents had and others, with the same parent
 *                         element, did not (a ReasonCode, a supervisor's teams): a side that did not show one may
 *                         simply not have met it, where an element every document had is missed for sure
 * @param answered         the keys of {@link Baseline#requests()} this side answered
 */
@JsonPropertyOrder(alphabetic = true)
public record SideRecord(SortedMap<String, String> systemInfo, SortedMap<String, SortedSet<String>> documents,
                         SortedMap<String, SortedSet<String>> optionalElements,
                         SortedMap<String, SortedSet<String>> notifications,
                         SortedMap<String, SortedSet<String>> reasonCodes, SortedSet<String> answered) {

    public SideRecord {
        systemInfo = systemInfo == null ? new TreeMap<>() : new TreeMap<>(systemInfo);
        documents = copy(documents);
        // a baseline from before sides were kept has none: every element it holds then counts as always there
        optionalElements = copy(optionalElements);
        notifications = copy(notifications);
        reasonCodes = copy(reasonCodes);
        answered = answered == null ? new TreeSet<>() : new TreeSet<>(answered);
    }

    /**
     * This side's SystemInfo, with the documents, notification forms and reason codes both sides met: what a
     * release showed over a deployment, where each side met only the scenarios that ran on it.
     */
    SideRecord withWhatBothMet(SideRecord other) {
        return new SideRecord(systemInfo, union(documents, other.documents), union(optionalElements,
                other.optionalElements), union(notifications, other.notifications), union(reasonCodes,
                other.reasonCodes), answered);
    }

    private static SortedMap<String, SortedSet<String>> union(SortedMap<String, SortedSet<String>> a,
                                                              SortedMap<String, SortedSet<String>> b) {
        SortedMap<String, SortedSet<String>> both = copy(a);
        b.forEach((key, values) -> both.computeIfAbsent(key, k -> new TreeSet<>()).addAll(values));
        return both;
    }

    /** Whether documents of {@code kind} on this side sometimes had {@code path} and sometimes not. */
    boolean optional(String kind, String path) {
        return optionalElements.getOrDefault(kind, new TreeSet<>()).contains(path);
    }

    SortedSet<String> documents(String kind) {
        return documents.getOrDefault(kind, new TreeSet<>());
    }

    static SortedMap<String, SortedSet<String>> copy(Map<String, ? extends Set<String>> map) {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        if (map != null) {
            map.forEach((key, values) -> copy.put(key, new TreeSet<>(values)));
        }
        return copy;
    }
}
