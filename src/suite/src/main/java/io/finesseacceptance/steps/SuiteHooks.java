package io.finesseacceptance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.finesseacceptance.report.ReportAttachments;
import io.finesseacceptance.report.RunSummary;
import io.finesseacceptance.report.SuiteVersion;
import io.finesseacceptance.report.UpgradeVerdictPage;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.TlsTrust;
import io.finesseacceptance.upgrade.ScenarioRecord;
import io.finesseacceptance.upgrade.UpgradeVerdict;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

public class SuiteHooks {

    private final ScenarioAgents agents;
    private final ScenarioSupervisor supervisor;
    private final ScenarioDesktop desktop;
    private final ScenarioOwnSession ownSession;
    private final CurrentRun run;
    private final StepEvidence evidence;

    public SuiteHooks(ScenarioAgents agents, ScenarioSupervisor supervisor, ScenarioDesktop desktop,
                      ScenarioOwnSession ownSession, CurrentRun run, StepEvidence evidence) {
        this.agents = agents;
        this.supervisor = supervisor;
        this.desktop = desktop;
        this.ownSession = ownSession;
        this.run = run;
        this.evidence = evidence;
    }

    @BeforeAll
    public static void startRuntime() {
        RunsInProgress.current().start();
    }

    /**
     * Writes the run's summary and, when asked, its upgrade baseline and verdict; a verdict that breaks fails
     * the run, after the agents are back and the sessions closed.
     */
    @AfterAll
    public static void stopRuntime() {
        RunContext run = RunsInProgress.current();
        Optional<UpgradeVerdict> verdict;
        try {
            verdict = run.baselineTask().finish(run.recording(), run.baselineToCompare(), "finesse-acceptance " + SuiteVersion.current());
            verdict.ifPresent(UpgradeVerdictPage::write);
            RunSummary.write(run.latency(), run.documentedForms());
        } finally {
            run.close();
        }
        verdict.ifPresent(run.baselineTask()::failIfBreaking);
    }

    /** Before the agents are put back (After hooks run highest order first): what the scenario asked and saw. */
    @After(order = 20000)
    public void recordForTheUpgradeBaseline(Scenario scenario) {
        if (run.recording().active()) {
            run.recording().scenarioEnded(new ScenarioRecord(Path.of(scenario.getUri()).getFileName().toString(),
                    scenario.getName(), scenario.getLine(), scenario.getStatus().name(), agents.leasedAgentIds(),
                    agents.askedRequests(), agents.notificationsSeen()));
        }
    }

    /** First of the After hooks: which sides served the scenario and which documented forms it met. */
    @After(order = 30000)
    public void noteForTheLivingDocumentation(Scenario scenario) {
        ScenarioNotes.write(scenario, agents.sidesServed(), evidence.formsOfThisScenario());
    }

    /** A run that does not verify TLS says so in every scenario, not just once in a log nobody reads. */
    @Before(order = 0)
    public void warnWhenTlsIsNotVerified() {
        if (run.runtime().lab().settings().tlsInsecure()) {
            ReportAttachments.attach("WARNING: TLS verification is OFF", "text/plain", TlsTrust.INSECURE_WARNING,
                    ".txt");
        }
    }

    @Before(value = "@ucce or @uccx", order = 1)
    public void skipOnTheOtherDeploymentType(Scenario scenario) {
        String deployment = run.runtime().lab().systemInfo().deploymentType().toLowerCase(Locale.ROOT);
        boolean forThisLab = scenario.getSourceTagNames().contains("@" + deployment);
        if (!forThisLab) {
            throw new TestAbortedException("this scenario describes another deployment type; SystemInfo says this lab is "
                    + deployment.toUpperCase(Locale.ROOT));
        }
    }

    @Before(value = "@simulator-only", order = 1)
    public void skipOnARealLab() {
        if (!run.runtime().onSimulator()) {
            throw new TestAbortedException("a real lab cannot be made to do this on demand; it runs on the simulator only");
        }
    }

    @Before(value = "@two-sides", order = 1)
    public void skipOnASingleNode() {
        if (!run.runtime().deployment().twoSides()) {
            throw new TestAbortedException("this lab is tested on one node: SystemInfo names no secondaryNode and "
                    + LabSettings.SECONDARY_BASE_URL + " is not set, or " + LabSettings.SIDES + "=primary");
        }
    }

    @Before(value = "@supervisor", order = 1)
    public void skipWithoutASupervisor() {
        if (run.runtime().lab().settings().supervisors().isEmpty()) {
            throw new TestAbortedException("no supervisor to act as: FINESSE_SUPERVISORS is not set");
        }
    }

    /**
     * Before the agents are put back (After hooks run highest order first): the suite's own session for the agent,
     * if the scenario closed it and failed before opening it again; putting the agent back needs its notifications.
     */
    @After(order = 15000)
    public void reopenTheAgentsOwnSession() {
        ownSession.reopen();
    }

    /** Runs also when the scenario failed: a shared lab gets its agents back as they were. */
    @After
    public void putTheAgentsBack() {
        agents.giveBack();
    }

    /**
     * After the agents are back (After hooks run highest order first): the emulated desktop goes, and the
     * supervisor's explicit subscription is removed, also when the scenario failed; a subscription that
     * survives its unsubscribe fails the scenario.
     */
    @After(order = 5000)
    public void closeDesktopsAndSubscriptions() {
        try {
            desktop.close();
        } finally {
            supervisor.stopWatching();
        }
    }
}
