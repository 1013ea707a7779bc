package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.AgentLease;
import io.finesseacceptance.agent.NoAgentAvailable;
import io.finesseacceptance.agent.Refusal;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.report.ScenarioNotifications;
import io.finesseacceptance.rest.FinesseResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * The agents one scenario drives ("the agent" and, where needed, "the second agent"), what it asked of
 * Finesse last, and the reason it chose. One per scenario, created by PicoContainer.
 */
public final class ScenarioAgents {

    private final SuiteRuntime runtime;
    private final List<AgentLease> leases = new ArrayList<>();
    private StateChange lastChange;
    private FinesseResponse lastAnswer;
    private Refusal lastRefusal;
    private ReasonCode chosenReason;

    public ScenarioAgents(ThisRun run) {
        this.runtime = run.runtime();
    }

    /** The scenario's agent, leased on first use. */
    public AgentDesk agent() {
        if (leases.isEmpty()) {
            lease();
        }
        return leases.get(0).desk();
    }

    /** A second agent, for scenarios about one agent touching another's resource. */
    public AgentDesk second() {
        if (runtime.lab().settings().agents().size() < 2) {
            throw new TestAbortedException("this scenario needs two agents; FINESSE_AGENTS names one");
        }
        agent();
        if (leases.size() < 2) {
            lease();
        }
        return leases.get(1).desk();
    }

    private void lease() {
        try {
            AgentLease lease = runtime.leases().lease();
            leases.add(lease);
            if (leases.size() == 1) {
                ScenarioNotifications.follow(lease.desk().feed());
            }
        } catch (NoAgentAvailable none) {
            throw new TestAbortedException("no agent for this scenario: " + none.getMessage());
        }
    }

    /** Gives every agent back as it was found, the last leased first; runs also after a failure. */
    public void giveBack() {
        AssertionError firstFailure = null;
        for (int i = leases.size() - 1; i >= 0; i--) {
            try {
                runtime.leases().giveBack(leases.get(i));
            } catch (RuntimeException | AssertionError failed) {
                if (firstFailure == null) {
                    firstFailure = new AssertionError("agent " + leases.get(i).desk().id()
                            + " could not be put back as it was found: " + failed.getMessage(), failed);
                }
            }
        }
        leases.clear();
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    public StateChange lastChange() {
        if (lastChange == null) {
            throw new IllegalStateException("the scenario has not asked Finesse for anything yet");
        }
        return lastChange;
    }

    public void changed(StateChange change) {
        this.lastChange = change;
        this.lastAnswer = change.response();
        this.lastRefusal = null;
    }

    /** The refusal of the last change, in the form it came; empty until a refusal step judged one. */
    public Optional<Refusal> lastRefusal() {
        return Optional.ofNullable(lastRefusal).filter(refusal -> refusal.change().equals(lastChange));
    }

    public void refused(Refusal refusal) {
        this.lastRefusal = refusal;
    }

    /** Finesse's answer to the scenario's last request, a state change or a read. */
    public FinesseResponse lastAnswer() {
        if (lastAnswer == null) {
            throw new IllegalStateException("the scenario has not asked Finesse for anything yet");
        }
        return lastAnswer;
    }

    public void answered(FinesseResponse answer) {
        this.lastAnswer = answer;
    }

    public Optional<ReasonCode> chosenReason() {
        return Optional.ofNullable(chosenReason);
    }

    public void choose(ReasonCode reason) {
        this.chosenReason = reason;
    }
}
