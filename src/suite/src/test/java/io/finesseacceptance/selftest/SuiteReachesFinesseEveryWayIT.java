package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.XmppAccess;
import io.finesseacceptance.simulator.agents.DeploymentType;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sign-out feature over every way a lab offers notifications (TCP plain, STARTTLS, direct TLS, BOSH
 * over http and https, WebSocket over wss), on UCCE and UCCX, with REST over HTTPS and only the simulator's CA trusted; and
 * what happens when trust or service is missing.
 */
class SuiteReachesFinesseEveryWayIT {

    private static FeatureRun.Outcome signOutAgainst(SimulatorConfig options, Consumer<Map<String, String>> adjust) {
        try (FinesseSimulator simulator = FinesseSimulator.start(options)) {
            Map<String, String> settings = new HashMap<>(simulator.labSettings());
            settings.put(LabSettings.EVENT_TIMEOUT, "3");
            adjust.accept(settings);
            return FeatureRun.run(settings, FeatureRun.SIGN_OUT, "@sign-out");
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"TCP_PLAIN, UCCE", "TCP_PLAIN, UCCX", "TCP_STARTTLS, UCCE", "TCP_STARTTLS, UCCX",
            "DIRECT_TLS, UCCE", "DIRECT_TLS, UCCX", "BOSH_HTTP, UCCE", "BOSH_HTTP, UCCX",
            "BOSH_HTTPS, UCCE", "BOSH_HTTPS, UCCX", "WEBSOCKET, UCCE", "WEBSOCKET, UCCX"})
    void signsOutOverEveryTransport(XmppAccess access, DeploymentType deployment) {
        FeatureRun.Outcome outcome = signOutAgainst(SimulatorConfig.defaults().withXmppAccess(access)
                .withDeploymentType(deployment), settings -> { });

        assertThat(outcome.failures()).as(outcome.failureMessages()).isEmpty();
        assertThat(outcome.scenariosSucceeded()).isEqualTo(2);
    }

    /** jbosh trusts only the JVM's default trust store; the lab's CA is lent to it per connect, never left. */
    @Test
    void boshOverHttpsLeavesTheJvmTrustStoreAsItWas() {
        String before = System.getProperty("javax.net.ssl.trustStore");

        FeatureRun.Outcome outcome = signOutAgainst(SimulatorConfig.defaults().withXmppAccess(XmppAccess.BOSH_HTTPS),
                settings -> { });

        assertThat(outcome.failures()).as(outcome.failureMessages()).isEmpty();
        assertThat(outcome.scenariosSucceeded()).isEqualTo(2);
        assertThat(System.getProperty("javax.net.ssl.trustStore")).isEqualTo(before);
    }

    @Test
    void usesStartTlsWhenOfferedWithSecurityIfPossible() {
        FeatureRun.Outcome outcome = signOutAgainst(SimulatorConfig.defaults(),
                settings -> settings.put(LabSettings.XMPP_SECURITY, "ifpossible"));

        assertThat(outcome.failures()).as(outcome.failureMessages()).isEmpty();
        assertThat(outcome.scenariosSucceeded()).isEqualTo(2);
    }

    @Test
    void verifiesTlsByDefaultSoAnUntrustedLabStopsTheRun() {
        FeatureRun.Outcome outcome = signOutAgainst(SimulatorConfig.defaults(),
                settings -> settings.remove(LabSettings.CA_CERT));

        assertThat(outcome.scenariosStarted()).isZero();
        assertThat(outcome.failureMessages()).contains("Lab preflight failed").containsIgnoringCase("certification path");
    }

    @Test
    void runsWithoutVerificationOnlyWhenToldSo() {
        FeatureRun.Outcome outcome = signOutAgainst(SimulatorConfig.defaults().withXmppAccess(XmppAccess.DIRECT_TLS),
                settings -> {
                    settings.remove(LabSettings.CA_CERT);
                    settings.put(LabSettings.TLS_INSECURE, "true");
                });

        assertThat(outcome.failures()).as(outcome.failureMessages()).isEmpty();
        assertThat(outcome.scenariosSucceeded()).isEqualTo(2);
    }

    @Test
    void aLabOutOfServiceStopsTheRunBeforeAnyScenario() {
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults())) {
            simulator.controls().setOutOfService(true);

            FeatureRun.Outcome outcome = FeatureRun.run(simulator.labSettings(), FeatureRun.SIGN_OUT, "@sign-out");

            assertThat(outcome.scenariosStarted()).isZero();
            assertThat(outcome.failureMessages()).contains("Finesse is not in service: SystemInfo status OUT_OF_SERVICE");
        }
    }
}
