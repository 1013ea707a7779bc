package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.NotificationLostInGap;
import io.finesseacceptance.notify.NotificationNotReceived;
import io.finesseacceptance.notify.NotificationWait;
import io.finesseacceptance.notify.SessionGap;
import io.finesseacceptance.notify.UserUpdateExpectation;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.rest.FinesseApiException;
import io.finesseacceptance.rest.FinesseResponse;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.Side;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One agent as the suite drives it: its REST calls, made as the agent itself, and the notification feed
 * of its XMPP session, which is listening before any request is sent.
 */
public final class AgentDesk {

    private static final String REASON_CODE_REQUIRED = "finesse.api.reasoncode.require_reasoncode";

    private final AgentAccount account;
    // a desk moves to the other side when its side fails over: from then on it uses that side's REST and feed
    private volatile FinesseRestClient rest;
    private volatile NotificationFeed feed;
    private final Duration eventTimeout;
    private final Duration quietPeriod;
    private final RequestIds requestIds;
    private final ConfirmationListener confirmations;
    private volatile Side side;
    private volatile String movedBecause = "";
    private volatile StateChange lastSent;

    public AgentDesk(AgentAccount account, FinesseRestClient rest, NotificationFeed feed, Duration eventTimeout,
              Duration quietPeriod, RequestIds requestIds, ConfirmationListener confirmations) {
        this(account, rest, feed, eventTimeout, quietPeriod, requestIds, confirmations, Side.PRIMARY);
    }

    /** As above, on {@code side} of a two-node deployment: its REST API and its notification service. */
    public AgentDesk(AgentAccount account, FinesseRestClient rest, NotificationFeed feed, Duration eventTimeout,
              Duration quietPeriod, RequestIds requestIds, ConfirmationListener confirmations, Side side) {
        this.side = side;
        this.confirmations = confirmations;
        this.account = account;
        this.rest = rest;
        this.feed = feed;
        this.eventTimeout = eventTimeout;
        this.quietPeriod = quietPeriod;
        this.requestIds = requestIds;
    }

    public AgentAccount account() {
        return account;
    }

    public String id() {
        return account.id();
    }

    /** The node whose REST API and notification service this desk uses. */
    public Side side() {
        return side;
    }

    /**
     * Moves the desk to {@code target}'s side (the same agent's desk there), as a desktop fails over: later
     * requests and waits use that side. A wait already under way on the old side finishes by reading back.
     */
    public synchronized void moveTo(AgentDesk target, String because) {
        if (!target.id().equals(id())) {
            throw new IllegalArgumentException("agent " + id() + " cannot move to the desk of agent " + target.id());
        }
        if (target.side == side) {
            return;
        }
        this.rest = target.rest;
        this.feed = target.feed;
        this.movedBecause = "moved from the " + side.label() + " side to the " + target.side.label() + " side: "
                + because;
        this.side = target.side;
    }

    public NotificationFeed feed() {
        return feed;
    }

    public User read() {
        Side before = side;
        try {
            return rest.user(account);
        } catch (FinesseApiException refused) {
            // the 503 itself failed the side over: the other side answers for the same agent
            if (refused.response().status() == 503 && side != before) {
                return rest.user(account);
            }
            throw refused;
        }
    }

    public DeskSnapshot snapshot() {
        return DeskSnapshot.of(read());
    }

    public List<ReasonCode> reasonCodes(String category) {
        return rest.reasonCodes(account, category);
    }

    /** Sends the request with a fresh requestId, marking the feed first so older notifications never count. */
    public StateChange send(AgentStateRequest request) {
        Side before = side;
        StateChange change = sendOnce(request);
        if (change.response().status() == 503 && side != before) {
            // the 503 itself failed the side over: Finesse entertained nothing, so the other side may be asked
            change = sendOnce(request);
        }
        lastSent = change;
        return change;
    }

    private StateChange sendOnce(AgentStateRequest request) {
        String requestId = requestIds.next();
        NotificationFeed listening = feed;
        long mark = listening.mark();
        long sent = System.nanoTime();
        FinesseResponse response = rest.changeState(account, request, requestId);
        return new StateChange(account.id(), request, requestId, mark, response, sent, System.nanoTime());
    }

