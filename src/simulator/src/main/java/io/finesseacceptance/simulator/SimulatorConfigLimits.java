package io.finesseacceptance.simulator;

import java.time.Duration;

/**
 * The ranges a {@link SimulatorConfig}'s numbers and durations must keep, each refused with the message the
 * command line shows for it; the record's constructor calls them in the order it checks.
 */
final class SimulatorConfigLimits {

    private SimulatorConfigLimits() {
    }

    static void requireNodes(int nodes) {
        if (nodes < 1 || nodes > 2) {
            throw new IllegalArgumentException("a Finesse deployment has 1 or 2 nodes, not " + nodes);
        }
    }

    static void requireUsers(int agentCount, int supervisorCount) {
        if (agentCount < 1) {
            throw new IllegalArgumentException("the simulator needs at least one agent");
        }
        if (supervisorCount < 0) {
            throw new IllegalArgumentException("negative number of supervisors");
        }
    }

    /** 0 is allowed: it picks a free port. */
    static void requirePorts(int... ports) {
        for (int port : ports) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }
    }

    static void requireLockoutFailures(int lockoutFailures) {
        if (lockoutFailures < 1) {
            throw new IllegalArgumentException("at least one failure must be allowed before a lockout");
        }
    }

    /** {@code message} when any of {@code durations} is negative. */
    static void requireNonNegative(String message, Duration... durations) {
        for (Duration duration : durations) {
            if (duration.isNegative()) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
