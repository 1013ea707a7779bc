package io.finesseacceptance.notify;

import java.util.List;

/**
 * The expected notification did not arrive, and the agent's XMPP session was down for part of the time
 * it was due: it may have been published into the gap. The caller decides by reading the agent back.
 */
public final class NotificationLostInGap extends AssertionError {

    private final transient List<SessionGap> gaps;

    public NotificationLostInGap(String message, List<SessionGap> gaps) {
        super(message);
        this.gaps = List.copyOf(gaps);
    }

    public List<SessionGap> gaps() {
        return gaps;
    }
}
