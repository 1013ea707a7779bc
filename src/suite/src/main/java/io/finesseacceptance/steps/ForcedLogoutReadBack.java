package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.finesse.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Sees a forced logout without notifications: by reading the agent back over REST every {@link #POLL_INTERVAL}
 * until it shows the expected state, and either reason 255 or a change since the desktop went (the reason is then
 * checked by the step), or the forced logout wait is over. For a lab with no supervisor to watch the agent's team,
 * once the suite's own session for the agent is closed.
 */
final class ForcedLogoutReadBack {

    /** Modest: one read of one user now and then, against a forced logout that takes a minute or more on a lab. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private ForcedLogoutReadBack() {
    }

    /**
     * @param before the agent as read when its desktop went: a read showing another state change time is a change
     * @throws AssertionError naming the agent, what was expected, the last read and how many reads were made
     */
    static User await(AgentDesk agent, User before, ForcedLogoutExpectation expected) {
        AtomicReference<User> last = new AtomicReference<>(before);
        List<String> seen = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        try {
            return Awaitility.await("agent " + agent.id() + " read back until its forced logout shows")
                    .pollDelay(Duration.ZERO).pollInterval(POLL_INTERVAL).atMost(expected.within())
                    .until(() -> read(agent, last, seen, reads), user -> user.state() == expected.state()
                            && (expected.reason().equals(user.reasonCodeId())
                            || expected.reason().equals(user.reasonCodeValue())
                            || changedSince(before, user)));
        } catch (ConditionTimeoutException timedOut) {
            throw new AssertionError(expected.notMet("by reading the agent back") + "\nread back " + reads.get()
                    + " times, every " + POLL_INTERVAL.toMillis() + " ms; before the desktop went: " + before
                    + "; last: " + last.get() + "; states read, in order: " + seen, timedOut);
        }
    }

    private static User read(AgentDesk agent, AtomicReference<User> last, List<String> seen, AtomicInteger reads) {
        User user = agent.read();
        reads.incrementAndGet();
        last.set(user);
        String shown = user.state() + (user.reasonCode().map(id -> "/" + id).orElse(""));
        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(shown)) {
            seen.add(shown);
        }
        return user;
    }

    private static boolean changedSince(User before, User now) {
        return before.stateChangeTime() != null && !before.stateChangeTime().isBlank()
                && !before.stateChangeTime().equals(now.stateChangeTime());
    }
}
