package io.finesseacceptance.simulator.agents;

/** Which form each kind of refusal takes: 400 at once, or 202 and then an error Update. */
@FunctionalInterface
public interface RefusalForms {

    /**
     * The simulator's default: at once, except a signed-out agent's READY or NOT_READY, which Finesse passes
     * on and the CTI server refuses.
     */
    RefusalForms DEFAULT = kind -> kind == RefusalKind.CHANGE_WHILE_SIGNED_OUT;

    /** True: accepted (202) and refused by an error Update; false: refused at once (400). */
    boolean afterAccepting(RefusalKind kind);
}
