package io.finesseacceptance.steps;

import io.finesseacceptance.agent.SupervisorDesk;
import io.finesseacceptance.agent.TeamWatch;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.SupervisorAccount;
import java.util.List;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * The supervisor one scenario acts as (the first of FINESSE_SUPERVISORS), the team it watches, and its last
 * request. One per scenario, created by PicoContainer; the watch is always closed, which unsubscribes.
 */
public final class ScenarioSupervisor {

    private final ConnectedLab runtime;
    private SupervisorDesk desk;
    private List<String> teams;
    private TeamWatch watch;
    private SupervisorDesk.SupervisorChange lastChange;

    public ScenarioSupervisor(CurrentRun run) {
        this.runtime = run.runtime();
    }

    public SupervisorDesk desk() {
        if (desk == null) {
            List<SupervisorAccount> supervisors = runtime.lab().settings().supervisors();
            if (supervisors.isEmpty()) {
                throw new TestAbortedException("this scenario needs a supervisor; FINESSE_SUPERVISORS names none");
            }
            desk = runtime.lab().supervisor(supervisors.get(0));
        }
        return desk;
    }

    /** The teams the supervisor's User lists; the scenario is skipped when there are none. */
    public List<String> teams() {
        if (teams == null) {
            teams = desk().supervisedTeams();
            if (teams.isEmpty()) {
                throw new TestAbortedException(desk() + " supervises no team (its User lists no teams)");
            }
        }
        return teams;
    }

    public boolean supervises(AgentAccount agent) {
        return teams().contains(runtime.teamOf(agent));
    }

    /** Subscribes to the first of the supervisor's teams. */
    public TeamWatch watchTheTeam() {
        if (watch == null) {
            watch = desk().watchTeam(teams().get(0));
        }
        return watch;
    }

    public TeamWatch watch() {
        if (watch == null) {
            throw new IllegalStateException("the scenario's supervisor watches no team");
        }
        return watch;
    }

    public void sent(SupervisorDesk.SupervisorChange change) {
        this.lastChange = change;
    }

    public SupervisorDesk.SupervisorChange lastChange() {
        return Optional.ofNullable(lastChange)
                .orElseThrow(() -> new IllegalStateException("the supervisor has not asked Finesse for anything yet"));
    }

    /** Runs after every scenario, failed or not: unsubscribes, and fails if the subscription survived. */
    public void stopWatching() {
        if (watch != null) {
            TeamWatch closing = watch;
            watch = null;
            closing.close();
        }
    }
}
