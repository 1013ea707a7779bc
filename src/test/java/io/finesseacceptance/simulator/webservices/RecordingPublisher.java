package io.finesseacceptance.simulator.webservices;

import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every published Update so tests can wait for them and inspect them. */
final class RecordingPublisher implements NotificationPublisher {

    record Published(String node, String updateXml) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(String node, String updateXml) {
        published.add(new Published(node, updateXml));
    }

    /** Cuts are recorded too, so a test can see the fault switch asked for one. */
    @Override
    public void dropSessions(String username) {
        published.add(new Published("(sessions of " + username + " cut)", ""));
    }

    List<Published> all() {
        return List.copyOf(published);
    }

    void clear() {
        published.clear();
    }

    /** Waits until at least {@code count} Updates arrived and returns the {@code count}th. */
    Published awaitNth(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> published.size() >= count);
        return published.get(count - 1);
    }
}
