package io.finesseacceptance.upgrade;

import io.finesseacceptance.notify.UserNotification;
import io.finesseacceptance.settings.Side;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one scenario did, handed over when it ends.
 *
 * @param name   the scenario's name; rows of an outline share it and are told apart by their line
 * @param status Cucumber's status: passed, failed, skipped, ...
 * @param agentIds the ids of the scenario's agents: where Finesse echoes one (an error's data), a baseline
 *                 writes "{agent id}", since another run may lease other agents
 * @param seen   every notification the scenario's agents received while it ran, by the side whose notification
 *               service sent it (the side of the desk that heard it)
 */
public record ScenarioRecord(String feature, String name, int line, String status, List<String> agentIds,
                             List<AskedRequest> asked, Map<Side, List<UserNotification>> seen) {

    public ScenarioRecord {
        agentIds = List.copyOf(agentIds);
        asked = List.copyOf(asked);
        Map<Side, List<UserNotification>> bySide = new EnumMap<>(Side.class);
        seen.forEach((side, notifications) -> bySide.put(side, List.copyOf(notifications)));
        seen = Map.copyOf(bySide);
    }
}
