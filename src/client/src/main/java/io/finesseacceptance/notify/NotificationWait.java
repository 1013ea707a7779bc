package io.finesseacceptance.notify;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits on a feed for the notification a request caused. Polls the in-memory feed every millisecond on
 * the caller's thread, which keeps detection within a couple of milliseconds of arrival at no network cost.
 */
public final class NotificationWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(1);

    private NotificationWait() {
    }

    /**
     * Returns the matching notification, or fails: at once when an error Update for the request arrives;
     * with {@link NotificationLostInGap} as soon as the session is back from a drop that came after the
     * request (the notification may have been published into the gap); after {@code timeout} otherwise,
     * naming the agent, the expected state and every notification seen.
     */
    public static AnnouncedState awaitUserUpdate(NotificationFeed feed, UserUpdateExpectation expected,
                                                 Duration timeout) {
        UserNotification notification = awaitDecisive(feed, expected, timeout).orElseThrow(() -> {
            List<SessionGap> gaps = feed.gapsReaching(expected.markedNanos());
            String message = timeoutMessage(feed, expected, timeout);
            return gaps.isEmpty() ? new NotificationNotReceived(message)
                    : new NotificationLostInGap(message + SessionGap.meanwhile(gaps), gaps);
        });
        long seen = System.nanoTime();
        if (notification.isError()) {
            throw new RequestRejected("Agent %s: Finesse accepted the request for %s, then rejected it: %s. "
                    .formatted(feed.agentId(), expected.state(), notification.errors())
                    + "Error notification: " + notification.summary(), notification);
        }
        return new AnnouncedState(notification, seen);
    }

    /**
     * Waits for the error Update of a request that Finesse accepted and then refused; fails as "no
     * refusal" when the state change is announced instead, or nothing comes in time.
     */
    public static UserNotification awaitRejection(NotificationFeed feed, UserUpdateExpectation expected,
                                                  Duration timeout) {
        UserNotification notification = awaitDecisive(feed, expected, timeout)
                .orElseThrow(() -> new NotificationNotReceived(("Agent %s: no refusal: Finesse accepted the request"
                        + " for %s and then announced neither an error nor the change within %s: ")
                        .formatted(feed.agentId(), expected.describe(), format(timeout))
                        + seenSince(feed, expected)
                        + SessionGap.meanwhile(feed.gapsReaching(expected.markedNanos()))));
        if (!notification.isError()) {
            throw new AssertionError("Agent %s: no refusal: Finesse accepted the request %s and announced the change: %s"
                    .formatted(feed.agentId(), expected.requestId(), notification.summary()));
        }
        return notification;
    }

    /**
     * Waits for any Update the request could have caused; returns quietly when none comes in time, or
     * once the session is back from a drop after the request (what fell into the gap never comes).
     */
    public static void awaitAnyOutcome(NotificationFeed feed, UserUpdateExpectation request, Duration timeout) {
        try {
            polling("any outcome for " + request.requestId(), timeout).until(() -> backFromAGap(feed, request)
                    || feed.since(request.after()).stream().anyMatch(request::couldBeCausedByRequest));
        } catch (ConditionTimeoutException nothingCame) {
            // nothing in flight after all (or Finesse stays silent): the caller reads the state anyway
        }
    }

    /**
     * Passes when, for the whole quiet period, no Update reaches the feed on the expected node that
     * could have been caused by the request: what a request refused at once must look like.
     */
    public static void assertNothingAnnounced(NotificationFeed feed, UserUpdateExpectation refused, Duration quiet) {
        assertNothingAnnouncedBut(feed, refused, quiet, Optional.empty());
    }

    /**
     * As {@link #assertNothingAnnounced}, except for the error Update that carried the refusal of a request
     * Finesse had accepted: nothing but it may come.
     */
    public static void assertNothingAnnouncedBut(NotificationFeed feed, UserUpdateExpectation refused, Duration quiet,
                                                 Optional<UserNotification> refusal) {
        Predicate<UserNotification> announcement = notification -> refused.couldBeCausedByRequest(notification)
                && !feed.isRepublish(notification) && refusal.map(update -> !update.equals(notification)).orElse(true);
        try {
            Awaitility.await("nothing announced for agent " + feed.agentId())
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(10))
                    .during(quiet)
                    .atMost(quiet.plusSeconds(1))
                    .until(() -> feed.since(refused.after()).stream().noneMatch(announcement));
            List<SessionGap> gaps = feed.gapsReaching(refused.markedNanos());
            if (!gaps.isEmpty()) {
                throw new AssertionError("Agent %s: cannot tell whether anything was announced for request %s: "
                        .formatted(feed.agentId(), refused.requestId()) + "the XMPP session was down meanwhile."
                        + SessionGap.meanwhile(gaps));
            }
        } catch (ConditionTimeoutException announced) {
            throw new AssertionError("Agent %s: Finesse refused the request (%s), yet announced afterwards:\n  %s"
                    .formatted(feed.agentId(), refused.requestId(), feed.since(refused.after()).stream()
                            .filter(announcement).map(UserNotification::summary)
                            .collect(Collectors.joining("\n  "))));
        }
    }

    /** The first Update that settles the request, a state change or an error; empty after the timeout. */
    private static Optional<UserNotification> awaitDecisive(NotificationFeed feed, UserUpdateExpectation expected,
                                                            Duration timeout) {
        AtomicReference<UserNotification> decisive = new AtomicReference<>();
        try {
            polling("agent " + feed.agentId() + " hears about " + expected.requestId(), timeout)
                    .until(() -> firstDecisive(feed, expected, decisive) || backFromAGap(feed, expected));
            return Optional.ofNullable(decisive.get());
        } catch (ConditionTimeoutException timedOut) {
            return Optional.empty();
        }
    }

    /** Waiting longer is pointless: what was published while the session was down never comes. */
    private static boolean backFromAGap(NotificationFeed feed, UserUpdateExpectation expected) {
        return feed.sessionUp() && !feed.gapsReaching(expected.markedNanos()).isEmpty();
    }

    private static ConditionFactory polling(String alias, Duration timeout) {
        return Awaitility.await(alias).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(POLL_INTERVAL)
                .atMost(timeout);
    }

    private static boolean firstDecisive(NotificationFeed feed, UserUpdateExpectation expected,
                                         AtomicReference<UserNotification> decisive) {
        for (UserNotification notification : feed.since(expected.after())) {
            if (feed.isRepublish(notification)) {
                continue;
            }
            if (expected.isRejectedBy(notification) || expected.isMetBy(notification)) {
                decisive.set(notification);
                return true;
            }
        }
        return false;
    }

    private static String timeoutMessage(NotificationFeed feed, UserUpdateExpectation expected, Duration timeout) {
        return "Agent %s: expected a notification announcing %s within %s, but "
                .formatted(feed.agentId(), expected.describe(), format(timeout)) + seenSince(feed, expected);
    }

    /** "no notification arrived…" or the notifications after the request, then the count before it. */
    private static String seenSince(NotificationFeed feed, UserUpdateExpectation expected) {
        List<UserNotification> since = feed.since(expected.after());
        StringBuilder message = new StringBuilder();
        if (since.isEmpty()) {
            message.append("no notification arrived after the request.");
        } else {
            message.append("the ").append(since.size()).append(" notification(s) after the request were:\n  ")
                    .append(since.stream().map(n -> (feed.isRepublish(n) ? "(repeated after a CTI failover) "
                            : expected.couldBeCausedByRequest(n) ? "" : "(not ours) ") + n.summary())
                            .collect(Collectors.joining("\n  ")));
        }
        message.append("\nNotifications before the request in this session: ").append(expected.after()).append('.');
        if (!feed.unreadable().isEmpty()) {
            message.append(" Unreadable messages received: ").append(feed.unreadable().size()).append('.');
        }
        return message.toString();
    }

    private static String format(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
