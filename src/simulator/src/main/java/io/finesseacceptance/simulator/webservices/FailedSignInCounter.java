package io.finesseacceptance.simulator.webservices;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts consecutive bad passwords per user id and locks ids out per {@link LockoutPolicy}. Only ids
 * the directory knows are counted, so guessing random ids cannot grow the table.
 */
final class FailedSignInCounter {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final LockoutPolicy policy;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    FailedSignInCounter(LockoutPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    boolean isLockedOut(String userId) {
        Failures current = failures.get(userId);
        if (current == null || current.lockedUntil() == null) {
            return false;
        }
        if (clock.instant().isBefore(current.lockedUntil())) {
            return true;
        }
        // the lockout ran out: the user starts over with a clean count
        failures.remove(userId, current);
        return false;
    }

    void failed(String userId) {
        Instant now = clock.instant();
        failures.compute(userId, (id, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            Instant lockedUntil = count >= policy.maxConsecutiveFailures() ? now.plus(policy.duration()) : null;
            return new Failures(count, lockedUntil);
        });
    }

    void succeeded(String userId) {
        failures.remove(userId);
    }
}
