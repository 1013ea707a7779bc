package io.finesseacceptance.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one agent's XMPP session received, in arrival order. The XMPP thread appends, the test
 * thread reads; readers get snapshots, so a wait never sees a half-written list.
 */
public final class NotificationFeed {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationFeed.class);

    private final String agentId;
    private final List<UserNotification> notifications = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final List<SessionGap> gaps = new ArrayList<>();

    public NotificationFeed(String agentId) {
        this.agentId = agentId;
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
        synchronized (this) {
            for (UpdateParser.ParsedUpdate update : updates) {
                notifications.add(new UserNotification(notifications.size() + 1L, at, nanos, update.node(),
                        update.event(), update.requestId(), update.source(), update.user(), update.errors(),
                        update.payload(), update.envelope()));
            }
        }
    }

    /** The sequence number of the newest notification: what arrives later has a higher one. */
    public synchronized long mark() {
        return notifications.size();
    }

    public synchronized List<UserNotification> since(long mark) {
        return List.copyOf(notifications.subList((int) Math.min(mark, notifications.size()), notifications.size()));
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
