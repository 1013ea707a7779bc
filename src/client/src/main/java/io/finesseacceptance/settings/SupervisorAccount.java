package io.finesseacceptance.settings;

/** A supervisor the suite may act as: Finesse login id and password (FINESSE_SUPERVISORS). */
public record SupervisorAccount(String id, String password) {

    /** As an account the REST and XMPP clients sign in with; a supervisor signs in on no extension here. */
    public AgentAccount asAccount() {
        return new AgentAccount(id, password, "");
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "supervisor " + id;
    }
}