    /**
     * Waits (up to the event timeout) until the last accepted request has had its outcome announced,
     * whatever it was: a scenario that failed right after a 202 leaves a change in flight, and putting the
     * agent back before it lands would be undone by it.
     */
    public void settle() {
        StateChange pending = lastSent;
        if (pending != null && pending.accepted()) {
            NotificationWait.awaitAnyOutcome(feed, pending.expectedNotification(), eventTimeout);
        }
        // settled once is settled: waiting again for the same change would only wait out the timeout
        lastSent = null;
    }

    /**
     * Sends a request to {@code other}'s resource with this agent's credentials, marking {@code other}'s
     * feed, since that is where a wrongly accepted change would be announced.
     */
    public StateChange sendFor(AgentDesk other, AgentStateRequest request) {
        String requestId = requestIds.next();
        long mark = other.feed.mark();
        long sent = System.nanoTime();
        FinesseResponse response = rest.changeState(account, other.id(), request, requestId);
        StateChange change = new StateChange(other.id(), request, requestId, mark, response, sent, System.nanoTime());
        other.lastSent = change;
        return change;
    }

    /**
     * A request for this agent sent with someone else's credentials (a supervisor's), marking this agent's
     * feed first, since that is where the change is announced.
     */
    public StateChange sentBy(AgentAccount caller, AgentStateRequest request) {
        String requestId = requestIds.next();
        long mark = feed.mark();
        long sent = System.nanoTime();
        FinesseResponse response = rest.changeState(caller, id(), request, requestId);
        StateChange change = new StateChange(id(), request, requestId, mark, response, sent, System.nanoTime());
        lastSent = change;
        return change;
    }

    /** GET of any user's resource with this agent's credentials, answered as it is. */
    public FinesseResponse readUser(String userId) {
        return rest.readUser(account, userId);
    }

    /** GET of this agent's own resource with another password, answered as it is. */
    public FinesseResponse readWithPassword(String password) {
        return rest.readUser(account.withPassword(password), account.id());
    }

    /**
     * Finesse's refusal of the change, in whichever form it came: any answer but 202 is taken as it is (a
     * refusal at once; the caller judges its status and ApiErrors); after a 202, the error Update for the
     * request is waited for up to the event timeout, and the wait fails as "no refusal" when the change is
     * announced instead or nothing comes.
     */
    public Refusal awaitRefusal(StateChange change) {
        if (change.response().status() != 202) {
            return Refusal.atOnce(change);
        }
        return Refusal.afterAccepting(change,
                NotificationWait.awaitRejection(feed, change.expectedNotification(), eventTimeout));
    }

    /** Passes when nothing is announced for the change during the quiet period (FINESSE_QUIET_PERIOD). */
    public void assertNothingAnnounced(StateChange change) {
        NotificationWait.assertNothingAnnounced(feed, change.expectedNotification(), quietPeriod);
    }

    /**
     * Passes when nothing but the refusal's own error Update (if it came as one) is announced for the
     * refused change during the quiet period.
     */
    public void assertNothingAnnouncedBut(Refusal refusal) {
        NotificationWait.assertNothingAnnouncedBut(feed, refusal.change().expectedNotification(), quietPeriod,
                refusal.errorUpdate());
    }

    /**
     * Waits for the notification announcing the outcome of this change; fails as {@link NotificationWait}
     * says. When the XMPP session was down while the notification was due, the agent is read back instead:
     * its state decides, and the confirmation says it came from reading back.
     */
    public StateConfirmation awaitAnnounced(StateChange change) {
        StateConfirmation confirmation = awaitAnnouncedOrReadBack(change);
        confirmations.confirmed(change, confirmation);
        return confirmation;
    }

