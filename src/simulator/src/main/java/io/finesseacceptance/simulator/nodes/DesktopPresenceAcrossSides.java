package io.finesseacceptance.simulator.nodes;

import io.finesseacceptance.simulator.notifications.DesktopPresence;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An agent's desktop as the one CTI server sees it across both nodes: present while its desktop session is
 * available on either node. A desktop that moves to the other node (a failover, a maintenance mode) is not a
 * desktop gone, so it must not start the forced logout; one gone from both is.
 */
final class DesktopPresenceAcrossSides {

    private final BiConsumer<String, DesktopPresence> forcedLogoutWatch;
    // guarded by this
    private final Map<String, Set<Side>> availableOn = new HashMap<>();

    /** @param forcedLogoutWatch told when the agent's desktop appears on some node, or goes from the last one */
    DesktopPresenceAcrossSides(BiConsumer<String, DesktopPresence> forcedLogoutWatch) {
        this.forcedLogoutWatch = forcedLogoutWatch;
    }

    /** What one node's notification service saw of the agent's desktop session. */
    synchronized void changed(Side side, String agentId, DesktopPresence presence) {
        Set<Side> sides = availableOn.computeIfAbsent(agentId, unused -> EnumSet.noneOf(Side.class));
        boolean wasPresent = !sides.isEmpty();
        if (presence.isAvailable()) {
            sides.add(side);
        } else {
            sides.remove(side);
        }
        boolean present = !sides.isEmpty();
        if (present != wasPresent) {
            forcedLogoutWatch.accept(agentId, presence);
        }
    }
}
