package io.finesseacceptance.notify;

import io.finesseacceptance.settings.AgentAccount;

/**
 * An agent's XMPP session could not be opened: a lab or settings problem, not a Finesse behaviour. The message is
 * one line and names the endpoint with the setting that chose it.
 */
public final class NotificationServiceUnreachable extends RuntimeException {

    public NotificationServiceUnreachable(AgentAccount agent, NotificationEndpoint endpoint, Exception cause) {
        super("Agent %s could not open an XMPP session at %s: %s".formatted(agent.id(), endpoint, reason(cause)),
                cause);
    }

    /** The failure's message, and its root cause's when that says more; Smack's messages may span lines. */
    private static String reason(Exception cause) {
        Throwable root = FailureChain.root(cause);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String rootMessage = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        boolean saysItAll = root == cause || cause instanceof WebSocketFailure || message.contains(rootMessage);
        String reason = saysItAll ? message : message + " (" + rootMessage + ")";
        return reason.replaceAll("\\s*\\R\\s*", " ");
    }
}
