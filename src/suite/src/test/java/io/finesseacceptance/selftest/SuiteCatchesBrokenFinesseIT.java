package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.simulator.XmppAccess;
import io.finesseacceptance.simulator.faults.Fault;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The suite earns trust by failing when Finesse is broken: each test runs the sign-out feature against
 * a simulator with one fault switched on and checks the run fails for that reason, and only that one,
 * with notifications over XMPP/TCP and over WebSocket (12.6's transport) alike.
 */
class SuiteCatchesBrokenFinesseIT {

    private static final String SIGN_OUT = "@sign-out";

    private FeatureRun.Outcome runAgainst(XmppAccess notifications, Set<Fault> faults) {
        return runAgainst(notifications, faults, true);
    }

    /** {@code restorable}: whether the fault still lets the suite put agents back afterwards. */
    private FeatureRun.Outcome runAgainst(XmppAccess notifications, Set<Fault> faults, boolean restorable) {
        SelfTestRun run = SelfTestRun.against(SimulatorConfig.defaults().withXmppAccess(notifications)
                .withFaults(faults)).eventTimeout("1.5").features(FeatureRun.SIGN_OUT);
        return (restorable ? run : run.agentsMayStayChanged()).run(SIGN_OUT).outcome();
    }

    @ParameterizedTest
    @EnumSource(value = XmppAccess.class, names = {"TCP_STARTTLS", "WEBSOCKET"})
    void aHealthyFinessePasses(XmppAccess notifications) {
        FeatureRun.Outcome outcome = runAgainst(notifications, Set.of());

        assertThat(outcome.failures()).as(outcome.failureMessages()).isEmpty();
        assertThat(outcome.scenariosStarted()).isEqualTo(2);
        assertThat(outcome.scenariosSucceeded()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = XmppAccess.class, names = {"TCP_STARTTLS", "WEBSOCKET"})
    void aMissingLogoutNotificationFails(XmppAccess notifications) {
        FeatureRun.Outcome outcome = runAgainst(notifications, Set.of(Fault.NO_LOGOUT_NOTIFICATION));

        assertThat(outcome.failures()).hasSize(2);
        assertThat(outcome.failureMessages())
                .contains("expected a notification announcing LOGOUT")
                .contains("no notification arrived after the request");
    }

    @ParameterizedTest
    @EnumSource(value = XmppAccess.class, names = {"TCP_STARTTLS", "WEBSOCKET"})
    void answering200InsteadOf202Fails(XmppAccess notifications) {
        FeatureRun.Outcome outcome = runAgainst(notifications, Set.of(Fault.ACCEPT_WITH_200));

        assertThat(outcome.failures()).hasSize(2);
        assertThat(outcome.failureMessages())
                .contains("expected Finesse to accept LOGOUT with 202 Accepted, but it answered HTTP 200");
    }

    @ParameterizedTest
    @EnumSource(value = XmppAccess.class, names = {"TCP_STARTTLS", "WEBSOCKET"})
    void aBodyOnThe202Fails(XmppAccess notifications) {
        FeatureRun.Outcome outcome = runAgainst(notifications, Set.of(Fault.NON_EMPTY_ACCEPT_BODY));

        assertThat(outcome.failures()).hasSize(2);
        assertThat(outcome.failureMessages()).contains("expected 202 Accepted with an empty body")
                .contains("but the body was: <User>");
    }

    @ParameterizedTest
    @EnumSource(value = XmppAccess.class, names = {"TCP_STARTTLS", "WEBSOCKET"})
    void announcingNotReadyInsteadOfLogoutFails(XmppAccess notifications) {
        // a Finesse that never signs anyone out cannot be restored either: the restore attempt fails too
        FeatureRun.Outcome outcome = runAgainst(notifications, Set.of(Fault.WRONG_STATE_IN_NOTIFICATION), false);

        assertThat(outcome.failures()).hasSize(2);
        assertThat(outcome.failureMessages())
                .contains("expected a notification announcing LOGOUT")
                .contains("NOT_READY");
    }

    @Test
    void aMalformedSettingStopsTheRunBeforeAnyScenario() {
        FeatureRun.Outcome outcome = FeatureRun.run(Map.of(
                LabSettings.BASE_URL, "https://finesse.invalid:8445",
                LabSettings.AGENTS, "1001-without-password"), FeatureRun.SIGN_OUT, SIGN_OUT);

        assertThat(outcome.scenariosStarted()).isZero();
        assertThat(outcome.failureMessages()).contains("FINESSE_AGENTS entry 1 ").contains("is not id:password:extension");
    }
}
