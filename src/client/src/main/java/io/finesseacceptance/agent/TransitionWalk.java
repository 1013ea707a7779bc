package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.rest.FinesseApiException;
import io.finesseacceptance.rest.FinesseResponse;
import java.util.List;

/**
 * Walks a desk's agent to a snapshot's state along the {@link TransitionPlan}, one change at a time, each
 * confirmed before the next is sent: how scenarios are prepared and agents put back afterwards.
 */
final class TransitionWalk {

    private static final String REASON_CODE_REQUIRED = "finesse.api.reasoncode.require_reasoncode";

    private final AgentDesk desk;

    TransitionWalk(AgentDesk desk) {
        this.desk = desk;
    }

    void to(DeskSnapshot target) {
        desk.settle();
        for (AgentStateRequest step : TransitionPlan.between(desk.snapshot(), target)) {
            StateChange change = desk.send(step);
            if (!change.accepted() && needsReasonCode(change.response())) {
                change = desk.send(withFirstReasonCode(step));
            }
            if (!change.accepted()) {
                throw new FinesseApiException("Agent " + desk.id() + ": " + step + " while bringing it to " + target,
                        change.response());
            }
            desk.awaitAnnounced(change);
        }
    }

    /** A lab may require a reason code for NOT_READY or LOGOUT; then any of its codes will do. */
    private AgentStateRequest withFirstReasonCode(AgentStateRequest step) {
        String category = step.expectedState() == AgentState.LOGOUT ? "LOGOUT" : "NOT_READY";
        List<ReasonCode> codes = desk.reasonCodes(category);
        if (codes.isEmpty()) {
            throw new IllegalStateException("Agent " + desk.id() + ": Finesse requires a " + category
                    + " reason code but lists none");
        }
        return step.withReasonCode(codes.get(0).id());
    }

    private static boolean needsReasonCode(FinesseResponse response) {
        return response.apiErrors().stream().map(ApiError::errorData).anyMatch(REASON_CODE_REQUIRED::equals);
    }
}
