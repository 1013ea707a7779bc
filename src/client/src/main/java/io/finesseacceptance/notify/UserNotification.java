package io.finesseacceptance.notify;

import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.finesse.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One Finesse {@code <Update>} as it reached an agent's feed: where it was published, what it says (a
 * user, or the errors of a rejected request), and when it landed.
 *
 * @param sequence     position in the feed, 1 for the first notification of a session
 * @param landedNanos  {@link System#nanoTime()} when the feed received it, for latency figures
 * @param envelope     how the pubsub item carried the Update (docs/finesse-contract.md §16)
 */
public record UserNotification(long sequence, Instant landedAt, long landedNanos, String node, String event,
                               String requestId, String source, Optional<User> user, List<ApiError> errors,
                               String payload, UpdateEnvelope envelope) {

    public boolean isError() {
        return !errors.isEmpty();
    }

    public boolean hasRequestId() {
        return requestId != null && !requestId.isBlank();
    }

    /** One line for failure messages and logs. */
    public String summary() {
        String what = user.map(User::toString).orElse(isError() ? "errors " + errors : "no user data");
        return "#%d %s node=%s event=%s requestId=%s: %s".formatted(sequence, landedAt, node, event,
                hasRequestId() ? requestId : "(none)", what);
    }
}
