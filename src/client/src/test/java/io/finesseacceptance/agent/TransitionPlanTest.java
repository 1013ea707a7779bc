package io.finesseacceptance.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.rest.AgentStateRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransitionPlanTest {

    private static DeskSnapshot on(AgentState state, String extension, String reason) {
        return new DeskSnapshot(state, extension, Optional.ofNullable(reason));
    }

    private static List<String> plan(DeskSnapshot from, DeskSnapshot to) {
        return TransitionPlan.between(from, to).stream().map(AgentStateRequest::toString).toList();
    }

    @Test
    void signsInAndGoesReady() {
        assertThat(plan(DeskSnapshot.signedOut(), on(AgentState.READY, "5001", null)))
                .containsExactly("LOGIN on extension 5001", "READY");
    }

    @Test
    void signsOutThroughNotReadyBecauseUcceAllowsLogoutOnlyFromThere() {
        assertThat(plan(on(AgentState.READY, "5001", null), DeskSnapshot.signedOut()))
                .containsExactly("NOT_READY", "LOGOUT");
    }

    @Test
    void restoresTheReasonCodeOfANotReadyAgent() {
        assertThat(plan(DeskSnapshot.signedOut(), on(AgentState.NOT_READY, "5001", "12")))
                .containsExactly("LOGIN on extension 5001", "NOT_READY with reasonCodeId 12");
        assertThat(plan(on(AgentState.NOT_READY, "5001", "-1"), on(AgentState.NOT_READY, "5001", "-1"))).isEmpty();
    }

    @Test
    void movesToAnotherExtensionBySigningOutAndInAgain() {
        assertThat(plan(on(AgentState.NOT_READY, "5009", null), DeskSnapshot.notReadyOn("5001")))
                .containsExactly("LOGOUT", "LOGIN on extension 5001");
    }

    @Test
    void refusesToTouchAnAgentOnACall() {
        assertThatThrownBy(() -> TransitionPlan.between(on(AgentState.TALKING, "5001", null), DeskSnapshot.signedOut()))
                .isInstanceOf(AgentBusy.class)
                .hasMessageContaining("TALKING");
    }
}
