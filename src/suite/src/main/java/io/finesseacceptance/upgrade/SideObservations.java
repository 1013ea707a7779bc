package io.finesseacceptance.upgrade;

import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a run saw of one side as it went: SystemInfo, document shapes, notification forms, reason codes. */
final class SideObservations {

    private final SortedMap<String, String> systemInfo = new TreeMap<>();
    private final DocumentShapes documents = new DocumentShapes();
    private final SortedMap<String, SortedSet<String>> notifications = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> reasonCodes = new TreeMap<>();

    /** The first SystemInfo a side answered is its own: later reads only repeat it. */
    void systemInfo(Map<String, String> fields) {
        if (systemInfo.isEmpty()) {
            systemInfo.putAll(fields);
        }
    }

    void document(String kind, SortedSet<String> shape) {
        documents.add(kind, shape);
    }

    void notificationForm(String aspect, String form) {
        notifications.computeIfAbsent(aspect, k -> new TreeSet<>()).add(form);
    }

    void reasonCode(String category, String code) {
        reasonCodes.computeIfAbsent(category, k -> new TreeSet<>()).add(code);
    }

    /** Adds what {@code other} saw of the same side (its REST API and its notification service, heard apart). */
    void addAll(SideObservations other) {
        other.systemInfo.forEach(systemInfo::putIfAbsent);
        documents.addAll(other.documents);
        other.notifications.forEach((aspect, forms) -> forms.forEach(form -> notificationForm(aspect, form)));
        other.reasonCodes.forEach((category, codes) -> codes.forEach(code -> reasonCode(category, code)));
    }

    SideRecord toRecord(SortedMap<String, SortedSet<String>> moreNotificationForms, SortedSet<String> answered) {
        SortedMap<String, SortedSet<String>> forms = SideRecord.copy(notifications);
        moreNotificationForms.forEach((aspect, values) -> forms.computeIfAbsent(aspect, k -> new TreeSet<>())
                .addAll(values));
        return new SideRecord(systemInfo, documents.paths(), documents.optional(), forms, reasonCodes, answered);
    }
}
