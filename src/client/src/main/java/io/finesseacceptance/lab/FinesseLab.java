package io.finesseacceptance.lab;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.ConfirmationListener;
import io.finesseacceptance.agent.DeskSource;
import io.finesseacceptance.agent.RequestIds;
import io.finesseacceptance.agent.SupervisorDesk;
import io.finesseacceptance.finesse.SystemInfo;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.DesktopSession;
import io.finesseacceptance.notify.FinesseUserPresence;
import io.finesseacceptance.notify.NotificationEndpoint;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.XmppSession;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseResponse;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.Side;
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
    private volatile SessionObserver observer = SessionObserver.NONE;

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
                settings.xmppSecurity(), trust, XMPP_REPLY_TIMEOUT, settings.side());
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

    /**
     * Opens and closes one XMPP session, to learn that the notification service takes this agent's login,
     * and what it shows of the {@code finesse} user's presence within {@code presenceWait}.
     */
    public FinesseUserPresence.Seen probeNotifications(AgentAccount agent, Duration presenceWait) {
        XmppSession session = XmppSession.open(endpoint, agent, new NotificationFeed(agent.id()));
        try {
            return session.finessePresence().awaitFirst(presenceWait);
        } finally {
            session.close();
        }
    }

    /** Hears every session the lab opens for an agent or supervisor from now on. */
    public void observeSessions(SessionObserver observer) {
        this.observer = observer;
    }

    /** The agents' desks opened on this side so far. */
    public synchronized List<AgentDesk> desks() {
        return List.copyOf(desks.values());
    }

    /** Which node of the deployment this is. */
    public Side side() {
        return settings.side();
    }

    /** The agent's desk, with its XMPP session up and listening. */
    @Override
    public synchronized AgentDesk desk(AgentAccount agent) {
        return desks.computeIfAbsent(agent.id(), id -> {
            NotificationFeed feed = new NotificationFeed(id);
            XmppSession session = XmppSession.open(endpoint, agent, feed);
            sessions.add(session);
            observer.opened(this, session, feed);
            agentSessions.put(id, session);
            return new AgentDesk(agent, rest, feed, settings.eventTimeout(), settings.quietPeriod(), requestIds,
                    confirmations, settings.side());
        });
    }

    /**
     * A desk for the agent that stays on this side even if the side fails over (the agent's session here is
     * opened as by {@link #desk}): for scenarios that address this very side.
     */
    public AgentDesk pinnedDesk(AgentAccount agent) {
        AgentDesk desk = desk(agent);
        return new AgentDesk(agent, rest, desk.feed(), settings.eventTimeout(), settings.quietPeriod(), requestIds,
                confirmations, settings.side());
    }

    /** Whether this side's SystemInfo says IN_SERVICE now; false when it cannot be read. */
    public boolean inServiceNow() {
        try {
            return rest.systemInfo(settings.agents().get(0)).inService();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** The supervisor's desk, with its XMPP session up (it stays up for the run, like the agents'). */
    public synchronized SupervisorDesk supervisor(SupervisorAccount supervisor) {
        return supervisors.computeIfAbsent(supervisor.id(), id -> {
            NotificationFeed feed = new NotificationFeed(id);
            XmppSession session = XmppSession.open(endpoint, supervisor.asAccount(), feed);
            sessions.add(session);
            observer.opened(this, session, feed);
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
     * Ends this side's sessions without unsubscribing first: for a side whose notification service is going
     * away (maintenance mode), where every request would wait out its reply timeout. Desks already moved to
     * the other side keep working there.
     */
    public synchronized void leave() {
        sessions.forEach(XmppSession::close);
        sessions.clear();
        desks.clear();
        supervisors.clear();
        agentSessions.clear();
    }

    /**
     * Closes the suite's own session for the agent on this side on purpose (unavailable presence, end of stream), so
     * that nothing of the agent but what the scenario keeps (its desktop) is left online here; the feed records the
     * gap, since nothing published meanwhile reaches it. {@link #reopenOwnSession} brings it back.
     *
     * @return whether a session was open here to close
     */
    public synchronized boolean closeOwnSession(AgentAccount agent, String why) {
        XmppSession session = agentSessions.remove(agent.id());
        if (session == null) {
            return false;
        }
        desks.get(agent.id()).feed().sessionDropped("closed by the suite: " + why);
        sessions.remove(session);
        session.close();
        return true;
    }

    /** Opens the suite's own session for the agent on this side again, into the same feed; a no-op while open. */
    public synchronized void reopenOwnSession(AgentAccount agent) {
        AgentDesk desk = desks.get(agent.id());
        if (agentSessions.containsKey(agent.id()) || desk == null) {
            return;
        }
        XmppSession session = XmppSession.open(endpoint, agent, desk.feed());
        sessions.add(session);
        agentSessions.put(agent.id(), session);
        observer.opened(this, session, desk.feed());
        desk.feed().sessionRestored();
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
