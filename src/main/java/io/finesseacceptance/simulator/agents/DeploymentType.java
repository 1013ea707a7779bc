package io.finesseacceptance.simulator.agents;

/** The contact-center product behind Finesse; the two differ in a few state rules and CTI error codes. */
public enum DeploymentType {
    UCCE(new CtiError(257, "CF_INVALID_PASSWORD_SPECIFIED"), false),
    UCCX(new CtiError(1010, "CF_INVALID_PARAMETER"), true);

    private final CtiError rejectionWhileLoggedOut;
    private final boolean logoutFromReadyAllowed;

    DeploymentType(CtiError rejectionWhileLoggedOut, boolean logoutFromReadyAllowed) {
        this.rejectionWhileLoggedOut = rejectionWhileLoggedOut;
        this.logoutFromReadyAllowed = logoutFromReadyAllowed;
    }

    /** What the CTI server answers when a signed-out agent asks for READY or NOT_READY. */
    public CtiError rejectionWhileLoggedOut() {
        return rejectionWhileLoggedOut;
    }

    /** UCCE only lets an agent sign out from NOT_READY; UCCX also from READY. */
    public boolean logoutFromReadyAllowed() {
        return logoutFromReadyAllowed;
    }
}
