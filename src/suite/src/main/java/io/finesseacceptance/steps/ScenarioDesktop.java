package io.finesseacceptance.steps;

import io.finesseacceptance.notify.DesktopSession;
import java.util.Optional;

/**
 * The scenario's agent's Finesse desktop, emulated as its own XMPP session, and the feed mark taken when it
 * went away. One per scenario; closed after the agent is put back.
 */
public final class ScenarioDesktop {

    private final ConnectedLab runtime;
    private final ScenarioAgents agents;
    private DesktopSession desktop;
    private Long goneAtMark;
    private String howItWent = "";

    public ScenarioDesktop(CurrentRun run, ScenarioAgents agents) {
        this.runtime = run.runtime();
        this.agents = agents;
    }

    public void open() {
        desktop = runtime.deployment().side(agents.agent().side()).desktop(agents.agent().account());
    }

    /**
     * The desktop signs in again on the other side of the deployment, as a desktop fails over; the session that
     * went stays closed.
     */
    public void reopenOnTheOtherSide() {
        DesktopSession gone = session();
        desktop = runtime.deployment().side(agents.agent().side().other()).desktop(agents.agent().account());
        gone.close();
    }

    public DesktopSession session() {
        return Optional.ofNullable(desktop)
                .orElseThrow(() -> new IllegalStateException("the agent's desktop is not open in this scenario"));
    }

    /** From here on, what Finesse does about the desktop being gone is announced. */
    public void gone(String how) {
        goneAtMark = agents.agent().feed().mark();
        howItWent = how;
    }

    /** For failure messages, e.g. "went offline (unavailable presence)". */
    public String howItWent() {
        return howItWent;
    }

    public long goneAtMark() {
        return Optional.ofNullable(goneAtMark)
                .orElseThrow(() -> new IllegalStateException("the agent's desktop has not gone away in this scenario"));
    }

    public void close() {
        if (desktop != null) {
            desktop.close();
            desktop = null;
        }
    }
}
