package io.finesseacceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.NotificationNotReceived;
import io.finesseacceptance.settings.LabSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * Finesse signing out an agent whose desktop is gone (docs/finesse-contract.md §14): after its grace period,
 * with system reason 255; on UCCE the outcome depends on Logout On Agent Disconnect (LOAD), which the
 * suite takes from FINESSE_LOGOUT_ON_AGENT_DISCONNECT.
 */
public class ForcedLogoutSteps {

    /** What Finesse's forced logout sends to the CTI server (contract §11, §14.2). */
    private static final String FORCED_LOGOUT_REASON = "255";

    private final ScenarioAgents agents;
    private final ScenarioDesktop desktop;
    private final StepEvidence evidence;
    private final CurrentRun run;
    private AgentState outcome;

    public ForcedLogoutSteps(ScenarioAgents agents, ScenarioDesktop desktop, StepEvidence evidence, CurrentRun run) {
        this.agents = agents;
        this.desktop = desktop;
        this.evidence = evidence;
        this.run = run;
    }

    @Given("the agent's desktop is open")
    public void theAgentsDesktopIsOpen() {
        desktop.open();
    }

    @When("the agent's desktop goes offline")
    public void theDesktopGoesOffline() {
        desktop.gone("went offline (unavailable presence)");
        desktop.session().goOffline();
    }

    @When("the agent's desktop connection drops without a word")
    public void theDesktopConnectionDrops() {
        desktop.gone("dropped its connection without a word");
        desktop.session().dropWithoutAWord();
    }

    @Then("within the forced logout wait the agent's notifications announce the lab's forced logout with reason 255:"
            + " LOGOUT, or NOT_READY on UCCE without Logout On Agent Disconnect")
    public void theForcedLogoutIsAnnounced() {
        AgentDesk agent = agents.agent();
        LabSettings settings = run.runtime().lab().settings();
        String deployment = run.runtime().lab().systemInfo().deploymentType().toUpperCase(Locale.ROOT);
        boolean signsOut = !"UCCE".equals(deployment) || settings.logoutOnAgentDisconnect();
        outcome = signsOut ? AgentState.LOGOUT : AgentState.NOT_READY;
        evidence.expectation(agent, "%s%s: expecting %s with reason %s within %d s (%s)".formatted(deployment,
                "UCCE".equals(deployment) ? " with " + LabSettings.LOGOUT_ON_AGENT_DISCONNECT + "="
                        + settings.logoutOnAgentDisconnect() : "", outcome, FORCED_LOGOUT_REASON,
                settings.forcedLogoutWait().toSeconds(), LabSettings.FORCED_LOGOUT_WAIT));
        User announced;
        try {
            announced = agent.awaitSystemChange(desktop.goneAtMark(), outcome, Optional.empty(),
                    settings.forcedLogoutWait()).notification().user().orElseThrow();
        } catch (NotificationNotReceived nothing) {
            throw new AssertionError("agent %s: its desktop %s, but Finesse did not make the agent %s with reason %s"
                    .formatted(agent.id(), desktop.howItWent(), outcome, FORCED_LOGOUT_REASON)
                    + " within the forced logout wait (%d s, %s; %s)".formatted(settings.forcedLogoutWait().toSeconds(),
                    LabSettings.FORCED_LOGOUT_WAIT, "UCCE".equals(deployment) ? LabSettings.LOGOUT_ON_AGENT_DISCONNECT
                            + "=" + settings.logoutOnAgentDisconnect() : deployment)
                    + "\n" + nothing.getMessage(), nothing);
        }
        // the guide names the reason, not where the User shows it: as its reasonCodeId, or its ReasonCode's code
        boolean asId = FORCED_LOGOUT_REASON.equals(announced.reasonCodeId());
        boolean asCode = FORCED_LOGOUT_REASON.equals(announced.reasonCodeValue());
        assertThat(asId || asCode).as("agent %s: Finesse's forced logout made the agent %s, but with reason"
                        + " reasonCodeId '%s' / ReasonCode code '%s' instead of %s: %s", agent.id(), outcome,
                announced.reasonCodeId(), announced.reasonCodeValue(), FORCED_LOGOUT_REASON, announced).isTrue();
        evidence.documentedForm(agent, "nothing (its desktop went away)", "forced logout reason: 255 as "
                + (asId ? "reasonCodeId" : "ReasonCode code"), announced.toString());
    }

    @Then("reading the agent back shows the state of the forced logout")
    public void readingBackShowsTheForcedLogout() {
        User user = agents.agent().read();
        assertThat(user.state()).as("agent %s read back after the forced logout: %s", user.loginId(), user)
                .isEqualTo(outcome);
    }
}
