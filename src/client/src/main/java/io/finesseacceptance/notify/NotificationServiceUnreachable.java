package io.finesseacceptance.notify;

import io.finesseacceptance.settings.AgentAccount;

/** An agent's XMPP session could not be opened: a lab or settings problem, not a Finesse behaviour. */
public final class NotificationServiceUnreachable extends RuntimeException {

    public NotificationServiceUnreachable(AgentAccount agent, NotificationEndpoint endpoint, Exception cause) {
        super("Agent %s could not open an XMPP session at %s: %s".formatted(agent.id(), endpoint,
                cause.getMessage()), cause);
    }
}
