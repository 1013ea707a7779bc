package io.finesseacceptance.simulator.webservices;

/**
 * SystemInfo's {@code finesseMMode} (Finesse 12.6): where a node's maintenance mode stands. Cisco's MaintenanceMode
 * API names the same three statuses (docs/finesse-contract.md §20).
 */
public enum FinesseMaintenanceMode {
    /** Accepted: the node waits for its users to move to the alternate node. */
    IN_PROGRESS,
    /** Every user moved; the node has shut its services down. */
    COMPLETED,
    /** The users did not all move within the configured time. */
    FAILED
}
