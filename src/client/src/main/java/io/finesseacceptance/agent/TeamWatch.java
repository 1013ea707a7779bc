package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.notify.ExplicitSubscription;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.NotificationWait;
import io.finesseacceptance.notify.UserUpdateExpectation;
import io.finesseacceptance.notify.XmppSession;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A supervisor watching a team's agents on {@code /finesse/api/Team/{id}/Users}, through an explicit
 * XEP-0060 subscription of the supervisor's session. Finesse keeps explicit subscriptions after the session
 * ends, so closing a watch always unsubscribes and then checks with the service that the subscription is
 * gone: a lab shared with people must not collect the suite's leftovers.
 */
public final class TeamWatch implements AutoCloseable {

    private final String teamId;
    private final XmppSession session;
    private final NotificationFeed feed;
    private final ExplicitSubscription subscription;
    private final Duration eventTimeout;
    private final Consumer<TeamWatch> onClose;
    private boolean closed;

    TeamWatch(String teamId, XmppSession session, NotificationFeed feed, ExplicitSubscription subscription,
              Duration eventTimeout, Consumer<TeamWatch> onClose) {
        this.teamId = teamId;
        this.session = session;
        this.feed = feed;
        this.subscription = subscription;
        this.eventTimeout = eventTimeout;
        this.onClose = onClose;
    }

    public static String node(String teamId) {
        return "/finesse/api/Team/" + teamId + "/Users";
    }

    public String teamId() {
        return teamId;
    }

    public String node() {
        return node(teamId);
    }

    public ExplicitSubscription subscription() {
        return subscription;
    }

    /** The supervisor's feed, where the team's notifications land. */
    public NotificationFeed feed() {
        return feed;
    }

    /**
     * Waits for the team's notification of the change the supervisor (or anyone) made for the agent, in the
     * supervisor's feed after {@code teamFeedMark}.
     */
    public AnnouncedState awaitAnnounced(StateChange change, long teamFeedMark) {
        return NotificationWait.awaitUserUpdate(feed, change.expectedNotification().on(node(), teamFeedMark),
                eventTimeout);
    }

    /**
     * Waits for the team's notification of a change Finesse made to the agent itself (no request of ours, e.g. a
     * forced logout), in the supervisor's feed after {@code teamFeedMark}, for up to {@code within}.
     */
    public AnnouncedState awaitSystemChange(String agentId, long teamFeedMark, AgentState state, Duration within) {
        UserUpdateExpectation unsolicited = new UserUpdateExpectation(agentId, "(a change Finesse made itself)",
                teamFeedMark, state, Optional.empty()).on(node(), teamFeedMark);
        return NotificationWait.awaitUserUpdate(feed, unsolicited, within);
    }

    /**
     * Unsubscribes and asks the service for this user's subscriptions on the node.
     *
     * @throws SubscriptionLeftBehind when ours is still listed after the unsubscribe was answered
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            session.unsubscribe(subscription);
            List<ExplicitSubscription> left = session.subscriptions(node()).stream()
                    .filter(listed -> listed.jid().equals(subscription.jid())).toList();
            if (!left.isEmpty()) {
                throw new SubscriptionLeftBehind("the supervisor's subscription " + subscription.describe()
                        + " is still listed after Finesse answered its unsubscribe: " + left);
            }
        } finally {
            onClose.accept(this);
        }
    }
}
