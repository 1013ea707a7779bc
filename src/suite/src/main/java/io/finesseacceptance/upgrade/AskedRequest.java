package io.finesseacceptance.upgrade;

import io.finesseacceptance.notify.UserNotification;
import io.finesseacceptance.rest.FinesseResponse;
import io.finesseacceptance.settings.Side;
import java.util.List;

/**
 * One request a scenario sent, as a baseline records it.
 *
 * @param kind          {@link RequestKind}'s words for it, e.g. "sign-out with a reason" or "read own user"
 * @param stateChange   whether it asked for a state change (so a 202 may be followed by an error Update)
 * @param caused        the notifications that may have been caused by it: on the agent's node, after it was
 *                      sent and before the scenario's next request, carrying its requestId or none
 * @param side          the side whose notification service {@code caused} came from; a read's answer came from
 *                      it too (the primary on one node). A change may have been sent through the other side:
 *                      its PUT's exchange, found by {@code requestId}, tells
 * @param requestId     the requestId a state change was sent with; empty for a read
 */
public record AskedRequest(String kind, boolean stateChange, FinesseResponse answer, List<UserNotification> caused,
                           Side side, String requestId) {

    public AskedRequest {
        caused = List.copyOf(caused);
    }
}
