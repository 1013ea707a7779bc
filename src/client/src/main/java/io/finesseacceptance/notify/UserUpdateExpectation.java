package io.finesseacceptance.notify;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.User;
import java.util.Optional;

/**
 * What "the notification my request caused" means: published on this agent's User node after the
 * request was sent, carrying our requestId or none at all (Finesse fills it in on a best-effort basis),
 * and announcing the expected state (and reason code, when one was asked for).
 *
 * @param after       the feed's {@link NotificationFeed#mark()} taken just before the request was sent
 * @param markedNanos {@link System#nanoTime()} when that mark was taken: a session gap after it may have
 *                    swallowed the notification
 * @param node        where it is published: the agent's own User node, or a team's node a supervisor watches
 */
public record UserUpdateExpectation(String agentId, String requestId, long after, AgentState state,
                                    Optional<String> reasonCodeId, long markedNanos, String node) {

    public UserUpdateExpectation(String agentId, String requestId, long after, AgentState state,
                                 Optional<String> reasonCodeId, long markedNanos) {
        this(agentId, requestId, after, state, reasonCodeId, markedNanos, "/finesse/api/User/" + agentId);
    }

    public UserUpdateExpectation(String agentId, String requestId, long after, AgentState state,
                                 Optional<String> reasonCodeId) {
        this(agentId, requestId, after, state, reasonCodeId, System.nanoTime());
    }

    /** The same expectation, counting only session gaps from now on. */
    public UserUpdateExpectation markedNow() {
        return new UserUpdateExpectation(agentId, requestId, after, state, reasonCodeId, System.nanoTime(), node);
    }

    /**
     * The same change as announced on another node, in another feed: a team's node
     * ({@code /finesse/api/Team/{id}/Users}) in its supervisor's feed, marked at {@code after}.
     */
    public UserUpdateExpectation on(String otherNode, long otherFeedMark) {
        return new UserUpdateExpectation(agentId, requestId, otherFeedMark, state, reasonCodeId, markedNanos, otherNode);
    }

    /** Whether a user read back over REST shows what the notification was to announce. */
    public boolean isShownBy(User user) {
        return user.state() == state && (reasonCodeId.isEmpty() || reasonCodeId.equals(user.reasonCode()));
    }

    /** Could have been caused by our request: later than it, on our node, not another request's. */
    public boolean couldBeCausedByRequest(UserNotification notification) {
        return notification.sequence() > after
                && node().equalsIgnoreCase(notification.node())
                && (!notification.hasRequestId() || notification.requestId().equals(requestId));
    }

    public boolean isMetBy(UserNotification notification) {
        if (!couldBeCausedByRequest(notification) || notification.isError() || notification.user().isEmpty()) {
            return false;
        }
        User user = notification.user().get();
        boolean modified = notification.event().isBlank() || notification.event().equalsIgnoreCase("PUT");
        boolean sameAgent = user.loginId().isBlank() || user.loginId().equals(agentId);
        boolean reasonMatches = reasonCodeId.isEmpty() || reasonCodeId.equals(user.reasonCode());
        return modified && sameAgent && user.state() == state && reasonMatches;
    }

    /** An error Update for this request: Finesse accepted it, then the CTI server refused it. */
    public boolean isRejectedBy(UserNotification notification) {
        return couldBeCausedByRequest(notification) && notification.isError();
    }

    public String describe() {
        return state + reasonCodeId.map(id -> " with reasonCodeId " + id).orElse("")
                + " on " + node() + " for request " + requestId;
    }
}
