package io.finesseacceptance.simulator.faults;

/**
 * Documented alternatives, not faults: where Cisco's guide allows more than one answer
 * (docs/finesse-contract.md §16), the simulator gives one by default and these switch it to another
 * the guide allows too. The self-tests switch them on to prove the suite accepts every documented form
 * and reports which one it met; a lab may use any of them.
 */
public enum Variant {
    /**
     * A transition a signed-in agent may not make (UCCE READY → LOGOUT), refused at once by default, is
     * accepted (202) and then refused by an error Update with the same error (§16.1).
     */
    REFUSE_AFTER_ACCEPT,
    /**
     * READY or NOT_READY from a signed-out agent, accepted and refused by an error Update by default, is
     * refused at once: 400 Invalid State (§16.1).
     */
    REFUSE_AT_ONCE,
    /** A request with a wrong password (or none) gets 401 with no body instead of an ApiErrors body (§16.2). */
    UNAUTHORIZED_WITHOUT_BODY,
    /**
     * An agent reading a user id that does not exist gets 401 Invalid Authorization User Specified (agents may
     * read only themselves) instead of 404 User Not Found (§16.8).
     */
    UNKNOWN_USER_AS_UNAUTHORIZED,
    /** An accepted READY or NOT_READY is answered 200 instead of 202; sign-in and sign-out stay 202 (§16.7). */
    ACCEPT_STATE_CHANGE_WITH_200,
    /**
     * Two nodes: the node that did not take a request echoes its requestId in its Update too, instead of an
     * empty one. The guide says nothing either way (docs/finesse-contract.md §20).
     */
    OTHER_SIDE_ECHOES_REQUEST_ID
}
