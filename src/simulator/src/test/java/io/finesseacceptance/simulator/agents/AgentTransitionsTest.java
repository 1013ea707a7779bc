package io.finesseacceptance.simulator.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class AgentTransitionsTest {

    private static final Instant NOW = Instant.parse("2024-05-01T10:15:30.123Z");

    private final ReasonCodeCatalog reasonCodes = ReasonCodeCatalog.withDefaults();
    private final AgentTransitions ucce = new AgentTransitions(DeploymentType.UCCE, reasonCodes);
    private final AgentTransitions uccx = new AgentTransitions(DeploymentType.UCCX, reasonCodes);

    @Test
    void signInGoesNotReadyWithSystemReason() {
        AgentStatus next = applied(ucce, AgentStatus.loggedOut(), StateChangeRequest.of("LOGIN").withExtension("5001"));

        assertThat(next.state()).isEqualTo(RequestedState.NOT_READY);
        assertThat(next.extension()).isEqualTo("5001");
        assertThat(next.reasonCodeId()).isEqualTo("-1");
        assertThat(next.stateChangeTime()).contains(NOW);
    }

    @Test
    void signInWhileSignedInChangesNothing() {
        AgentStatus ready = readyAgent();

        assertThat(applied(ucce, ready, StateChangeRequest.of("LOGIN").withExtension("5009"))).isEqualTo(ready);
    }

    @Test
    void ucceSignsOutOnlyFromNotReady() {
        assertRefused(() -> ucce.decide(readyAgent(), StateChangeRequest.of("LOGOUT"), NOW), "Invalid State", "LOGOUT");
        AgentStatus out = applied(ucce, notReadyAgent(), StateChangeRequest.of("LOGOUT"));
        assertThat(out.state()).isEqualTo(RequestedState.LOGOUT);
        assertThat(out.extension()).isEmpty();
    }

    @Test
    void uccxSignsOutFromReadyToo() {
        assertThat(applied(uccx, readyAgent(), StateChangeRequest.of("LOGOUT")).state()).isEqualTo(RequestedState.LOGOUT);
    }

    @Test
    void readyToReadyIsAnInvalidTransition() {
        assertRefused(() -> ucce.decide(readyAgent(), StateChangeRequest.of("READY"), NOW), "Invalid State", "READY");
    }

    @Test
    void signedOutAgentIsRejectedByTheCtiPerDeployment() {
        assertThat(ucce.decide(AgentStatus.loggedOut(), StateChangeRequest.of("READY"), NOW))
                .isEqualTo(new StateChangeOutcome.RejectedByCti(new CtiError(257, "CF_INVALID_PASSWORD_SPECIFIED")));
        assertThat(uccx.decide(AgentStatus.loggedOut(), StateChangeRequest.of("NOT_READY"), NOW))
                .isEqualTo(new StateChangeOutcome.RejectedByCti(new CtiError(1010, "CF_INVALID_PARAMETER")));
        assertRefused(() -> ucce.decide(AgentStatus.loggedOut(), StateChangeRequest.of("LOGOUT"), NOW),
                "Invalid State", "LOGOUT");
    }

    @Test
    void notReadyToNotReadySwitchesTheReason() {
        AgentStatus lunch = applied(ucce, notReadyAgent(), StateChangeRequest.of("NOT_READY").withReasonCodeId("2"));

        assertThat(lunch.reasonCodeId()).isEqualTo("2");
        assertThat(lunch.reasonCode()).map(ConfiguredReasonCode::label).contains("Lunch");
    }

    @Test
    void readyClearsTheReason() {
        AgentStatus ready = applied(ucce, notReadyAgent(), StateChangeRequest.of("READY"));

        assertThat(ready.reasonCodeId()).isEmpty();
        assertThat(ready.reasonCode()).isEmpty();
    }

    @Test
    void reasonMustExistAndMatchTheState() {
        assertRefused(() -> ucce.decide(readyAgent(), StateChangeRequest.of("NOT_READY").withReasonCodeId("8"), NOW),
                "Invalid Input", "reasonCodeId");
        assertRefused(() -> ucce.decide(readyAgent(), StateChangeRequest.of("NOT_READY").withReasonCodeId("abc"),
                NOW), "Invalid Input", "reasonCodeId");
        assertRefused(() -> ucce.decide(notReadyAgent(), StateChangeRequest.of("READY").withReasonCodeId("1"), NOW),
                "Invalid Input", "reasonCodeId");
    }

    @Test
    void requiredReasonIsEnforcedPerCategory() {
        reasonCodes.requireReasonCode(ReasonCodeCategory.LOGOUT, true);

        assertRefused(() -> ucce.decide(notReadyAgent(), StateChangeRequest.of("LOGOUT"), NOW), "Parameter Missing",
                "finesse.api.reasoncode.require_reasoncode");
        assertThat(applied(ucce, readyAgent(), StateChangeRequest.of("NOT_READY")).state())
                .isEqualTo(RequestedState.NOT_READY);
    }

    @Test
    void missingAndUnknownStatesAreRefused() {
        StateChangeRequest noState = new StateChangeRequest(Optional.empty(), Optional.empty(),
                Optional.empty());
        assertRefused(() -> ucce.decide(readyAgent(), noState, NOW), "Parameter Missing", "state");
        assertRefused(() -> ucce.decide(readyAgent(), StateChangeRequest.of("TALKING"), NOW), "Invalid Input", "state");
        assertRefused(() -> ucce.decide(AgentStatus.loggedOut(), StateChangeRequest.of("LOGIN"), NOW),
                "Parameter Missing", "extension");
    }

    @Test
    void theFormOfEachRefusalIsTheRefusalFormsChoiceByKind() {
        List<RefusalKind> asked = new ArrayList<>();
        AgentTransitions allAfterAccepting = new AgentTransitions(DeploymentType.UCCE, reasonCodes, kind -> {
            asked.add(kind);
            return true;
        });
        AgentTransitions allAtOnce = new AgentTransitions(DeploymentType.UCCE, reasonCodes, kind -> false);

        assertThat(allAfterAccepting.decide(readyAgent(), StateChangeRequest.of("LOGOUT"), NOW))
                .isEqualTo(new StateChangeOutcome.RejectedByCti(
                        new CtiError("Invalid State", "LOGOUT", "Invalid state transition from READY to LOGOUT")));
        assertThat(allAfterAccepting.decide(AgentStatus.loggedOut(), StateChangeRequest.of("LOGOUT"), NOW))
                .isEqualTo(new StateChangeOutcome.RejectedByCti(
                        new CtiError("Invalid State", "LOGOUT", "Invalid state transition from LOGOUT to LOGOUT")));
        assertThat(asked).containsExactly(RefusalKind.TRANSITION_NOT_ALLOWED, RefusalKind.DOCUMENTED_AT_ONCE);
        assertRefused(() -> allAtOnce.decide(AgentStatus.loggedOut(), StateChangeRequest.of("NOT_READY"), NOW),
                "Invalid State", "NOT_READY");
    }

    private AgentStatus notReadyAgent() {
        return AgentStatus.loggedOut().signedIn(NOW, "5001");
    }

    private AgentStatus readyAgent() {
        return applied(ucce, notReadyAgent(), StateChangeRequest.of("READY"));
    }

    private static AgentStatus applied(AgentTransitions transitions, AgentStatus current, StateChangeRequest request) {
        StateChangeOutcome outcome = transitions.decide(current, request, NOW);
        assertThat(outcome).isInstanceOf(StateChangeOutcome.Applied.class);
        return ((StateChangeOutcome.Applied) outcome).next();
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable decision, String type,
            String data) {
        assertThatThrownBy(decision).isInstanceOfSatisfying(StateChangeRefusedException.class, e -> {
            assertThat(e.errorType()).isEqualTo(type);
            assertThat(e.errorData()).isEqualTo(data);
        });
    }
}
