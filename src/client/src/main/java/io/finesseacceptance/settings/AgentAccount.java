package io.finesseacceptance.settings;

/** An agent the suite may drive: Finesse login id, its password, and the extension it signs in on. */
public record AgentAccount(String id, String password, String extension) {

    /** The same agent with another password: for the one deliberate wrong-password attempt of a run. */
    public AgentAccount withPassword(String otherPassword) {
        return new AgentAccount(id, otherPassword, extension);
    }

    /** Never prints the password: accounts end up in logs, reports and failure messages. */
    @Override
    public String toString() {
        return "agent " + id + " (extension " + extension + ")";
    }
}
