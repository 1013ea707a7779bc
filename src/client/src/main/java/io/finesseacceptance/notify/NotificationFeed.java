package io.finesseacceptance.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one agent's XMPP session received, in arrival order. The XMPP thread appends, the test
 * thread reads; readers get snapshots, so a wait never sees a half-written list.
 *
 * <p>A feed made by {@link #keepingLast} forgets all but its newest notifications (sequence numbers and
 * marks go on counting), so a load run's thousands of sessions do not hold every Update of the run.
 */
public final class NotificationFeed {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationFeed.class);

    private final String agentId;
    private final List<UserNotification> notifications = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final List<SessionGap> gaps = new ArrayList<>();
    private final List<Consumer<UserNotification>> landListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> stillDownListeners = new CopyOnWriteArrayList<>();
    private final int retained;
    /** Sequences of Updates that repeat an agent's last state after a CTI failover, not changes anyone made. */
    private final Set<Long> republished = new HashSet<>();
    private final Set<String> republishedAgents = new HashSet<>();
    private boolean outOfService;
    private boolean afterFailover;
    /** How many of the oldest notifications were forgotten: the first kept one has sequence forgotten + 1. */
    private long forgotten;

    public NotificationFeed(String agentId) {
        this(agentId, Integer.MAX_VALUE);
    }

    private NotificationFeed(String agentId, int retained) {
        this.agentId = agentId;
        this.retained = retained;
    }

    /** A feed that keeps only the newest {@code retained} notifications (at least one). */
    public static NotificationFeed keepingLast(String agentId, int retained) {
        if (retained < 1) {
            throw new IllegalArgumentException("a feed must keep at least one notification");
        }
        return new NotificationFeed(agentId, retained);
    }

    /**
     * Calls {@code listener} with every notification that lands from now on, on the thread that received it
     * (the XMPP thread) and after the feed has recorded it, so {@link #since} already shows it. A listener
     * must be quick and must not throw; one that throws is logged and kept.
     */
    public void onLand(Consumer<UserNotification> listener) {
        landListeners.add(listener);
    }

    public String agentId() {
        return agentId;
    }

    /** Reads one received message into the feed; a message that cannot be read is kept for the report. */
    public void land(String messageXml) {
        long nanos = System.nanoTime();
        Instant at = Instant.now();
        List<UpdateParser.ParsedUpdate> updates;
        try {
            updates = UpdateParser.parse(messageXml);
        } catch (RuntimeException unreadableMessage) {
            LOG.warn("Agent {}: a notification could not be read: {}", agentId, unreadableMessage.getMessage());
            synchronized (this) {
                unreadable.add(messageXml);
            }
            return;
        }
        List<UserNotification> landed = new ArrayList<>(updates.size());
        synchronized (this) {
            for (UpdateParser.ParsedUpdate update : updates) {
                UserNotification notification = new UserNotification(forgotten + notifications.size() + 1L, at, nanos,
                        update.node(), update.event(), update.requestId(), update.source(), update.user(),
                        update.errors(), update.payload(), update.envelope());
                notifications.add(notification);
                landed.add(notification);
                noteFailover(notification);
            }
            int excess = notifications.size() - retained;
            if (excess > 0) {
                notifications.subList(0, excess).clear();
                forgotten += excess;
            }
        }
        for (UserNotification notification : landed) {
            for (Consumer<UserNotification> listener : landListeners) {
                try {
                    listener.accept(notification);
                } catch (RuntimeException failed) {
                    LOG.error("Agent {}: a notification listener failed on {}", agentId, notification.summary(), failed);
                }
            }
        }
    }

    /**
     * After a CTI failover Finesse goes OUT_OF_SERVICE, back IN_SERVICE, and then publishes every agent's last
     * state again (docs/finesse-contract.md §20): the first Update without a requestId per node and agent after
     * that is such a repeat.
     */
    private void noteFailover(UserNotification notification) {
        Optional<String> status = SystemStatusUpdate.status(notification);
        if (status.isPresent()) {
            if (!"IN_SERVICE".equals(status.get())) {
                outOfService = true;
            } else if (outOfService) {
                outOfService = false;
                afterFailover = true;
                republishedAgents.clear();
            }
            return;
        }
        if (afterFailover && !notification.hasRequestId() && !notification.isError() && notification.user().isPresent()
                && republishedAgents.add(notification.node() + "|" + notification.user().get().loginId())) {
            republished.add(notification.sequence());
        }
    }

    /** Whether the notification repeats a state after a CTI failover instead of announcing a change. */
    public synchronized boolean isRepublish(UserNotification notification) {
        return republished.contains(notification.sequence());
    }

    /** The first SystemInfo Update after {@code mark} that took Finesse out of service, if one came. */
    public synchronized Optional<UserNotification> outOfServiceSince(long mark) {
        return since(mark).stream().filter(notification -> SystemStatusUpdate.status(notification)
                .filter(status -> !"IN_SERVICE".equals(status)).isPresent()).findFirst();
    }

    /** The sequence number of the newest notification: what arrives later has a higher one. */
    public synchronized long mark() {
        return forgotten + notifications.size();
    }

    /** What landed after {@code mark}, as far as the feed still keeps it. */
    public synchronized List<UserNotification> since(long mark) {
        int from = (int) Math.max(0, Math.min(mark - forgotten, notifications.size()));
        return List.copyOf(notifications.subList(from, notifications.size()));
    }

    public synchronized List<UserNotification> all() {
        return List.copyOf(notifications);
    }

    /** The session dropped: from now until {@link #sessionRestored()} nothing can reach the feed. */
    public synchronized void sessionDropped(String cause) {
        if (gaps.isEmpty() || !gaps.get(gaps.size() - 1).isOpen()) {
            gaps.add(SessionGap.opened(cause));
        }
    }

    /**
     * The session tried to come back and could not: the notification service is down or unreachable, one of
     * the guide's failure signals. Listeners hear {@code cause} on the reconnecting thread.
     */
    public void sessionStillDown(String cause) {
        stillDownListeners.forEach(listener -> listener.accept(cause));
    }

    /** Hears every failed attempt to bring the session back. */
    public void onStillDown(Consumer<String> listener) {
        stillDownListeners.add(listener);
    }

    /** The session is back, with presence: notifications reach the feed again. */
    public synchronized void sessionRestored() {
        if (!gaps.isEmpty() && gaps.get(gaps.size() - 1).isOpen()) {
            gaps.set(gaps.size() - 1, gaps.get(gaps.size() - 1).closed());
        }
    }

    public synchronized boolean sessionUp() {
        return gaps.isEmpty() || !gaps.get(gaps.size() - 1).isOpen();
    }

    /** Gaps during which the session was down at some moment at or after {@code nanos}. */
    public synchronized List<SessionGap> gapsReaching(long nanos) {
        return gaps.stream().filter(gap -> gap.reaches(nanos)).toList();
    }

    public synchronized List<SessionGap> gaps() {
        return List.copyOf(gaps);
    }

    public synchronized List<String> unreadable() {
        return List.copyOf(unreadable);
    }
}
