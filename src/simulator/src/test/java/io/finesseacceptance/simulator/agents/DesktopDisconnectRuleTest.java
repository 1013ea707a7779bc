package io.finesseacceptance.simulator.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopDisconnectRuleTest {

    private static final Instant SIGNED_IN = Instant.parse("2024-05-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2024-05-01T09:00:00Z");
    private static final AgentStatus READY = AgentStatus.loggedOut().signedIn(SIGNED_IN, "5001")
            .changedTo(RequestedState.READY, SIGNED_IN, "5001", Optional.empty());

    @Test
    void uccxSignsOutWhateverLoadSays() {
        for (boolean load : new boolean[] {false, true}) {
            AgentStatus after = new DesktopDisconnectRule(DeploymentType.UCCX, load).after(READY, LATER).orElseThrow();
            assertThat(after.state()).isEqualTo(RequestedState.LOGOUT);
            assertThat(after.reasonCodeId()).isEqualTo("255");
            assertThat(after.extension()).isEmpty();
            assertThat(after.stateChangeTime()).contains(LATER);
        }
    }

    @Test
    void ucceFollowsLogoutOnAgentDisconnect() {
        AgentStatus withLoad = new DesktopDisconnectRule(DeploymentType.UCCE, true).after(READY, LATER).orElseThrow();
        AgentStatus withoutLoad = new DesktopDisconnectRule(DeploymentType.UCCE, false).after(READY, LATER)
                .orElseThrow();

        assertThat(withLoad.state()).isEqualTo(RequestedState.LOGOUT);
        assertThat(withoutLoad.state()).isEqualTo(RequestedState.NOT_READY);
        assertThat(withoutLoad.reasonCodeId()).isEqualTo("255");
        assertThat(withoutLoad.reasonCode()).isEmpty();
        assertThat(withoutLoad.extension()).isEqualTo("5001");
    }

    @Test
    void signedOutAgentsAreLeftAlone() {
        assertThat(new DesktopDisconnectRule(DeploymentType.UCCX, true).after(AgentStatus.loggedOut(), LATER))
                .isEmpty();
    }
}
