package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.lab.FinesseDeployment;
import io.finesseacceptance.lab.FinesseLab;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's own notification session for the scenario's agent, when a scenario closes it so that the desktop is the
 * agent's only session: Finesse may follow the presence of the user as a whole, and the suite's session would then
 * keep the agent online. The step that checks the outcome opens it again; if the scenario fails before that, it is
 * opened again before the agent is put back (which needs its notifications). One per scenario.
 */
public final class ScenarioOwnSession {

    private final ConnectedLab runtime;
    private AgentDesk closedFor;
    private final List<FinesseLab> closedOn = new ArrayList<>();

    public ScenarioOwnSession(CurrentRun run) {
        this.runtime = run.runtime();
    }

    /** On every side: a Finesse that follows the user as a whole would count a session on either node. */
    public void close(AgentDesk agent) {
        closedFor = agent;
        for (FinesseDeployment.CheckedSide side : runtime.deployment().checkedSides()) {
            if (side.lab().closeOwnSession(agent.account(), "so that the agent's desktop is its only session")) {
                closedOn.add(side.lab());
            }
        }
    }

    /** Opens the session again, if the scenario closed it; returns once it is listening, with presence. */
    public void reopen() {
        if (closedFor != null) {
            AgentDesk agent = closedFor;
            closedFor = null;
            closedOn.forEach(lab -> lab.reopenOwnSession(agent.account()));
            closedOn.clear();
        }
    }
}
