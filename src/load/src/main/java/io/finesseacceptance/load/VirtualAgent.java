package io.finesseacceptance.load;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.ConfirmationListener;
import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.agent.RequestIds;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.notify.AwaitedUpdates;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.UserNotification;
import io.finesseacceptance.notify.XmppSession;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.Side;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * One simulated agent on one side of the deployment: its desk (REST as the agent, through that side's API),
 * its one XMPP session with presence (on that side's notification service), and the event-driven waits on its feed. {@link #perform} sends one step and returns at once with a future that
 * the notification's arrival (or its timeout) completes; no thread waits for it.
 */
final class VirtualAgent {

    /** A load feed keeps only its last notifications; marks and sequence numbers go on counting. */
    private static final int FEED_RETAINED = 8;

    private final Side side;
    private final AgentDesk desk;
    private final XmppSession session;
    private final AwaitedUpdates awaited;
    private final String notReadyReasonCodeId;
    private final DeskSnapshot found;
    private volatile AgentState state;
    private volatile boolean closed;

    /**
     * @param state the state the agent starts cycling from
     * @param found how the agent was found before the run, to be {@link #putBack put back} afterwards
     */
    VirtualAgent(Side side, AgentDesk desk, XmppSession session, AwaitedUpdates awaited, String notReadyReasonCodeId,
                 AgentState state, DeskSnapshot found) {
        this.side = side;
        this.desk = desk;
        this.session = session;
        this.awaited = awaited;
        this.notReadyReasonCodeId = notReadyReasonCodeId;
        this.state = state;
        this.found = found;
    }

    /**
     * Opens the agent's XMPP session (with presence) and desk on {@code lab}'s side ({@code rest} is that side's),
     * takes note of how it was found and, unless it
     * was found in one of {@code startsFrom}, signs it out first (where every cycle can start). The session is
     * closed again when any of that fails.
     */
    static VirtualAgent open(FinesseLab lab, AgentAccount account, FinesseRestClient rest, RequestIds requestIds,
                             String notReadyReasonCodeId, Duration notificationTimeout, Set<AgentState> startsFrom) {
        NotificationFeed feed = NotificationFeed.keepingLast(account.id(), FEED_RETAINED);
        XmppSession session = XmppSession.open(lab.notificationEndpoint(), account, feed);
        try {
            AgentDesk desk = new AgentDesk(account, rest, feed, notificationTimeout, lab.settings().quietPeriod(),
                    requestIds, ConfirmationListener.NONE);
            DeskSnapshot found = desk.snapshot();
            AgentState state = found.state();
            if (!startsFrom.contains(state)) {
                desk.bringTo(DeskSnapshot.signedOut());
                state = AgentState.LOGOUT;
            }
            return new VirtualAgent(lab.side(), desk, session, new AwaitedUpdates(feed), notReadyReasonCodeId, state, found);
        } catch (RuntimeException failed) {
            session.close();
            throw failed;
        }
    }

    /** The NOT_READY reason code every virtual agent asks for: the first one the agent lists. */
    static String notReadyReasonCode(FinesseRestClient rest, AgentAccount agent) {
        List<ReasonCode> codes = rest.reasonCodes(agent, "NOT_READY");
        if (codes.isEmpty()) {
            throw new IllegalStateException("Agent " + agent.id() + " lists no NOT_READY reason code");
        }
        return codes.get(0).id();
    }

    String id() {
        return desk.id();
    }

    /** The side whose REST API and notification service this agent uses. */
    Side side() {
        return side;
    }

    /** The state the last confirmed step announced (or the one read back after a failed step). */
    AgentState state() {
        return state;
    }

    int pendingNotifications() {
        return awaited.pending();
    }

    /**
     * Sends the step's PUT on the calling thread; the future says whether the step was confirmed by its
     * notification, and never fails: every outcome is counted in {@code stats} first.
     */
    CompletableFuture<Boolean> perform(Transition step, TransitionStats stats, Duration timeout) {
        stats.requested();
        StateChange change;
        try {
            change = desk.send(step.request(desk.account().extension(), notReadyReasonCodeId));
        } catch (RuntimeException failed) {
            stats.error(failed.getClass().getSimpleName());
            return CompletableFuture.completedFuture(false);
        }
        if (!change.acceptedAsDocumented()) {
            stats.error(refusalType(change));
            return CompletableFuture.completedFuture(false);
        }
        stats.accepted(change.answeredNanos() - change.sentNanos());
        return awaited.await(change.expectedNotification(), timeout).handle((notification, failure) -> {
            if (failure != null) {
                if (failure instanceof TimeoutException) {
                    stats.missing("agent %s %s requestId %s: no notification within %d ms".formatted(id(),
                            step.label(), change.requestId(), timeout.toMillis()));
                } else {
                    stats.error(failure.getClass().getSimpleName());
                }
                return false;
            }
            if (notification.isError()) {
                stats.error("error Update " + errorTypes(notification));
                return false;
            }
            stats.received(notification.landedNanos() - change.sentNanos());
            state = change.request().expectedState();
            return true;
        });
    }

    /** After a failed step: what the agent is now, read over REST; UNKNOWN when even that fails. */
    AgentState readBack() {
        try {
            state = desk.read().state();
        } catch (RuntimeException failed) {
            state = AgentState.UNKNOWN;
        }
        return state;
    }

    /** Found READY or NOT_READY before the run: the states the suite can put an agent back in. */
    boolean foundSignedIn() {
        return found.state() == AgentState.READY || found.state() == AgentState.NOT_READY;
    }

    /** Brings the agent back to how it was found (before its session closes); true when it is so again. */
    boolean putBack() {
        try {
            desk.bringTo(found);
            return desk.read().state() == found.state();
        } catch (RuntimeException failed) {
            return false;
        }
    }

    /** Ends the session (unavailable presence, stream closed); true when it closed without an error. */
    boolean close() {
        try {
            session.close();
            closed = true;
        } catch (RuntimeException failed) {
            closed = false;
        }
        return closed;
    }

    boolean closed() {
        return closed;
    }

    private static String refusalType(StateChange change) {
        String errors = change.response().apiErrors().stream().map(ApiError::errorType)
                .collect(Collectors.joining(","));
        return "HTTP " + change.response().status() + (errors.isEmpty() ? "" : " " + errors);
    }

    private static String errorTypes(UserNotification notification) {
        return notification.errors().stream().map(ApiError::errorType).collect(Collectors.joining(","));
    }
}
