package io.finesseacceptance.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.finesseacceptance.lab.TlsTrust;
import io.finesseacceptance.report.ReportAttachments;

public class SuiteHooks {

    private final ScenarioAgent agent;

    public SuiteHooks(ScenarioAgent agent) {
        this.agent = agent;
    }

    @BeforeAll
    public static void startRuntime() {
        SuiteRuntime.start();
    }

    @AfterAll
    public static void stopRuntime() {
        SuiteRuntime.stop();
    }

    /** A run that does not verify TLS says so in every scenario, not just once in a log nobody reads. */
    @Before
    public void warnWhenTlsIsNotVerified() {
        if (SuiteRuntime.current().lab().settings().tlsInsecure()) {
            ReportAttachments.attach("WARNING: TLS verification is OFF", "text/plain", TlsTrust.INSECURE_WARNING,
                    ".txt");
        }
    }

    /** Runs also when the scenario failed: a shared lab gets its agent back as it was. */
    @After
    public void putTheAgentBack() {
        agent.restore();
    }
}
