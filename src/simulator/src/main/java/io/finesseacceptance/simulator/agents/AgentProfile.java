package io.finesseacceptance.simulator.agents;

/**
 * What the contact-center configuration says about an agent. {@code extension} is the phone the
 * agent normally signs in with; Finesse itself accepts whatever extension the sign-in names.
 */
public record AgentProfile(String id, String password, String loginName, String firstName, String lastName,
        String extension, String teamId, String teamName) {

    @Override
    public String toString() {
        // keeps the password out of logs and assertion messages
        return "AgentProfile[id=" + id + ", loginName=" + loginName + ", extension=" + extension + "]";
    }
}
