package io.finesseacceptance.simulator.webservices;

import static org.awaitility.Awaitility.await;

import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every published Update so tests can wait for them and inspect them: those on team nodes
 * ({@code /finesse/api/Team/{id}/Users}) apart, in {@link #team()}, so the users' own Updates keep their order.
 */
final class RecordingPublisher implements NotificationPublisher {

    static final String TEAM_NODES = "/finesse/api/Team/";

    record Published(String node, String updateXml) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();
    private final List<Published> teamPublished = new CopyOnWriteArrayList<>();

    @Override
    public void publish(String node, String updateXml) {
        (node.startsWith(TEAM_NODES) ? teamPublished : published).add(new Published(node, updateXml));
    }

    /** The Updates published on team nodes, in order. */
    List<Published> team() {
        return List.copyOf(teamPublished);
    }

    /** Waits until at least {@code count} team Updates arrived and returns the {@code count}th. */
    Published awaitNthOnTeam(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> teamPublished.size() >= count);
        return teamPublished.get(count - 1);
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
        teamPublished.clear();
    }

    /** Waits until at least {@code count} Updates arrived and returns the {@code count}th. */
    Published awaitNth(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> published.size() >= count);
        return published.get(count - 1);
    }
}
