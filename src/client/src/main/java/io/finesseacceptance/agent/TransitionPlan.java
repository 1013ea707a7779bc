package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.rest.AgentStateRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The agent-settable requests that take an agent from one idle state to another along transitions every
 * deployment type allows (UCCE signs out only from NOT_READY, so the plan always goes through it).
 */
final class TransitionPlan {

    private TransitionPlan() {
    }

    static List<AgentStateRequest> between(DeskSnapshot from, DeskSnapshot to) {
        requireIdle(from, "is");
        requireIdle(to, "was");
        List<AgentStateRequest> steps = new ArrayList<>();
        AgentState current = from.state();
        Optional<String> currentReason = from.restorableReasonCode();
        boolean otherExtension = current != AgentState.LOGOUT && to.state() != AgentState.LOGOUT
                && !from.extension().equals(to.extension());
        if (current == AgentState.READY && (to.state() == AgentState.LOGOUT || otherExtension)) {
            steps.add(AgentStateRequest.of(AgentState.NOT_READY));
            current = AgentState.NOT_READY;
        }
        if (current == AgentState.NOT_READY && (to.state() == AgentState.LOGOUT || otherExtension)) {
            steps.add(AgentStateRequest.signOut());
            current = AgentState.LOGOUT;
        }
        if (to.state() == AgentState.LOGOUT) {
            return steps;
        }
        if (current == AgentState.LOGOUT) {
            steps.add(AgentStateRequest.signIn(to.extension()));
            current = AgentState.NOT_READY;
            currentReason = Optional.empty();
        }
        if (to.state() == AgentState.READY && current != AgentState.READY) {
            steps.add(AgentStateRequest.of(AgentState.READY));
        } else if (to.state() == AgentState.NOT_READY) {
            boolean reasonDiffers = to.restorableReasonCode().isPresent()
                    && !to.restorableReasonCode().equals(currentReason);
            if (current == AgentState.READY || reasonDiffers) {
                AgentStateRequest notReady = AgentStateRequest.of(AgentState.NOT_READY);
                steps.add(to.restorableReasonCode().map(notReady::withReasonCode).orElse(notReady));
            }
        }
        return steps;
    }

    private static void requireIdle(DeskSnapshot snapshot, String verb) {
        if (snapshot.state() != AgentState.LOGOUT && !snapshot.state().isIdleSignedIn()) {
            throw new AgentBusy("the agent " + verb + " " + snapshot.state()
                    + ": the suite changes only agents that are signed out, NOT_READY or READY");
        }
    }
}
