package io.finesseacceptance.simulator.nodes;

import io.finesseacceptance.simulator.notifications.DesktopPresence;
import io.finesseacceptance.simulator.notifications.SessionPresenceListener;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An agent's sessions as the one CTI server sees them across both nodes: a session (a resource, e.g. the
 * desktop) is present while it is available on either node. A desktop that moves to the other node (a failover,
 * a maintenance mode) is not a desktop gone, so it must not start the forced logout; one gone from both is.
 */
final class DesktopPresenceAcrossSides {

    private final SessionPresenceListener forcedLogoutWatch;
    // guarded by this; keyed by agent and resource
    private final Map<String, Set<Side>> availableOn = new HashMap<>();

    /** @param forcedLogoutWatch told when an agent's session appears on some node, or goes from the last one */
    DesktopPresenceAcrossSides(SessionPresenceListener forcedLogoutWatch) {
        this.forcedLogoutWatch = forcedLogoutWatch;
    }

    /** What one node's notification service saw of one of the agent's sessions. */
    synchronized void changed(Side side, String agentId, String resource, DesktopPresence presence) {
        Set<Side> sides = availableOn.computeIfAbsent(agentId + "/" + resource, unused -> EnumSet.noneOf(Side.class));
        boolean wasPresent = !sides.isEmpty();
        if (presence.isAvailable()) {
            sides.add(side);
        } else {
            sides.remove(side);
        }
        boolean present = !sides.isEmpty();
        if (present != wasPresent) {
            forcedLogoutWatch.sessionPresenceChanged(agentId, resource, presence);
        }
    }
}
