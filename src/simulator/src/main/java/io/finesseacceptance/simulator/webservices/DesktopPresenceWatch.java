package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.DesktopDisconnectRule;
import io.finesseacceptance.simulator.agents.SimulatedAgent;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.notifications.DesktopPresence;
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
 * Finesse's presence-driven forced logout: a signed-in agent whose desktop goes (unavailable presence, or
 * its connection closes or drops) gets a grace period; if the desktop is not back (available) by then, the
 * {@link DesktopDisconnectRule} is applied with reason 255. The desktop is the agent's XMPP session on the
 * resource {@value DesktopPresence#DESKTOP_RESOURCE}; other sessions never start or cancel the timer
 * (the notification service reports only the desktop's).
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
    private final FaultSwitches faults;
    private final Map<String, GraceTimer> pending = new HashMap<>();

    DesktopPresenceWatch(AgentDirectory directory, UserStateUpdates updates, DesktopDisconnectRule rule,
            ScheduledExecutorService scheduler, Duration grace, Clock clock, FaultSwitches faults) {
        this.directory = directory;
        this.faults = faults;
        this.updates = updates;
        this.rule = rule;
        this.scheduler = scheduler;
        this.grace = grace;
        this.clock = clock;
    }

    synchronized void presenceChanged(String agentId, DesktopPresence presence) {
        if (presence == DesktopPresence.DROPPED && faults.isOn(Fault.DROPPED_DESKTOP_NOT_NOTICED)) {
            LOG.info("desktop of agent {} dropped without a word: not noticed (fault {})", agentId,
                    Fault.DROPPED_DESKTOP_NOT_NOTICED);
            return;
        }
        if (presence.isAvailable()) {
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
            LOG.info("desktop of agent {} gone ({}): forced logout in {} unless it is back", agentId, presence, grace);
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
        String reasonCodeId = faults.isOn(Fault.FORCED_LOGOUT_WITHOUT_REASON_255) ? ""
                : DesktopDisconnectRule.FORCED_LOGOUT_REASON_CODE;
        updates.applySystemChange(agent, current -> rule.after(current, clock.instant(), reasonCodeId));
    }
}
