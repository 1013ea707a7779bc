package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.NotificationWait;
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

    private final AgentAccount account;
    // a desk moves to the other side when its side fails over: from then on it uses that side's REST and feed
    private volatile DeskPosition position;
    private final Duration eventTimeout;
    private final Duration quietPeriod;
    private final RequestIds requestIds;
    private final ConfirmationListener confirmations;
    private final ConfirmationWait confirmationWait;
    private volatile StateChange lastSent;

    public AgentDesk(AgentAccount account, FinesseRestClient rest, NotificationFeed feed, Duration eventTimeout,
              Duration quietPeriod, RequestIds requestIds, ConfirmationListener confirmations) {
        this(account, rest, feed, eventTimeout, quietPeriod, requestIds, confirmations, Side.PRIMARY);
    }

    /** As above, on {@code side} of a two-node deployment: its REST API and its notification service. */
    public AgentDesk(AgentAccount account, FinesseRestClient rest, NotificationFeed feed, Duration eventTimeout,
              Duration quietPeriod, RequestIds requestIds, ConfirmationListener confirmations, Side side) {
        this.position = DeskPosition.on(side, rest, feed);
        this.confirmations = confirmations;
        this.account = account;
        this.eventTimeout = eventTimeout;
        this.quietPeriod = quietPeriod;
        this.requestIds = requestIds;
        this.confirmationWait = new ConfirmationWait(this, eventTimeout);
    }

    public AgentAccount account() {
        return account;
    }

    public String id() {
        return account.id();
    }

    /** The node whose REST API and notification service this desk uses. */
    public Side side() {
        return position.side();
    }

    /** The side, its REST API and feed, read together: a failover may move the desk at any time. */
    DeskPosition position() {
        return position;
    }

    /**
     * Moves the desk to {@code target}'s side (the same agent's desk there), as a desktop fails over: later
     * requests and waits use that side. A wait already under way on the old side finishes by reading back.
     */
    public synchronized void moveTo(AgentDesk target, String because) {
        if (!target.id().equals(id())) {
            throw new IllegalArgumentException("agent " + id() + " cannot move to the desk of agent " + target.id());
        }
        if (target.position.side() == position.side()) {
            return;
        }
        this.position = position.movedTo(target.position, because);
    }

    public NotificationFeed feed() {
        return position.feed();
    }

    public User read() {
        DeskPosition before = position;
        try {
            return before.rest().user(account);
        } catch (FinesseApiException refused) {
            // the 503 itself failed the side over: the other side answers for the same agent
            if (refused.response().status() == 503 && position.side() != before.side()) {
                return position.rest().user(account);
            }
            throw refused;
        }
    }

    public DeskSnapshot snapshot() {
        return DeskSnapshot.of(read());
    }

    public List<ReasonCode> reasonCodes(String category) {
        return position.rest().reasonCodes(account, category);
    }

    /** Sends the request with a fresh requestId, marking the feed first so older notifications never count. */
    public StateChange send(AgentStateRequest request) {
        Side before = side();
        StateChange change = sendAs(account, this, request);
        if (change.response().status() == 503 && side() != before) {
            // the 503 itself failed the side over: Finesse entertained nothing, so the other side may be asked
            change = sendAs(account, this, request);
        }
        lastSent = change;
        return change;
    }

    /**
     * Sends {@code request} for {@code target}'s agent as {@code caller}, through this desk's REST API, with a
     * fresh requestId, marking {@code target}'s feed first: that is where the change would be announced.
     */
    private StateChange sendAs(AgentAccount caller, AgentDesk target, AgentStateRequest request) {
        String requestId = requestIds.next();
        long mark = target.feed().mark();
        long sent = System.nanoTime();
        FinesseResponse response = position.rest().changeState(caller, target.id(), request, requestId);
        return new StateChange(target.id(), request, requestId, mark, response, sent, System.nanoTime());
    }

    /**
     * Waits (up to the event timeout) until the last accepted request has had its outcome announced,
     * whatever it was: a scenario that failed right after a 202 leaves a change in flight, and putting the
     * agent back before it lands would be undone by it.
     */
    public void settle() {
        StateChange pending = lastSent;
        if (pending != null && pending.accepted()) {
            NotificationWait.awaitAnyOutcome(feed(), pending.expectedNotification(), eventTimeout);
        }
        // settled once is settled: waiting again for the same change would only wait out the timeout
        lastSent = null;
    }

    /**
     * Sends a request to {@code other}'s resource with this agent's credentials, marking {@code other}'s
     * feed, since that is where a wrongly accepted change would be announced.
     */
    public StateChange sendFor(AgentDesk other, AgentStateRequest request) {
        StateChange change = sendAs(account, other, request);
        other.lastSent = change;
        return change;
    }

    /**
     * A request for this agent sent with someone else's credentials (a supervisor's), marking this agent's
     * feed first, since that is where the change is announced.
     */
    public StateChange sentBy(AgentAccount caller, AgentStateRequest request) {
        StateChange change = sendAs(caller, this, request);
        lastSent = change;
        return change;
    }

    /** GET of any user's resource with this agent's credentials, answered as it is. */
    public FinesseResponse readUser(String userId) {
        return position.rest().readUser(account, userId);
    }

    /** GET of this agent's own resource with another password, answered as it is. */
    public FinesseResponse readWithPassword(String password) {
        return position.rest().readUser(account.withPassword(password), account.id());
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
                NotificationWait.awaitRejection(feed(), change.expectedNotification(), eventTimeout));
    }

    /** Passes when nothing is announced for the change during the quiet period (FINESSE_QUIET_PERIOD). */
    public void assertNothingAnnounced(StateChange change) {
        NotificationWait.assertNothingAnnounced(feed(), change.expectedNotification(), quietPeriod);
    }

    /**
     * Passes when nothing but the refusal's own error Update (if it came as one) is announced for the
     * refused change during the quiet period.
     */
    public void assertNothingAnnouncedBut(Refusal refusal) {
        NotificationWait.assertNothingAnnouncedBut(feed(), refusal.change().expectedNotification(), quietPeriod,
                refusal.errorUpdate());
    }

    /**
     * Waits for the notification announcing the outcome of this change; fails as {@link NotificationWait}
     * says. When the XMPP session was down while the notification was due, or a failover met the wait, the
     * agent is read back instead: its state decides, and the confirmation says it came from reading back
     * ({@link ConfirmationWait}).
     */
    public StateConfirmation awaitAnnounced(StateChange change) {
        StateConfirmation confirmation = confirmationWait.confirm(change);
        confirmations.confirmed(change, confirmation);
        return confirmation;
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
        return NotificationWait.awaitUserUpdate(feed(), unsolicited, within);
    }

    /**
     * Drives the agent to the snapshot's state along allowed transitions, confirming each by its
     * notification. Used to prepare scenarios and to put agents back afterwards.
     */
    public void bringTo(DeskSnapshot target) {
        new TransitionWalk(this).to(target);
    }

    @Override
    public String toString() {
        return account.toString();
    }
}
