package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.report.ScenarioNotifications;
import java.util.Optional;

/**
 * The agent one scenario drives, with what the scenario found it in (to put it back) and what the
 * scenario did to it. One per scenario, created by PicoContainer.
 */
public final class ScenarioAgent {

    private final SuiteRuntime runtime = SuiteRuntime.current();
    private AgentDesk desk;
    private DeskSnapshot foundIn;
    private StateChange lastChange;
    private ReasonCode chosenReason;

    /** Leases an agent for this scenario and remembers the state it was in. */
    public AgentDesk lease() {
        if (desk == null) {
            AgentDesk leased = runtime.lab().desk(runtime.pool().lease());
            desk = leased;
            ScenarioNotifications.follow(leased.feed());
            foundIn = leased.snapshot();
        }
        return desk;
    }

    public AgentDesk desk() {
        if (desk == null) {
            throw new IllegalStateException("no agent was leased: the scenario needs a Given step that picks one");
        }
        return desk;
    }

    public Optional<AgentDesk> leased() {
        return Optional.ofNullable(desk);
    }

    /** Puts the agent back as it was found and hands it back to the pool, whatever happened in between. */
    public void restore() {
        if (desk == null) {
            return;
        }
        try {
            if (foundIn != null) {
                desk.bringTo(foundIn);
            }
        } finally {
            runtime.pool().release(desk.account());
        }
    }

    public DeskSnapshot foundIn() {
        return foundIn;
    }

    public StateChange lastChange() {
        if (lastChange == null) {
            throw new IllegalStateException("the scenario has not asked Finesse for a state change yet");
        }
        return lastChange;
    }

    public void changed(StateChange change) {
        this.lastChange = change;
    }

    public Optional<ReasonCode> chosenReason() {
        return Optional.ofNullable(chosenReason);
    }

    public void choose(ReasonCode reason) {
        this.chosenReason = reason;
    }
}
