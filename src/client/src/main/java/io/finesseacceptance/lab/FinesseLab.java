package io.finesseacceptance.lab;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.ConfirmationListener;
import io.finesseacceptance.agent.DeskSource;
import io.finesseacceptance.agent.RequestIds;
import io.finesseacceptance.agent.SupervisorDesk;
import io.finesseacceptance.finesse.SystemInfo;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.DesktopSession;
import io.finesseacceptance.notify.NotificationEndpoint;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.XmppSession;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseResponse;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.SupervisorAccount;
import io.finesseacceptance.settings.TlsTrust;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Finesse under test, for the length of a run: its REST client, what SystemInfo said, and one
 * XMPP session per agent, opened on first use and kept up until the run ends (Finesse signs out agents
 * whose presence disappears, so sessions must outlive every scenario that touched their agent).
 */
public final class FinesseLab implements DeskSource, AutoCloseable {

    private static final Duration XMPP_REPLY_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(FinesseLab.class);

    private final LabSettings settings;
    private final FinesseRestClient rest;
    private final SystemInfo systemInfo;
    private final NotificationEndpoint endpoint;
    private final ConfirmationListener confirmations;
    private final RequestIds requestIds = new RequestIds();
    private final Map<String, AgentDesk> desks = new LinkedHashMap<>();
    private final List<XmppSession> sessions = new ArrayList<>();
    /** Each agent's own session among {@link #sessions}, for the scenarios that close it and open it again. */
    private final Map<String, XmppSession> agentSessions = new LinkedHashMap<>();
    private final Map<String, SupervisorDesk> supervisors = new LinkedHashMap<>();

    private FinesseLab(LabSettings settings, FinesseRestClient rest, SystemInfo systemInfo,
                       NotificationEndpoint endpoint, ConfirmationListener confirmations) {
        this.confirmations = confirmations;
        this.settings = settings;
        this.rest = rest;
        this.systemInfo = systemInfo;
        this.endpoint = endpoint;
    }

    /** Reads SystemInfo (as the first configured agent) and refuses a Finesse that is not in service. */
    public static FinesseLab connect(LabSettings settings, ExchangeListener listener) {
        return connect(settings, listener, ConfirmationListener.NONE);
    }

    /** As above; {@code confirmations} hears every confirmed state change of every desk. */
    public static FinesseLab connect(LabSettings settings, ExchangeListener listener,
                                     ConfirmationListener confirmations) {
        TlsTrust trust = TlsTrust.from(settings);
        FinesseRestClient rest = new FinesseRestClient(settings, trust, listener);
        SystemInfo info = rest.systemInfo(settings.agents().get(0));
        if (!info.inService()) {
            throw new LabNotInService(info);
        }
        String domain = settings.xmppDomain().orElse(info.xmppDomain());
        String pubSub = settings.xmppPubSubDomain()
                .orElse(info.xmppPubSubDomain().isBlank() ? "pubsub." + domain : info.xmppPubSubDomain());
        // the domain comes from the same place whatever the transport: the settings, else SystemInfo
        NotificationEndpoint endpoint = new NotificationEndpoint(settings.xmppTransport(), settings.xmppHost(),
                settings.xmppPort(), settings.xmppBoshUrl(), settings.xmppWebSocketUrl(), domain, pubSub,
                settings.xmppSecurity(), trust, XMPP_REPLY_TIMEOUT);
        return new FinesseLab(settings, rest, info, endpoint, confirmations);
    }

    public LabSettings settings() {
        return settings;
    }

    public SystemInfo systemInfo() {
        return systemInfo;
    }

    public NotificationEndpoint notificationEndpoint() {
        return endpoint;
    }

    /** Reads an agent over REST only: for deciding whether to touch it before opening its XMPP session. */
    @Override
    public User user(AgentAccount agent) {
        return rest.user(agent);
    }

    /** GET of {@code userId}'s resource as {@code caller}, answered as it is. */
    public FinesseResponse readUser(AgentAccount caller, String userId) {
        return rest.readUser(caller, userId);
    }

    /** Opens and closes one XMPP session, to learn that the notification service takes this agent's login. */
    public void probeNotifications(AgentAccount agent) {
        XmppSession.open(endpoint, agent, new NotificationFeed(agent.id())).close();
    }

    /** The agent's desk, with its XMPP session up and listening. */
    @Override
    public synchronized AgentDesk desk(AgentAccount agent) {
        return desks.computeIfAbsent(agent.id(), id -> {
            NotificationFeed feed = new NotificationFeed(id);
            XmppSession session = XmppSession.open(endpoint, agent, feed);
            sessions.add(session);
            agentSessions.put(id, session);
            return new AgentDesk(agent, rest, feed, settings.eventTimeout(), settings.quietPeriod(), requestIds,
                    confirmations);
        });
    }

    /** The supervisor's desk, with its XMPP session up (it stays up for the run, like the agents'). */
    public synchronized SupervisorDesk supervisor(SupervisorAccount supervisor) {
        return supervisors.computeIfAbsent(supervisor.id(), id -> {
            NotificationFeed feed = new NotificationFeed(id);
            XmppSession session = XmppSession.open(endpoint, supervisor.asAccount(), feed);
            sessions.add(session);
            return new SupervisorDesk(supervisor, rest, session, feed, settings.eventTimeout());
        });
    }

    /**
     * Opens a Finesse desktop's session for the agent (the resource {@code desktop}), apart from the suite's
     * own session for it; the caller closes it.
     */
    public DesktopSession desktop(AgentAccount agent) {
        return DesktopSession.open(endpoint, agent);
    }

    /**
     * Closes the suite's own session for the agent on purpose (unavailable presence, end of stream), so that nothing
     * of the agent but what the scenario keeps (its desktop) is left online; the feed records the gap, since nothing
     * published meanwhile reaches it. {@link #reopenOwnSession} brings it back.
     */
    public synchronized void closeOwnSession(AgentDesk desk, String why) {
        XmppSession session = agentSessions.remove(desk.id());
        if (session == null) {
            throw new IllegalStateException("agent " + desk.id() + " has no session of the suite's open to close");
        }
        desk.feed().sessionDropped("closed by the suite: " + why);
        sessions.remove(session);
        session.close();
    }

    /** Opens the suite's own session for the agent again, into the same feed; a no-op while it is open. */
    public synchronized void reopenOwnSession(AgentDesk desk) {
        if (agentSessions.containsKey(desk.id())) {
            return;
        }
        XmppSession session = XmppSession.open(endpoint, desk.account(), desk.feed());
        sessions.add(session);
        agentSessions.put(desk.id(), session);
        desk.feed().sessionRestored();
    }

    /** Whether the suite's own session for the agent is open (it is from the agent's first desk on, unless closed). */
    public synchronized boolean ownSessionOpen(AgentDesk desk) {
        return agentSessions.containsKey(desk.id());
    }

    /** Removes every explicit subscription first (a lab keeps them after the session), then ends the sessions. */
    @Override
    public synchronized void close() {
        supervisors.values().forEach(desk -> desk.stopWatching()
                .forEach(problem -> LOG.error("Subscription left behind: {}", problem)));
        supervisors.clear();
        sessions.forEach(XmppSession::close);
        sessions.clear();
        agentSessions.clear();
        desks.clear();
    }
}
