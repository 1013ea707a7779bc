package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.DesktopDisconnectRule;
import io.finesseacceptance.simulator.agents.SimulatedAgent;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finesse's presence-driven forced logout: a signed-in agent whose desktop goes unavailable gets a
 * grace period; if the desktop is not back by then, the {@link DesktopDisconnectRule} is applied.
 */
final class DesktopPresenceWatch {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopPresenceWatch.class);

    /** The token tells a timer that fires apart from a newer one started for the same agent. */
    private record GraceTimer(Object token, ScheduledFuture<?> future) {
    }

    private final AgentDirectory directory;
    private final UserStateUpdates updates;
    private final DesktopDisconnectRule rule;
    private final ScheduledExecutorService scheduler;
    private final Duration grace;
    private final Clock clock;
    private final Map<String, GraceTimer> pending = new HashMap<>();

    DesktopPresenceWatch(AgentDirectory directory, UserStateUpdates updates, DesktopDisconnectRule rule,
            ScheduledExecutorService scheduler, Duration grace, Clock clock) {
        this.directory = directory;
        this.updates = updates;
        this.rule = rule;
        this.scheduler = scheduler;
        this.grace = grace;
        this.clock = clock;
    }

    synchronized void presenceChanged(String agentId, boolean available) {
        if (available) {
            GraceTimer timer = pending.remove(agentId);
            if (timer != null) {
                timer.future().cancel(false);
            }
            return;
        }
        SimulatedAgent agent = directory.find(agentId).orElse(null);
        if (agent == null || !agent.status().isSignedIn() || pending.containsKey(agentId)) {
            return;
        }
        Object token = new Object();
        try {
            ScheduledFuture<?> future = scheduler.schedule(() -> expire(agent, token), grace.toNanos(),
                    TimeUnit.NANOSECONDS);
            pending.put(agentId, new GraceTimer(token, future));
        } catch (RejectedExecutionException closing) {
            LOG.debug("server closing; no forced logout timer for agent {}", agentId);
        }
    }

    /** Whether a forced logout is counting down for the agent. */
    synchronized boolean isCountingDown(String agentId) {
        return pending.containsKey(agentId);
    }

    private void expire(SimulatedAgent agent, Object token) {
        synchronized (this) {
            GraceTimer timer = pending.get(agent.id());
            if (timer == null || timer.token() != token) {
                return;
            }
            pending.remove(agent.id());
        }
        // the rule sees the status after any queued changes, so an agent who signed out meanwhile is left alone
        updates.applySystemChange(agent, current -> rule.after(current, clock.instant()));
    }
}
