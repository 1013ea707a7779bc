package io.finesseacceptance.agent;

import io.finesseacceptance.lab.AgentAccount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The configured agents, handed to one scenario at a time each, so no two scenarios drive the same agent. */
public final class AgentPool {

    private final List<AgentAccount> agents;
    private final Set<String> leased = new HashSet<>();

    public AgentPool(List<AgentAccount> agents) {
        this.agents = new ArrayList<>(agents);
    }

    public synchronized AgentAccount lease() {
        for (AgentAccount agent : agents) {
            if (leased.add(agent.id())) {
                return agent;
            }
        }
        throw new IllegalStateException("all " + agents.size() + " configured agents are in use by other scenarios");
    }

    public synchronized void release(AgentAccount agent) {
        leased.remove(agent.id());
    }
}
