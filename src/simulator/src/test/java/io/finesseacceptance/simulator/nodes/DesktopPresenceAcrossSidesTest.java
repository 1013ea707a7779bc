package io.finesseacceptance.simulator.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.notifications.DesktopPresence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesktopPresenceAcrossSidesTest {

    private final List<String> told = new ArrayList<>();
    private final DesktopPresenceAcrossSides desktops = new DesktopPresenceAcrossSides((agent, resource, presence) ->
            told.add(agent + " " + presence + (resource.equals("desktop") ? "" : " " + resource)));

    @Test
    void aDesktopThatMovesToTheOtherNodeNeverLooksGone() {
        desktops.changed(Side.PRIMARY, "1001", "desktop", DesktopPresence.AVAILABLE);
        desktops.changed(Side.SECONDARY, "1001", "desktop", DesktopPresence.AVAILABLE);
        desktops.changed(Side.PRIMARY, "1001", "desktop", DesktopPresence.ENDED_BY_SERVER);

        assertThat(told).containsExactly("1001 AVAILABLE");
    }

    @Test
    void aDesktopGoneFromEveryNodeIsGoneTheWayItWentFromTheLast() {
        desktops.changed(Side.PRIMARY, "1001", "desktop", DesktopPresence.AVAILABLE);
        desktops.changed(Side.SECONDARY, "1001", "desktop", DesktopPresence.AVAILABLE);
        desktops.changed(Side.SECONDARY, "1001", "desktop", DesktopPresence.CLOSED);
        desktops.changed(Side.PRIMARY, "1001", "desktop", DesktopPresence.DROPPED);
        desktops.changed(Side.SECONDARY, "1001", "desktop", DesktopPresence.AVAILABLE);

        assertThat(told).containsExactly("1001 AVAILABLE", "1001 DROPPED", "1001 AVAILABLE");
    }

    @Test
    void sessionsOfOtherResourcesAreFollowedApartFromTheDesktop() {
        desktops.changed(Side.PRIMARY, "1001", "desktop", DesktopPresence.AVAILABLE);
        desktops.changed(Side.SECONDARY, "1001", "suite", DesktopPresence.AVAILABLE);
        desktops.changed(Side.PRIMARY, "1001", "desktop", DesktopPresence.DROPPED);

        assertThat(told).containsExactly("1001 AVAILABLE", "1001 AVAILABLE suite", "1001 DROPPED");
    }

    @Test
    void agentsAreFollowedApart() {
        desktops.changed(Side.PRIMARY, "1001", "desktop", DesktopPresence.AVAILABLE);
        desktops.changed(Side.SECONDARY, "1002", "desktop", DesktopPresence.AVAILABLE);
        desktops.changed(Side.PRIMARY, "1001", "desktop", DesktopPresence.UNAVAILABLE);

        assertThat(told).containsExactly("1001 AVAILABLE", "1002 AVAILABLE", "1001 UNAVAILABLE");
    }
}
