package io.finesseacceptance.upgrade;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shapes of the documents one side answered, by kind: every element path met, and how many documents had
 * each, so that an element some documents had and others (with its parent) did not is known as optional. A
 * side that did not show an optional element may not have met it; one that did not show an element every
 * document had, where it met its parent, answers without it.
 */
final class DocumentShapes {

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    void add(String kind, SortedSet<String> shape) {
        Map<String, Integer> ofKind = counts.computeIfAbsent(kind, k -> new HashMap<>());
        shape.forEach(path -> ofKind.merge(path, 1, Integer::sum));
    }

    void addAll(DocumentShapes other) {
        other.counts.forEach((kind, paths) -> {
            Map<String, Integer> ofKind = counts.computeIfAbsent(kind, k -> new HashMap<>());
            paths.forEach((path, count) -> ofKind.merge(path, count, Integer::sum));
        });
    }

    /** Every element path met, by kind. */
    SortedMap<String, SortedSet<String>> paths() {
        SortedMap<String, SortedSet<String>> paths = new TreeMap<>();
        counts.forEach((kind, ofKind) -> paths.put(kind, new TreeSet<>(ofKind.keySet())));
        return paths;
    }

    /** By kind, the elements fewer documents had than had their parent; kinds with none are left out. */
    SortedMap<String, SortedSet<String>> optional() {
        SortedMap<String, SortedSet<String>> optional = new TreeMap<>();
        counts.forEach((kind, ofKind) -> {
            SortedSet<String> some = new TreeSet<>();
            ofKind.forEach((path, count) -> {
                Integer parent = ofKind.get(DocumentShape.parent(path));
                if (parent != null && count < parent) {
                    some.add(path);
                }
            });
            if (!some.isEmpty()) {
                optional.put(kind, some);
            }
        });
        return optional;
    }
}
