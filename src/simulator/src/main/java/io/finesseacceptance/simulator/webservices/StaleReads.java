package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentStatus;
import io.finesseacceptance.simulator.agents.SimulatedAgent;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What GET User answers on each node of a deployment. Healthy nodes read the one agent state they share; under
 * {@link Fault#OTHER_SIDE_STALE_READ} a node keeps answering the state an agent had before a change another node
 * took, until it takes a request for that agent itself. Shared by the nodes of one deployment.
 */
public final class StaleReads {

    private final FaultSwitches faults;
    private final List<String> nodes;
    // node -> agent id -> the state that node keeps answering
    private final Map<String, Map<String, AgentStatus>> heldBack = new ConcurrentHashMap<>();

    /** @param nodes the names of the deployment's nodes, e.g. primary and secondary */
    public StaleReads(FaultSwitches faults, List<String> nodes) {
        this.faults = faults;
        this.nodes = List.copyOf(nodes);
    }

    /** For a single node: nobody else takes requests, so nothing goes stale. */
    public static StaleReads none() {
        return new StaleReads(new FaultSwitches(), List.of());
    }

    /** {@code node} accepted a change for {@code agent}, whose state was {@code before}. */
    void changeTakenBy(String node, SimulatedAgent agent, AgentStatus before) {
        heldFor(node).remove(agent.id());
        if (!faults.isOn(Fault.OTHER_SIDE_STALE_READ)) {
            return;
        }
        for (String other : nodes) {
            if (!other.equals(node)) {
                // the oldest state stays: a node that missed one change missed the later ones too
                heldFor(other).putIfAbsent(agent.id(), before);
            }
        }
    }

    /** The state GET User on {@code node} answers for {@code agent}. */
    AgentStatus readBy(String node, SimulatedAgent agent) {
        AgentStatus held = faults.isOn(Fault.OTHER_SIDE_STALE_READ) ? heldFor(node).get(agent.id()) : null;
        return held != null ? held : agent.status();
    }

    /** Every node reads the shared state again. */
    public void clear() {
        heldBack.clear();
    }

    private Map<String, AgentStatus> heldFor(String node) {
        return heldBack.computeIfAbsent(node, unused -> new ConcurrentHashMap<>());
    }
}
