package io.finesseacceptance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.finesseacceptance.settings.TlsTrust;
import io.finesseacceptance.report.ReportAttachments;
import io.finesseacceptance.report.RunSummary;
import java.util.Locale;
import org.opentest4j.TestAbortedException;

public class SuiteHooks {

    private final ScenarioAgents agents;
    private final ThisRun run;

    public SuiteHooks(ScenarioAgents agents, ThisRun run) {
        this.agents = agents;
        this.run = run;
    }

    @BeforeAll
    public static void startRuntime() {
        RunsInProgress.current().start();
    }

    @AfterAll
    public static void stopRuntime() {
        RunContext run = RunsInProgress.current();
        RunSummary.write(run.latency(), run.documentedForms());
        run.close();
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

    /** Runs also when the scenario failed: a shared lab gets its agents back as they were. */
    @After
    public void putTheAgentsBack() {
        agents.giveBack();
    }
}
