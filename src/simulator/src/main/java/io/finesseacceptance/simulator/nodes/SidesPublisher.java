package io.finesseacceptance.simulator.nodes;

import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.faults.Variant;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every node's REST server publishes through this one publisher: an Update is published once per node, each on
 * its own notification service. The node that took the request echoes its requestId; the others write an empty
 * one, as for a change nobody asked them for, unless {@link Variant#OTHER_SIDE_ECHOES_REQUEST_ID}
 * (docs/finesse-contract.md §20).
 */
final class SidesPublisher implements NotificationPublisher {

    // the Update's own requestId: User and Team data carry none, so the first is the envelope's
    private static final Pattern REQUEST_ID = Pattern.compile("<requestId>[^<]*</requestId>");

    private final FaultSwitches faults;
    private final List<FinesseNode> nodes = new CopyOnWriteArrayList<>();

    SidesPublisher(FaultSwitches faults) {
        this.faults = faults;
    }

    /** From now on the node publishes what any node's REST server announces. */
    void join(FinesseNode node) {
        nodes.add(node);
    }

    /** A change nobody asked for (a forced logout, a republish): the same Update on every node. */
    @Override
    public void publish(String node, String updateXml) {
        nodes.forEach(each -> each.publishHere(node, updateXml));
    }

    @Override
    public void publishAnswering(String takenBy, String node, String updateXml) {
        for (FinesseNode each : nodes) {
            if (takenBy.isEmpty() || each.side().pathName().equals(takenBy)) {
                each.publishHere(node, updateXml);
            } else if (!faults.isOn(Fault.OTHER_SIDE_SILENT)) {
                each.publishHere(node, faults.isOn(Variant.OTHER_SIDE_ECHOES_REQUEST_ID) ? updateXml
                        : withoutRequestId(updateXml));
            }
        }
    }

    /** The agent's sessions end on every node, as a restart of every notification service would end them. */
    @Override
    public void dropSessions(String username) {
        nodes.forEach(each -> each.dropSessions(username));
    }

    /** The Update with an empty requestId, written as the simulator writes one for an unsolicited change. */
    static String withoutRequestId(String updateXml) {
        Matcher requestId = REQUEST_ID.matcher(updateXml);
        return requestId.find() ? updateXml.substring(0, requestId.start()) + "<requestId/>"
                + updateXml.substring(requestId.end()) : updateXml;
    }
}
