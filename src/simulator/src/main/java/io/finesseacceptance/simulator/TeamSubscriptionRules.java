package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.xmpp.PubSubRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Only a supervisor of a team may subscribe to its node {@code /finesse/api/Team/{id}/Users}; every other node
 * is open as before. {@link Fault#SUBSCRIPTION_KEPT_AFTER_UNSUBSCRIBE} makes unsubscribing keep the subscription.
 */
final class TeamSubscriptionRules implements PubSubRules {

    private static final Pattern TEAM_USERS_NODE = Pattern.compile("/finesse/api/Team/([^/]+)/Users");

    private final AgentDirectory directory;
    private final FaultSwitches faults;

    TeamSubscriptionRules(AgentDirectory directory, FaultSwitches faults) {
        this.directory = directory;
        this.faults = faults;
    }

    @Override
    public boolean maySubscribe(String username, String node) {
        Matcher team = TEAM_USERS_NODE.matcher(node);
        return !team.matches() || directory.supervises(username, team.group(1));
    }

    @Override
    public boolean keepsSubscriptionOnUnsubscribe() {
        return faults.isOn(Fault.SUBSCRIPTION_KEPT_AFTER_UNSUBSCRIBE);
    }
}
