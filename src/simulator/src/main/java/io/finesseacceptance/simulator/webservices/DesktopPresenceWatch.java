package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.DesktopDisconnectRule;
import io.finesseacceptance.simulator.agents.SimulatedAgent;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.notifications.DesktopPresence;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finesse's presence-driven forced logout: a signed-in agent who goes away (its desktop's unavailable presence, or
 * the desktop's connection closing or dropping) gets a grace period; if the agent is not back (available) by then,
 * the {@link DesktopDisconnectRule} is applied with reason 255. Which sessions count is the
 * {@link ForcedLogoutPresence} reading: {@link ForcedLogoutPresence#DESKTOP} follows the agent's XMPP session on the
 * resource {@value DesktopPresence#DESKTOP_RESOURCE} alone (other sessions never start or cancel the timer);
 * {@link ForcedLogoutPresence#USER} follows the user as a whole, gone only when no session of it, on any resource, is
 * available any more. The watch learns of sessions only as a server does: presence, and connections that close, are
 * ended or fall silent (docs/finesse-contract.md §14.3).
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
    private final ForcedLogoutPresence reading;
    private final Map<String, GraceTimer> pending = new HashMap<>();
    /** Per agent, the resources whose sessions are available, as far as the watch was told. */
    private final Map<String, Set<String>> availableResources = new HashMap<>();

    DesktopPresenceWatch(AgentDirectory directory, UserStateUpdates updates, DesktopDisconnectRule rule,
            ScheduledExecutorService scheduler, Duration grace, Clock clock, FaultSwitches faults,
            ForcedLogoutPresence reading) {
        this.directory = directory;
        this.reading = reading;
        this.faults = faults;
        this.updates = updates;
        this.rule = rule;
        this.scheduler = scheduler;
        this.grace = grace;
        this.clock = clock;
    }

    /**
     * One session of the agent came ({@link DesktopPresence#AVAILABLE}) or went. When the agent counts as present under
     * the reading, a countdown stops; when it does not and one of its sessions just went, a signed-in agent's countdown
     * starts (also for a session the watch never saw come: it may have been there before the watch was).
     */
    synchronized void presenceChanged(String agentId, String resource, DesktopPresence presence) {
        boolean desktop = DesktopPresence.DESKTOP_RESOURCE.equals(resource);
        if (reading == ForcedLogoutPresence.DESKTOP && !desktop) {
            return;
        }
        if (presence == DesktopPresence.DROPPED && desktop && faults.isOn(Fault.DROPPED_DESKTOP_NOT_NOTICED)) {
            LOG.info("desktop of agent {} dropped without a word: not noticed (fault {})", agentId,
                    Fault.DROPPED_DESKTOP_NOT_NOTICED);
            return;
        }
        Set<String> available = availableResources.computeIfAbsent(agentId, id -> new HashSet<>());
        if (presence.isAvailable()) {
            available.add(resource);
        } else {
            available.remove(resource);
        }
        if (!available.isEmpty()) {
            GraceTimer timer = pending.remove(agentId);
            if (timer != null) {
                timer.future().cancel(false);
            }
            return;
        }
        availableResources.remove(agentId);
        if (presence.isAvailable()) {
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
            LOG.info("{} of agent {} gone ({}, {} reading): forced logout in {} unless it is back",
                    reading == ForcedLogoutPresence.DESKTOP ? "desktop" : "every session", agentId, presence,
                    reading.name().toLowerCase(Locale.ROOT), grace);
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
