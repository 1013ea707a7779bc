package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentStatus;
import io.finesseacceptance.simulator.agents.AgentTransitions;
import io.finesseacceptance.simulator.agents.CtiError;
import io.finesseacceptance.simulator.agents.QueuedChange;
import io.finesseacceptance.simulator.agents.RequestedState;
import io.finesseacceptance.simulator.agents.SimulatedAgent;
import io.finesseacceptance.simulator.agents.StateChangeOutcome;
import io.finesseacceptance.simulator.agents.StateChangeRequest;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts agent state changes and, once their 202 is on the wire, applies and announces them.
 * A single scheduler thread applies every change, which keeps each agent's Updates in request order.
 */
final class UserStateUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(UserStateUpdates.class);

    private final AgentTransitions transitions;
    private final FaultSwitches faults;
    private final NotificationPublisher publisher;
    private final ScheduledExecutorService scheduler;
    private final Duration delay;
    private final Clock clock;
    private final UserXml userXml;
    private final String nodeName;

    UserStateUpdates(AgentTransitions transitions, FaultSwitches faults, NotificationPublisher publisher,
            ScheduledExecutorService scheduler, Duration delay, Clock clock, UserXml userXml) {
        this(transitions, faults, publisher, scheduler, delay, clock, userXml, "");
    }

    /** @param nodeName the Finesse node whose REST API takes the requests ("" for a single node) */
    UserStateUpdates(AgentTransitions transitions, FaultSwitches faults, NotificationPublisher publisher,
            ScheduledExecutorService scheduler, Duration delay, Clock clock, UserXml userXml, String nodeName) {
        this.transitions = transitions;
        this.faults = faults;
        this.publisher = publisher;
        this.scheduler = scheduler;
        this.delay = delay;
        this.clock = clock;
        this.userXml = userXml;
        this.nodeName = nodeName;
    }

    /**
     * Validates and queues a change; it stays dormant until {@link #release}.
     *
     * @throws io.finesseacceptance.simulator.agents.StateChangeRefusedException for a 400
     */
    QueuedChange accept(SimulatedAgent agent, StateChangeRequest request, String requestId) {
        QueuedChange queued = agent.submit(current -> withFaults(current, request,
                transitions.decide(current, request, clock.instant())), requestId, nodeName);
        boolean logoutRequested = request.state().map(String::trim).filter("LOGOUT"::equals).isPresent();
        if (logoutRequested && queued.outcome() instanceof StateChangeOutcome.Applied
                && faults.isOn(Fault.XMPP_DROP_BEFORE_LOGOUT_NOTIFICATION)) {
            // the streams end before the 202 is written, so the Update that follows reaches nobody
            publisher.dropSessions(agent.id());
        }
        return queued;
    }

    /**
     * Validates and queues a supervisor's change for an agent (docs/finesse-contract.md §19); it stays dormant
     * until {@link #release}.
     *
     * @throws io.finesseacceptance.simulator.agents.StateChangeRefusedException for a 400
     */
    QueuedChange acceptFromSupervisor(SimulatedAgent agent, StateChangeRequest request, String requestId) {
        boolean reasonCodeAllowed = faults.isOn(Fault.SUPERVISOR_REASON_CODE_ACCEPTED);
        QueuedChange queued = agent.submit(current -> transitions.decideForSupervisor(current, request,
                clock.instant(), reasonCodeAllowed), requestId, nodeName);
        if (queued.outcome() instanceof StateChangeOutcome.Applied applied
                && applied.next().state() == RequestedState.LOGOUT
                && faults.isOn(Fault.SUPERVISOR_LOGOUT_NOT_ANNOUNCED)) {
            queued.markUnannounced();
        }
        return queued;
    }

    /** Lets the change take effect after the configured delay. */
    void release(SimulatedAgent agent, QueuedChange change) {
        agent.release(change);
        try {
            scheduler.schedule(() -> applyAndPublish(agent), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("server closing; change for agent {} not applied", agent.id());
        }
    }

    /**
     * Queues and releases a change nobody asked for over REST (e.g. a forced logout); it is announced
     * with an empty requestId, after any changes still queued for the agent.
     */
    void applySystemChange(SimulatedAgent agent, Function<AgentStatus, Optional<AgentStatus>> change) {
        agent.submitSystemChange(change).ifPresent(queued -> release(agent, queued));
    }

    private StateChangeOutcome withFaults(AgentStatus current, StateChangeRequest request,
            StateChangeOutcome outcome) {
        boolean logoutRequested = request.state().map(String::trim).filter("LOGOUT"::equals).isPresent();
        if (logoutRequested && outcome instanceof StateChangeOutcome.Applied
                && faults.isOn(Fault.WRONG_STATE_IN_NOTIFICATION)) {
            return new StateChangeOutcome.Applied(current.changedTo(RequestedState.NOT_READY, clock.instant(),
                    current.extension(), current.reasonCode()));
        }
        return outcome;
    }

    /** The ErrorType a refusal carries: Invalid State says Invalid Input under the WRONG_REFUSAL_ERROR_TYPE fault. */
    static String errorType(String errorType, FaultSwitches faults) {
        return faults.isOn(Fault.WRONG_REFUSAL_ERROR_TYPE) && errorType.equals("Invalid State") ? "Invalid Input"
                : errorType;
    }

    private void applyAndPublish(SimulatedAgent agent) {
        for (QueuedChange change : agent.applyReleased()) {
            if (!change.isAnnounced()) {
                continue;
            }
            String data;
            if (change.outcome() instanceof StateChangeOutcome.Applied applied) {
                if (faults.isOn(Fault.NO_LOGOUT_NOTIFICATION) && applied.next().state() == RequestedState.LOGOUT) {
                    continue;
                }
                publishToTeam(agent, applied.next(), change);
                data = userXml.notificationData(agent.profile(), applied.next());
            } else {
                if (faults.isOn(Fault.SILENT_REFUSAL)) {
                    continue;
                }
                CtiError error = ((StateChangeOutcome.RejectedByCti) change.outcome()).error();
                data = ApiErrorXml.notificationData(new CtiError(errorType(error.errorType(), faults),
                        error.errorData(), error.errorMessage()));
            }
            String node = UserXml.uri(agent.id());
            publish(change.takenBy(), node, UpdateXml.forPut(data, change.requestId(), node));
        }
    }

    /**
     * Publishes the state of every signed-in agent again, with an empty requestId, as Finesse does once it is
     * back in service after a CTI failover (docs/finesse-contract.md §20). On the thread that applies changes,
     * so it comes after every change already applied.
     */
    void republishSignedIn(List<SimulatedAgent> agents) {
        try {
            scheduler.execute(() -> agents.forEach(agent -> {
                AgentStatus status = agent.status();
                if (status.isSignedIn()) {
                    String node = UserXml.uri(agent.id());
                    publish("", node, UpdateXml.forPut(userXml.notificationData(agent.profile(), status), "", node));
                }
            }));
        } catch (RejectedExecutionException e) {
            LOG.debug("server closing; agents' states not published again");
        }
    }

    /**
     * The Team Notification: the member's summary on {@code /finesse/api/Team/{id}/Users} of the agent's team,
     * with the User as source; published before the User's own Update, so that once a client sees the latter
     * the team node has had its Update too.
     */
    private void publishToTeam(SimulatedAgent agent, AgentStatus status, QueuedChange change) {
        String teamId = agent.profile().teamId();
        if (teamId == null || teamId.isEmpty() || faults.isOn(Fault.TEAM_NOT_NOTIFIED)) {
            return;
        }
        String data = userXml.teamMember("user", agent.profile(), status);
        publish(change.takenBy(), TeamXml.usersNode(teamId), UpdateXml.forPut(data, change.requestId(),
                UserXml.uri(agent.id())));
    }

    private void publish(String takenBy, String node, String updateXml) {
        try {
            publisher.publishAnswering(takenBy, node, updateXml);
        } catch (RuntimeException e) {
            LOG.warn("publishing an Update on {} failed", node, e);
        }
    }
}
