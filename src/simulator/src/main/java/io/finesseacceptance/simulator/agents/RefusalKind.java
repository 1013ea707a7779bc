package io.finesseacceptance.simulator.agents;

/**
 * The refusals of a state change, by what Cisco's guide says of their form (docs/finesse-contract.md §16.1):
 * documented as 400 at once, or left open between 400 at once and 202 followed by an error Update.
 */
public enum RefusalKind {
    /** No state, an unknown state or reason code, LOGOUT while signed out, a missing reason code: 400 at once. */
    DOCUMENTED_AT_ONCE,
    /** A transition a signed-in agent may not make (UCCE READY → LOGOUT): form left open. */
    TRANSITION_NOT_ALLOWED,
    /** READY or NOT_READY from a signed-out agent: form left open. */
    CHANGE_WHILE_SIGNED_OUT
}
