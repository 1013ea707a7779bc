package io.finesseacceptance.simulator.faults;

/**
 * Deliberate deviations from Finesse behaviour. The acceptance suite's self-tests switch these on to
 * prove that the suite notices when a real Finesse misbehaves in the same way.
 */
public enum Fault {
    /** An accepted sign-out is applied, but no Update is published for it (other changes are announced). */
    NO_LOGOUT_NOTIFICATION,
    /** An accepted state change answers 200 instead of 202; everything else stays correct. */
    ACCEPT_WITH_200,
    /** An accepted state change answers 202 with the User document as body instead of an empty body. */
    NON_EMPTY_ACCEPT_BODY,
    /** A LOGOUT request leaves the agent NOT_READY, and the Update announces NOT_READY. */
    WRONG_STATE_IN_NOTIFICATION,
    /**
     * When a sign-out is accepted, the agent's XMPP sessions are ended (as by a server restart) before the
     * 202 is written, so the Update that follows reaches nobody; the request itself is processed as usual.
     */
    XMPP_DROP_BEFORE_LOGOUT_NOTIFICATION,
    /** Finesse is out of service: SystemInfo says OUT_OF_SERVICE and every other API answers 503. */
    OUT_OF_SERVICE,
    /** A refusal of type Invalid State, at once or after accepting, says Invalid Input instead. */
    WRONG_REFUSAL_ERROR_TYPE,
    /** A refusal after accepting is not announced: 202, and then no error Update (nor a state change). */
    SILENT_REFUSAL,
    /**
     * The refusals the guide documents as 400 at once (no state, an unknown state, LOGOUT while signed out, a
     * missing reason code) come as 202 and an error Update instead: not a documented form for them.
     */
    DOCUMENTED_REFUSAL_AFTER_ACCEPT,
    /**
     * The presence-driven forced logout happens (after the grace, LOGOUT or NOT_READY as usual) but without
     * reason 255: the Update and the User document carry an empty reasonCodeId.
     */
    FORCED_LOGOUT_WITHOUT_REASON_255,
    /**
     * A desktop connection that drops without a word (socket closed, pings unanswered, a BOSH session timing
     * out; no unavailable presence, no end of stream) is never noticed, so no forced logout follows; an
     * unavailable presence, a closed stream or a server-ended one still start the grace period.
     */
    DROPPED_DESKTOP_NOT_NOTICED,
    /**
     * A supervisor's accepted LOGOUT of an agent signs the agent out, but no Update at all is published for it:
     * neither on the agent's node nor on its team's node (docs/finesse-contract.md §19).
     */
    SUPERVISOR_LOGOUT_NOT_ANNOUNCED,
    /** State changes are published on the users' own nodes as usual, but never on the team nodes ({@code /finesse/api/Team/{id}/Users}). */
    TEAM_NOT_NOTIFIED,
    /**
     * A supervisor's state change for an agent on a team it does not supervise is accepted and applied (202 and
     * the Update) instead of being refused with 401 Invalid Supervisor.
     */
    SUPERVISOR_OUTSIDE_TEAM_ACCEPTED,
    /**
     * A supervisor's NOT_READY (or other change) naming a reasonCodeId is accepted, and the reason applied,
     * instead of being refused with 400 Invalid Input.
     */
    SUPERVISOR_REASON_CODE_ACCEPTED,
    /**
     * An XEP-0060 unsubscribe is answered with a result but the subscription is kept: still listed, still
     * delivered to.
     */
    SUBSCRIPTION_KEPT_AFTER_UNSUBSCRIBE,
    /**
     * Two nodes ({@code --nodes 2}): the node that did not take a request announces nothing of it, neither
     * the change nor an error; the node that took it announces it as usual (docs/finesse-contract.md §20).
     */
    OTHER_SIDE_SILENT,
    /**
     * Two nodes: GET User on the node that did not take a request answers the state from before the change,
     * as a node whose copy was never refreshed would, until that node takes a request for the agent itself.
     */
    OTHER_SIDE_STALE_READ,
    /**
     * A node out of service still answers 202 to a state change and applies it (announced by the nodes in
     * service), instead of 503 SERVER_OUT_OF_SERVICE; its other APIs answer 503 as usual.
     */
    OUT_OF_SERVICE_ACCEPTS,
    /**
     * After a CTI failover (OUT_OF_SERVICE, then IN_SERVICE again) the nodes do not publish the last state of
     * every signed-in agent again.
     */
    NO_REPUBLISH_AFTER_CTI_FAILOVER
}
