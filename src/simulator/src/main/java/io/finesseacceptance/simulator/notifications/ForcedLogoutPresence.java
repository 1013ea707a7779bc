package io.finesseacceptance.simulator.notifications;

/**
 * Which presence Finesse's forced logout follows. The guide says Finesse subscribes to the presence of the desktop's
 * XMPP users and acts on an Unavailable presence "from the client"; it does not say whether another session of the
 * same user keeps the agent available (docs/finesse-contract.md §14.3). The simulator plays either reading, so the
 * suite can be shown to hold under both.
 */
public enum ForcedLogoutPresence {
    /** Only the agent's session on the resource {@value DesktopPresence#DESKTOP_RESOURCE} counts. */
    DESKTOP,
    /** The user as a whole: the agent is gone only when no session of it, on any resource, is available. */
    USER
}
