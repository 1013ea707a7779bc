package io.finesseacceptance.finesse;

import java.util.Optional;

/** What Finesse reports about one user, from a GET or a notification. */
/**
 * @param reasonCodeValue the {@code code} of the nested {@code ReasonCode}, when the User carries one (a system
 *                   reason such as 255 may come as a code rather than as a reasonCodeId)
 */
public record User(String loginId, AgentState state, String extension, String reasonCodeId,
                   String pendingState, String stateChangeTime, String teamId, String reasonCodeValue) {

    public Optional<String> reasonCode() {
        return reasonCodeId == null || reasonCodeId.isBlank() ? Optional.empty() : Optional.of(reasonCodeId);
    }

    public boolean isSignedIn() {
        return state != AgentState.LOGOUT;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("User ").append(loginId).append(' ').append(state);
        if (extension != null && !extension.isBlank()) {
            text.append(" on extension ").append(extension);
        }
        reasonCode().ifPresent(id -> text.append(" reasonCodeId=").append(id));
        if (pendingState != null && !pendingState.isBlank()) {
            text.append(" pendingState=").append(pendingState);
        }
        return text.toString();
    }
}
