package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentDesk;

/**
 * The suite's own notification session for the scenario's agent, when a scenario closes it so that the desktop is the
 * agent's only session: Finesse may follow the presence of the user as a whole, and the suite's session would then
 * keep the agent online. The step that checks the outcome opens it again; if the scenario fails before that, it is
 * opened again before the agent is put back (which needs its notifications). One per scenario.
 */
public final class ScenarioOwnSession {

    private final ConnectedLab runtime;
    private AgentDesk closedFor;

    public ScenarioOwnSession(CurrentRun run) {
        this.runtime = run.runtime();
    }

    public void close(AgentDesk agent) {
        runtime.lab().closeOwnSession(agent, "so that the agent's desktop is its only session");
        closedFor = agent;
    }

    /** Opens the session again, if the scenario closed it; returns once it is listening, with presence. */
    public void reopen() {
        if (closedFor != null) {
            AgentDesk agent = closedFor;
            closedFor = null;
            runtime.lab().reopenOwnSession(agent);
        }
    }
}
