package io.finesseacceptance.agent;

import io.finesseacceptance.notify.UserUpdateExpectation;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.rest.FinesseResponse;

/**
 * A state change request that was sent: what was asked, Finesse's synchronous answer, and what its
 * notification must look like.
 *
 * @param sentNanos     {@link System#nanoTime()} just before the PUT left
 * @param answeredNanos {@link System#nanoTime()} once its answer was read
 */
public record StateChange(String agentId, AgentStateRequest request, String requestId, long feedMark,
                          FinesseResponse response, long sentNanos, long answeredNanos) {

    /** Finesse's documented success: accepted for processing, no body. */
    public boolean acceptedAsDocumented() {
        return response.status() == 202 && response.hasEmptyBody();
    }

    /** Accepted in any way Finesse has been seen to accept (older guides list 200 for state changes). */
    public boolean accepted() {
        return response.status() == 200 || response.status() == 202;
    }

    public UserUpdateExpectation expectedNotification() {
        return new UserUpdateExpectation(agentId, requestId, feedMark, request.expectedState(), request.reasonCodeId(),
                sentNanos);
    }

    public String describe() {
        return "agent %s asked for %s (requestId %s): %s".formatted(agentId, request, requestId, response.describe());
    }
}
