package io.finesseacceptance.agent;

import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.Side;

/**
 * Where a desk is: the side it uses, that side's REST API and notification feed, and why the desk moved there
 * when a failover moved it. A desk keeps one of these in a single field, so a request or a wait that reads it
 * sees a side together with its own REST API and feed, never one side's feed with the other side's name.
 *
 * @param movedBecause empty until a failover moves the desk
 */
record DeskPosition(Side side, FinesseRestClient rest, NotificationFeed feed, String movedBecause) {

    /** The desk's first position: on {@code side}, not moved. */
    static DeskPosition on(Side side, FinesseRestClient rest, NotificationFeed feed) {
        return new DeskPosition(side, rest, feed, "");
    }

    /** On {@code target}'s side, with its REST API and feed, saying which side the desk left and why. */
    DeskPosition movedTo(DeskPosition target, String because) {
        return new DeskPosition(target.side, target.rest, target.feed, "moved from the " + side.label()
                + " side to the " + target.side.label() + " side: " + because);
    }
}