    private StateConfirmation awaitAnnouncedOrReadBack(StateChange change) {
        UserUpdateExpectation expected = change.expectedNotification();
        long deadline = System.nanoTime() + eventTimeout.toNanos();
        NotificationFeed listening = feed;
        Side waitingOn = side;
        try {
            return StateConfirmation.byNotification(NotificationWait.awaitUserUpdate(listening, expected, eventTimeout));
        } catch (NotificationNotReceived notAnnounced) {
            Optional<String> failover = side != waitingOn ? Optional.of(movedBecause)
                    : listening.outOfServiceSince(expected.after()).map(update -> "the " + waitingOn.label()
                            + " side went out of service meanwhile: " + update.summary());
            if (failover.isEmpty()) {
                throw notAnnounced;
            }
            return caughtInFailover(change, failover.get(), notAnnounced);
        } catch (NotificationLostInGap lost) {
            User user = read();
            if (expected.isShownBy(user)) {
                return StateConfirmation.byReadingBack(user, lost.gaps());
            }
            // not applied yet: it may still be announced on the restored session
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            try {
                return StateConfirmation.byNotification(
                        NotificationWait.awaitUserUpdate(feed, expected.markedNow(), left));
            } catch (NotificationNotReceived | NotificationLostInGap stillNothing) {
                User last = read();
                if (expected.isShownBy(last)) {
                    return StateConfirmation.byReadingBack(last, feed.gapsReaching(expected.markedNanos()));
                }
                List<SessionGap> gaps = feed.gapsReaching(expected.markedNanos());
                String meanwhile = stillNothing instanceof NotificationLostInGap ? "" : SessionGap.meanwhile(gaps);
                throw new NotificationLostInGap(stillNothing.getMessage() + meanwhile
                        + "\nRead back after the session returned: " + last, gaps);
            }
        }
    }

    /** The wait met a failover: reading back (on the side the desk is on now) decides, in one line if it fails. */
    private StateConfirmation caughtInFailover(StateChange change, String failover, NotificationNotReceived cause) {
        User user = read();
        if (change.expectedNotification().isShownBy(user)) {
            return StateConfirmation.byReadingBack(user, List.of(), "caught in a failover (" + failover
                    + "); read back on the " + side.label() + " side");
        }
        throw new CaughtInFailover("Agent %s: caught in a failover while %s was awaited (%s); read back on the %s side: %s"
                .formatted(id(), change.expectedNotification().describe(), failover, side.label(), user), cause);
    }

    /**
     * Waits for a change nobody asked for over REST (Finesse's own forced logout): an Update on the agent's
     * node after {@code feedMark} that carries no request id of ours, shows {@code state} and, when given,
     * the reason code.
     */
    public AnnouncedState awaitSystemChange(long feedMark, AgentState state, Optional<String> reasonCodeId,
                                            Duration within) {
        UserUpdateExpectation unsolicited = new UserUpdateExpectation(id(), "(a change Finesse made itself)",
                feedMark, state, reasonCodeId);
        return NotificationWait.awaitUserUpdate(feed, unsolicited, within);
    }

    /**
     * Drives the agent to the snapshot's state along allowed transitions, confirming each by its
     * notification. Used to prepare scenarios and to put agents back afterwards.
     */
    public void bringTo(DeskSnapshot target) {
        settle();
        for (AgentStateRequest step : TransitionPlan.between(snapshot(), target)) {
            StateChange change = send(step);
            if (!change.accepted() && needsReasonCode(change.response())) {
                change = send(withFirstReasonCode(step));
            }
            if (!change.accepted()) {
                throw new FinesseApiException("Agent " + id() + ": " + step + " while bringing it to " + target,
                        change.response());
            }
            awaitAnnounced(change);
        }
    }

    /** A lab may require a reason code for NOT_READY or LOGOUT; then any of its codes will do. */
    private AgentStateRequest withFirstReasonCode(AgentStateRequest step) {
        String category = step.expectedState() == AgentState.LOGOUT ? "LOGOUT" : "NOT_READY";
        List<ReasonCode> codes = reasonCodes(category);
        if (codes.isEmpty()) {
            throw new IllegalStateException("Agent " + id() + ": Finesse requires a " + category
                    + " reason code but lists none");
        }
        return step.withReasonCode(codes.get(0).id());
    }

    private static boolean needsReasonCode(FinesseResponse response) {
        return response.apiErrors().stream().map(ApiError::errorData).anyMatch(REASON_CODE_REQUIRED::equals);
    }

    @Override
    public String toString() {
        return account.toString();
    }
}
