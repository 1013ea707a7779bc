package io.finesseacceptance.simulator.webservices;

import java.time.Duration;

/**
 * After {@code maxConsecutiveFailures} wrong passwords in a row for one user id, every request with
 * that id is refused, right password or not, for {@code duration}. Finesse: 5 failures, 5 minutes.
 */
public record LockoutPolicy(int maxConsecutiveFailures, Duration duration) {

    public LockoutPolicy {
        if (maxConsecutiveFailures < 1) {
            throw new IllegalArgumentException("at least one failure must be allowed before a lockout");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("negative lockout duration");
        }
    }

    public static LockoutPolicy finesseDefault() {
        return new LockoutPolicy(5, Duration.ofMinutes(5));
    }

    public static LockoutPolicy finesseDefault(Duration duration) {
        return new LockoutPolicy(5, duration);
    }
}
