package io.finesseacceptance.upgrade;

import io.finesseacceptance.notify.UserNotification;
import java.util.List;

/**
 * What one scenario did, handed over when it ends.
 *
 * @param name   the scenario's name; rows of an outline share it and are told apart by their line
 * @param status Cucumber's status: passed, failed, skipped, ...
 * @param agentIds the ids of the scenario's agents: where Finesse echoes one (an error's data), a baseline
 *                 writes "{agent id}", since another run may lease other agents
 * @param seen   every notification the scenario's agents received while it ran
 */
public record ScenarioRecord(String feature, String name, int line, String status, List<String> agentIds,
                             List<AskedRequest> asked, List<UserNotification> seen) {

    public ScenarioRecord {
        agentIds = List.copyOf(agentIds);
        asked = List.copyOf(asked);
        seen = List.copyOf(seen);
    }
}
