package io.finesseacceptance.simulator.agents;

/** The contact-center product behind Finesse; the two differ in a few state rules and CTI error codes. */
public enum DeploymentType {
    UCCE(new CtiError(257, "CF_INVALID_PASSWORD_SPECIFIED"), false, "999"),
    UCCX(new CtiError(1010, "CF_INVALID_PARAMETER"), true, "33");

    private final CtiError rejectionWhileLoggedOut;
    private final boolean logoutFromReadyAllowed;
    private final String supervisorNotReadyReasonCodeId;

    DeploymentType(CtiError rejectionWhileLoggedOut, boolean logoutFromReadyAllowed,
            String supervisorNotReadyReasonCodeId) {
        this.rejectionWhileLoggedOut = rejectionWhileLoggedOut;
        this.logoutFromReadyAllowed = logoutFromReadyAllowed;
        this.supervisorNotReadyReasonCodeId = supervisorNotReadyReasonCodeId;
    }

    /** The reason code Finesse hard-codes when a supervisor makes an agent NOT_READY: 999 (UCCE), 33 (UCCX). */
    public String supervisorNotReadyReasonCodeId() {
        return supervisorNotReadyReasonCodeId;
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
