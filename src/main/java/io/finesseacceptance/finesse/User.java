package io.finesseacceptance.finesse;

import java.util.Optional;

/** What Finesse reports about one user, from a GET or a notification. */
public record User(String loginId, AgentState state, String extension, String reasonCodeId,
                   String pendingState, String stateChangeTime, String teamId) {

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
