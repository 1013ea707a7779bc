package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.FinesseDocuments;
import io.finesseacceptance.finesse.XmlNode;
import io.finesseacceptance.notify.ExplicitSubscription;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.XmppSession;
import io.finesseacceptance.rest.AgentStateRequest;
import io.finesseacceptance.rest.FinesseApiException;
import io.finesseacceptance.rest.FinesseResponse;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.SupervisorAccount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One supervisor as the suite drives it: its own User (roles, the teams it supervises), its requests for
 * its agents, made with its own credentials, and its XMPP session, on which it watches its teams.
 */
public final class SupervisorDesk {

    private final SupervisorAccount account;
    private final FinesseRestClient rest;
    private final XmppSession session;
    private final NotificationFeed feed;
    private final Duration eventTimeout;
    private final Set<TeamWatch> watching = ConcurrentHashMap.newKeySet();

    public SupervisorDesk(SupervisorAccount account, FinesseRestClient rest, XmppSession session, NotificationFeed feed,
                          Duration eventTimeout) {
        this.account = account;
        this.rest = rest;
        this.session = session;
        this.feed = feed;
        this.eventTimeout = eventTimeout;
    }

    public String id() {
        return account.id();
    }

    public SupervisorAccount account() {
        return account;
    }

    /** The ids of the teams the supervisor's User lists as supervised. */
    public List<String> supervisedTeams() {
        return FinesseDocuments.supervisedTeams(ownUser());
    }

    public List<String> roles() {
        return FinesseDocuments.roles(ownUser());
    }

    private XmlNode ownUser() {
        FinesseResponse answer = rest.readUser(account.asAccount(), account.id());
        if (answer.status() != 200) {
            throw new FinesseApiException("supervisor " + account.id() + " reading its own user", answer);
        }
        return XmlNode.parse(answer.body());
    }

    /** Subscribes the supervisor's session to the team's node; the watch must be closed (it unsubscribes). */
    public TeamWatch watchTeam(String teamId) {
        ExplicitSubscription subscription = session.subscribe(TeamWatch.node(teamId));
        TeamWatch watch = new TeamWatch(teamId, session, feed, subscription, eventTimeout, watching::remove);
        watching.add(watch);
        return watch;
    }

    /** The change asked for the agent with the supervisor's credentials, with the team feed's mark before it. */
    public record SupervisorChange(StateChange change, long teamFeedMark) {
    }

    public SupervisorChange send(AgentDesk agent, AgentStateRequest request) {
        long teamMark = feed.mark();
        return new SupervisorChange(agent.sentBy(account.asAccount(), request), teamMark);
    }

    /**
     * Closes every watch still open (Ctrl-C, a run that ends early), collecting what could not be removed.
     *
     * @return one line per subscription that may have been left behind
     */
    public List<String> stopWatching() {
        List<String> problems = new ArrayList<>();
        for (TeamWatch watch : List.copyOf(watching)) {
            try {
                watch.close();
            } catch (RuntimeException failed) {
                problems.add("supervisor " + id() + ": " + failed.getMessage());
            }
        }
        return problems;
    }

    /** The supervisor's own session: for a self-test listing what the lab still holds for it. */
    public XmppSession session() {
        return session;
    }

    @Override
    public String toString() {
        return account.toString();
    }
}
