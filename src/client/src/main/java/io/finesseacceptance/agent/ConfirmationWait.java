package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.NotificationLostInGap;
import io.finesseacceptance.notify.NotificationNotReceived;
import io.finesseacceptance.notify.NotificationWait;
import io.finesseacceptance.notify.SessionGap;
import io.finesseacceptance.notify.UserUpdateExpectation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a desk confirms a change it sent: by the notification announcing it, or by reading the agent back when
 * that notification could not be heard, because the agent's XMPP session was down while it was due or because
 * the side that was to announce it failed over during the wait. The desk may move to the other side while the
 * wait runs, so its position is read anew wherever that matters.
 */
final class ConfirmationWait {

    private final AgentDesk desk;
    private final Duration eventTimeout;

    ConfirmationWait(AgentDesk desk, Duration eventTimeout) {
        this.desk = desk;
        this.eventTimeout = eventTimeout;
    }

    /**
     * Waits up to the event timeout for the change's notification; fails as {@link NotificationWait} says, or
     * as {@link CaughtInFailover} when a failover met the wait and reading back did not show the change.
     */
    StateConfirmation confirm(StateChange change) {
        UserUpdateExpectation expected = change.expectedNotification();
        long deadline = System.nanoTime() + eventTimeout.toNanos();
        DeskPosition waitingOn = desk.position();
        NotificationFeed listening = waitingOn.feed();
        try {
            return StateConfirmation.byNotification(NotificationWait.awaitUserUpdate(listening, expected, eventTimeout));
        } catch (NotificationNotReceived notAnnounced) {
            DeskPosition now = desk.position();
            Optional<String> failover = now.side() != waitingOn.side() ? Optional.of(now.movedBecause())
                    : listening.outOfServiceSince(expected.after()).map(update -> "the " + waitingOn.side().label()
                            + " side went out of service meanwhile: " + update.summary());
            if (failover.isEmpty()) {
                throw notAnnounced;
            }
            return caughtInFailover(change, failover.get(), notAnnounced);
        } catch (NotificationLostInGap lost) {
            return afterGap(expected, lost, deadline);
        }
    }

    /** The session was down while the notification was due: reading back decides, or the restored session. */
    private StateConfirmation afterGap(UserUpdateExpectation expected, NotificationLostInGap lost, long deadline) {
        User user = desk.read();
        if (expected.isShownBy(user)) {
            return StateConfirmation.byReadingBack(user, lost.gaps());
        }
        // not applied yet: it may still be announced on the restored session
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        try {
            return StateConfirmation.byNotification(
                    NotificationWait.awaitUserUpdate(desk.feed(), expected.markedNow(), left));
        } catch (NotificationNotReceived | NotificationLostInGap stillNothing) {
            User last = desk.read();
            if (expected.isShownBy(last)) {
                return StateConfirmation.byReadingBack(last, desk.feed().gapsReaching(expected.markedNanos()));
            }
            List<SessionGap> gaps = desk.feed().gapsReaching(expected.markedNanos());
            String meanwhile = stillNothing instanceof NotificationLostInGap ? "" : SessionGap.meanwhile(gaps);
            throw new NotificationLostInGap(stillNothing.getMessage() + meanwhile
                    + "\nRead back after the session returned: " + last, gaps);
        }
    }

    /** The wait met a failover: reading back (on the side the desk is on now) decides, in one line if it fails. */
    private StateConfirmation caughtInFailover(StateChange change, String failover, NotificationNotReceived cause) {
        User user = desk.read();
        if (change.expectedNotification().isShownBy(user)) {
            return StateConfirmation.byReadingBack(user, List.of(), "caught in a failover (" + failover
                    + "); read back on the " + desk.side().label() + " side");
        }
        throw new CaughtInFailover("Agent %s: caught in a failover while %s was awaited (%s); read back on the %s side: %s"
                .formatted(desk.id(), change.expectedNotification().describe(), failover, desk.side().label(), user),
                cause);
    }
}
