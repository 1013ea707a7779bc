package io.finesseacceptance.lab;

/** An agent the suite may drive: Finesse login id, its password, and the extension it signs in on. */
public record AgentAccount(String id, String password, String extension) {

    /** Never prints the password: accounts end up in logs, reports and failure messages. */
    @Override
    public String toString() {
        return "agent " + id + " (extension " + extension + ")";
    }
}
