package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.settings.AgentAccount;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands agents to scenarios and takes them back as they were found. An agent someone else is signed in
 * with is left alone unless FINESSE_TAKE_OVER=true; an agent on a call, reserved or in wrap-up always is.
 * Leases still out when the JVM is stopped (Ctrl-C) are given back by {@link #giveBackAll()}.
 */
public final class AgentLeases {

    private static final Logger LOG = LoggerFactory.getLogger(AgentLeases.class);

    private final DeskSource lab;
    private final AgentPool pool;
    private final boolean takeOver;
    private final Duration patience;
    private final Set<AgentLease> out = ConcurrentHashMap.newKeySet();

    public AgentLeases(DeskSource lab, AgentPool pool, boolean takeOver, Duration patience) {
        this.lab = lab;
        this.pool = pool;
        this.takeOver = takeOver;
        this.patience = patience;
    }

    public AgentLease lease() {
        return lease(agent -> true, "");
    }

    /**
     * An agent {@code wanted} accepts, e.g. one of a supervisor's team.
     *
     * @param which how the wanted agents are called, for the message when none is free, e.g. "of team 5000"
     */
    public AgentLease lease(Predicate<AgentAccount> wanted, String which) {
        while (true) {
            AgentAccount agent = next(wanted, which);
            // read over REST first: an agent that is to be left alone gets no XMPP session either
            User found = lab.user(agent);
            Optional<String> leaveAlone = reasonToLeaveAlone(found);
            if (leaveAlone.isPresent()) {
                LOG.warn("Agent {}: {}; the suite leaves it alone", agent.id(), leaveAlone.get());
                pool.setAside(agent, leaveAlone.get());
                continue;
            }
            AgentLease lease = new AgentLease(lab.desk(agent), DeskSnapshot.of(found));
            out.add(lease);
            return lease;
        }
    }

    private AgentAccount next(Predicate<AgentAccount> wanted, String which) {
        String agents = which.isEmpty() ? "agent" : "agent " + which;
        try {
            return pool.lease(patience, wanted).orElseThrow(() -> new NoAgentAvailable(pool.setAside().isEmpty()
                    ? "no " + agents + " came free within " + patience.toSeconds() + " s, or FINESSE_AGENTS names none"
                    : "no usable " + agents + " is free; left alone: " + pool.setAside()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NoAgentAvailable("interrupted while waiting for an agent");
        }
    }

    private Optional<String> reasonToLeaveAlone(User found) {
        if (found.state() != AgentState.LOGOUT && !found.state().isIdleSignedIn()) {
            return Optional.of("it is " + found.state() + " (on a call, reserved or wrapping up)");
        }
        if (found.isSignedIn() && !takeOver) {
            return Optional.of("someone is signed in with it (" + DeskSnapshot.of(found)
                    + "); FINESSE_TAKE_OVER=true lets the suite use it and put it back");
        }
        return Optional.empty();
    }

    /**
     * Puts the agent back as found and frees it. An agent that cannot be put back is set aside for the
     * rest of the run, so no later scenario starts from a state nobody chose.
     */
    public void giveBack(AgentLease lease) {
        try {
            lease.desk().bringTo(lease.foundIn());
            pool.release(lease.desk().account());
        } catch (RuntimeException | AssertionError notRestored) {
            pool.setAside(lease.desk().account(), "could not be put back to " + lease.foundIn() + ": "
                    + notRestored.getMessage());
            throw notRestored;
        } finally {
            out.remove(lease);
        }
    }

    /** Gives back every lease still out, reporting but not stopping at failures: the last line of defence. */
    public void giveBackAll() {
        for (AgentLease lease : List.copyOf(out)) {
            try {
                giveBack(lease);
                LOG.info("Agent {} put back to {}", lease.desk().id(), lease.foundIn());
            } catch (RuntimeException | AssertionError failed) {
                LOG.error("Agent {} could NOT be put back to {}: {}", lease.desk().id(), lease.foundIn(),
                        failed.getMessage());
            }
        }
    }
}
