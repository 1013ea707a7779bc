package io.finesseacceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.TeamWatch;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.NotificationNotReceived;
import io.finesseacceptance.notify.NotificationServiceUnreachable;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.Side;
import java.util.Locale;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * Finesse signing out an agent whose desktop is gone (docs/finesse-contract.md §14): after its grace period,
 * with system reason 255; on UCCE the outcome depends on Logout On Agent Disconnect (LOAD), which the
 * suite takes from FINESSE_LOGOUT_ON_AGENT_DISCONNECT.
 *
 * <p>The guide does not say whether another session of the same user keeps the agent available, so the suite's own
 * session for the agent goes first and the desktop is the agent's last: the scenarios hold whether Finesse follows the
 * desktop alone or the user as a whole. With the agent's own session closed, Finesse's outcome is seen by a
 * supervisor watching the agent's team, or, when the lab has no supervisor, by reading the agent back.
 */
public class ForcedLogoutSteps {

    /** What Finesse's forced logout sends to the CTI server (contract §11, §14.2). */
    private static final String FORCED_LOGOUT_REASON = "255";

    private final ScenarioAgents agents;
    private final ScenarioDesktop desktop;
    private final ScenarioSupervisor supervisor;
    private final ScenarioOwnSession ownSession;
    private final StepEvidence evidence;
    private final CurrentRun run;
    private Optional<TeamWatch> teamWatch = Optional.empty();
    private long teamMarkWhenGone;
    /** The agent as read when its desktop went, where no supervisor's watch will announce the outcome. */
    private User readWhenGone;
    private AgentState outcome;
    private User stateWhenGone;
    /** The agent as Finesse's forced logout showed it, and where. */
    private User shown;
    private String seenWhere;

    public ForcedLogoutSteps(ScenarioAgents agents, ScenarioDesktop desktop, ScenarioSupervisor supervisor,
                             ScenarioOwnSession ownSession, StepEvidence evidence, CurrentRun run) {
        this.agents = agents;
        this.desktop = desktop;
        this.supervisor = supervisor;
        this.ownSession = ownSession;
        this.evidence = evidence;
        this.run = run;
    }

    /** An explicit subscription to the team's node, removed again after the scenario whatever happens. */
    @Checks({"§14.3", "§19.1", "§19.6"})
    @Given("a supervisor watching their team's notifications, if the lab has one")
    public void aSupervisorWatchingTheirTeamIfAny() {
        if (run.runtime().lab().settings().supervisors().isEmpty() || supervisor.desk().supervisedTeams().isEmpty()) {
            return;
        }
        teamWatch = Optional.of(supervisor.watchTheTeam());
    }

    @Checks({"§4.1", "§4.2", "§4.3", "§4.4", "§7.1", "§19.1"})
    @Given("an agent of that team, or any agent if the lab has no supervisor, who is {situation}")
    public void anAgentOfThatTeamWhoIs(ParameterTypes.Situation situation) {
        AgentDesk agent = teamWatch.isEmpty() ? agents.agent() : agents.agentWhere(supervisor::supervises,
                "of supervisor " + supervisor.desk().id() + "'s teams " + supervisor.teams());
        agent.bringTo(situation.on(agent.account().extension()));
    }

    @Checks({"§14.1", "§16.9"})
    @Given("the agent's desktop is open")
    public void theAgentsDesktopIsOpen() {
        desktop.open();
    }

    @Checks({"§14.3", "§16.9"})
    @When("the suite's own notification session for the agent closes, leaving the desktop as the agent's only session")
    public void theSuitesOwnSessionCloses() {
        ownSession.close(agents.agent());
    }

    @Checks({"§14.2", "§16.9"})
    @When("the agent's desktop goes offline")
    public void theDesktopGoesOffline() {
        gone("went offline (unavailable presence)");
        desktop.session().goOffline();
    }

    @Checks({"§14.2", "§14.3", "§16.9"})
    @When("the agent's desktop connection drops without a word")
    public void theDesktopConnectionDrops() {
        gone("dropped its connection without a word");
        desktop.session().dropWithoutAWord();
    }

    @Checks({"§14.3", "§16.9", "§20.1"})
    @When("the agent's desktop connection drops without a word, and the desktop signs in again on the other side")
    public void theDesktopMovesToTheOtherSide() {
        for (Side side : Side.values()) {
            run.runtime().deployment().failover(side).ifPresent(why -> {
                throw new TestAbortedException("the " + side.label() + " side has failed over (" + why
                        + "): the race between the sides cannot be played now");
            });
        }
        stateWhenGone = agents.agent().read();
        gone("dropped its connection without a word on the " + agents.agent().side().label()
                + " side, then signed in on the " + agents.agent().side().other().label() + " side");
        desktop.session().dropWithoutAWord();
        Side other = agents.agent().side().other();
        try {
            desktop.reopenOnTheOtherSide();
        } catch (NotificationServiceUnreachable refused) {
            run.runtime().deployment().failedOver(other, refused.getMessage());
            throw new TestAbortedException("the " + other.label() + " side refused the desktop (" + refused.getMessage()
                    + "): it is failing over, so the race between the sides cannot be played now", refused);
        }
    }

