package io.finesseacceptance.agent;

import io.finesseacceptance.settings.AgentAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The configured agents, each handed to one scenario at a time, so parallel scenarios never drive the
 * same agent. Agents the suite must leave alone (signed in by someone else) are set aside for the run.
 */
public final class AgentPool {

    private final List<AgentAccount> agents;
    private final Set<String> leased = new HashSet<>();
    private final Map<String, String> setAside = new LinkedHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();

    public AgentPool(List<AgentAccount> agents) {
        this.agents = new ArrayList<>(agents);
    }

    public int size() {
        return agents.size();
    }

    /**
     * An agent no other scenario holds, waiting up to {@code patience} for one to come free; empty when
     * every usable agent stayed busy or none is usable at all.
     */
    public Optional<AgentAccount> lease(Duration patience) throws InterruptedException {
        return lease(patience, agent -> true);
    }

    /**
     * As {@link #lease(Duration)}, among the agents {@code wanted} accepts (those of a supervisor's team, say);
     * empty at once when none of them is usable.
     */
    public Optional<AgentAccount> lease(Duration patience, Predicate<AgentAccount> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        lock.lock();
        try {
            while (true) {
                for (AgentAccount agent : agents) {
                    if (wanted.test(agent) && !setAside.containsKey(agent.id()) && leased.add(agent.id())) {
                        return Optional.of(agent);
                    }
                }
                long left = deadline - System.nanoTime();
                if (usable(wanted) == 0 || left <= 0) {
                    return Optional.empty();
                }
                released.awaitNanos(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
            }
        } finally {
            lock.unlock();
        }
    }

    public void release(AgentAccount agent) {
        lock.lock();
        try {
            leased.remove(agent.id());
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the agent out of play for the rest of the run, with the reason reports will give. */
    public void setAside(AgentAccount agent, String reason) {
        lock.lock();
        try {
            setAside.put(agent.id(), reason);
            leased.remove(agent.id());
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Why agents were left alone, agent id to reason. */
    public Map<String, String> setAside() {
        lock.lock();
        try {
            return Map.copyOf(setAside);
        } finally {
            lock.unlock();
        }
    }

    private int usable(Predicate<AgentAccount> wanted) {
        return (int) agents.stream().filter(wanted).filter(agent -> !setAside.containsKey(agent.id())).count();
    }
}