    /**
     * The guide's race (docs/finesse-contract.md §14): a desktop that reaches the other node before the first one
     * has noticed it gone may still be signed out (or made NOT_READY) there. Both outcomes are Finesse's; anything
     * else, or a forced logout without reason 255, is not.
     */
    @Checks({"§14.2", "§16.9", "§20.1"})
    @Then("within the forced logout wait the agent either keeps its state or Finesse applies its forced logout with"
            + " reason 255, as the guide's failover race allows, and the report says which")
    public void theRaceEndsEitherWay() {
        AgentDesk agent = agents.agent();
        try {
            theForcedLogoutIsApplied();
        } catch (AssertionError notApplied) {
            User after = agent.read();
            assertThat(after.state()).as("agent %s: its desktop moved to the other side and no forced logout came"
                    + " within the wait, so it should have kept its state %s: %s", agent.id(), stateWhenGone.state(),
                    after).isEqualTo(stateWhenGone.state());
            outcome = after.state();
            evidence.documentedForm(agent, "nothing (its desktop moved to the other side)",
                    "failover race: the agent kept its state", "read back after the forced logout wait: " + after);
            return;
        }
        theForcedLogoutsReasonIs255();
        evidence.documentedForm(agent, "nothing (its desktop moved to the other side)",
                "failover race: Finesse applied its forced logout", seenWhere + ": " + shown);
    }

    private void gone(String how) {
        desktop.gone(how);
        teamMarkWhenGone = teamWatch.map(watch -> watch.feed().mark()).orElse(0L);
        readWhenGone = teamWatch.isEmpty() ? agents.agent().read() : null;
    }

    @Checks({"§14.2", "§14.3", "§19.5"})
    @Then("within the forced logout wait Finesse makes the agent LOGOUT, or NOT_READY on UCCE without Logout On Agent"
            + " Disconnect: the supervisor's team notifications announce it or, if the lab has no supervisor, reading"
            + " the agent back shows it")
    public void theForcedLogoutIsApplied() {
        AgentDesk agent = agents.agent();
        LabSettings settings = run.runtime().lab().settings();
        String deployment = run.runtime().lab().systemInfo().deploymentType().toUpperCase(Locale.ROOT);
        boolean signsOut = !"UCCE".equals(deployment) || settings.logoutOnAgentDisconnect();
        outcome = signsOut ? AgentState.LOGOUT : AgentState.NOT_READY;
        ForcedLogoutExpectation expected = new ForcedLogoutExpectation(agent.id(), outcome, FORCED_LOGOUT_REASON,
                desktop.howItWent(), settings.forcedLogoutWait(), "UCCE".equals(deployment)
                ? LabSettings.LOGOUT_ON_AGENT_DISCONNECT + "=" + settings.logoutOnAgentDisconnect() : deployment);
        seenWhere = teamWatch.map(watch -> "in supervisor " + supervisor.desk().id() + "'s notifications on "
                + watch.node()).orElse("by reading the agent back (no supervisor watches the agent's team)");
        evidence.expectation(agent, "%s%s: expecting %s with reason %s within %d s (%s), seen %s".formatted(deployment,
                "UCCE".equals(deployment) ? " with " + LabSettings.LOGOUT_ON_AGENT_DISCONNECT + "="
                        + settings.logoutOnAgentDisconnect() : "", outcome, FORCED_LOGOUT_REASON,
                settings.forcedLogoutWait().toSeconds(), LabSettings.FORCED_LOGOUT_WAIT, seenWhere));
        shown = teamWatch.map(watch -> announcedToTheTeam(watch, expected))
                .orElseGet(() -> ForcedLogoutReadBack.await(agent, readWhenGone, expected));
    }

    @Checks({"§11.3", "§14.2", "§16.9"})
    @Then("the forced logout's reason is 255, as shown there or, if a notification shows no reason, on reading the"
            + " agent back")
    public void theForcedLogoutsReasonIs255() {
        AgentDesk agent = agents.agent();
        User withReason = shown;
        String where = seenWhere;
        if (blank(shown.reasonCodeId()) && blank(shown.reasonCodeValue()) && teamWatch.isPresent()) {
            // a team member's summary carries a ReasonCode where it has one; a system reason may come without
            withReason = agent.read();
            where = "on reading the agent back (the team notification showed no reason)";
        }
        // the guide names the reason, not where the User shows it: as its reasonCodeId, or its ReasonCode's code
        boolean asId = FORCED_LOGOUT_REASON.equals(withReason.reasonCodeId());
        boolean asCode = FORCED_LOGOUT_REASON.equals(withReason.reasonCodeValue());
        assertThat(asId || asCode).as("agent %s: Finesse's forced logout made the agent %s, but with reason"
                        + " reasonCodeId '%s' / ReasonCode code '%s' instead of %s, seen %s: %s", agent.id(), outcome,
                withReason.reasonCodeId(), withReason.reasonCodeValue(), FORCED_LOGOUT_REASON, where, withReason)
                .isTrue();
        evidence.documentedForm(agent, "nothing (its desktop went away)", "forced logout reason: 255 as "
                + (asId ? "reasonCodeId" : "ReasonCode code"), where + ": " + withReason);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private User announcedToTheTeam(TeamWatch watch, ForcedLogoutExpectation expected) {
        try {
            return watch.awaitSystemChange(expected.agentId(), teamMarkWhenGone, expected.state(), expected.within())
                    .notification().user().orElseThrow();
        } catch (NotificationNotReceived nothing) {
            throw new AssertionError(expected.notMet("in supervisor " + supervisor.desk().id()
                    + "'s notifications on " + watch.node()) + "\n" + nothing.getMessage(), nothing);
        }
    }

    @Checks({"§7.1", "§14.3"})
    @Then("the suite's own notification session for the agent opens again, and reading the agent back shows the state"
            + " of the forced logout")
    public void theOwnSessionOpensAgainAndReadingBackShowsTheForcedLogout() {
        ownSession.reopen();
        User user = agents.agent().read();
        assertThat(user.state()).as("agent %s read back after the forced logout, its own session open again: %s",
                user.loginId(), user).isEqualTo(outcome);
    }
}
