package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.AgentStatus;
import io.finesseacceptance.simulator.agents.QueuedChange;
import io.finesseacceptance.simulator.agents.SimulatedAgent;
import io.finesseacceptance.simulator.agents.StateChangeOutcome;
import io.finesseacceptance.simulator.agents.StateChangeRefusedException;
import io.finesseacceptance.simulator.agents.StateChangeRequest;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.faults.Variant;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Set;

/** {@code /finesse/api/User/{id}}: read a user, change an agent's state. */
final class UserResource {

    private final AgentDirectory directory;
    private final UserStateUpdates updates;
    private final FaultSwitches faults;
    private final UserXml userXml;
    private final NodeInDeployment node;
    private final StateChangeRequestReader reader = new StateChangeRequestReader();

    UserResource(AgentDirectory directory, UserStateUpdates updates, FaultSwitches faults, UserXml userXml) {
        this(directory, updates, faults, userXml, NodeInDeployment.single());
    }

    UserResource(AgentDirectory directory, UserStateUpdates updates, FaultSwitches faults, UserXml userXml,
            NodeInDeployment node) {
        this.directory = directory;
        this.updates = updates;
        this.faults = faults;
        this.userXml = userXml;
        this.node = node;
    }

    ApiResponse get(Caller caller, String userId) {
        // the guide lists both 401 and 404 for a GET; which check comes first is not said (§16.8)
        if (faults.isOn(Variant.UNKNOWN_USER_AS_UNAUTHORIZED) && !caller.mayRead(userId)) {
            throw ApiErrorReply.otherUsersResource(caller.id()).asException();
        }
        SimulatedAgent agent = readableAgent(caller, userId, directory);
        return ApiResponse.ok(userXml.document(agent.profile(), node.staleReads().readBy(node.name(), agent)));
    }

    ApiResponse put(Caller caller, String userId, ApiRequest request) {
        SimulatedAgent agent = existingAgent(userId, directory);
        boolean bySupervisor = !caller.mayChange(userId) && actsAsSupervisor(caller, userId);
        if (!caller.mayChange(userId) && !bySupervisor) {
            throw ApiErrorReply.otherUsersResource(caller.id()).asException();
        }
        String requestId = request.header("requestId").orElse("");
        StateChangeRequest asked = reader.read(request.body());
        QueuedChange change;
        AgentStatus before = agent.status();
        try {
            change = bySupervisor ? updates.acceptFromSupervisor(agent, asked, requestId)
                    : updates.accept(agent, asked, requestId);
        } catch (StateChangeRefusedException e) {
            throw new ApiErrorReply(HttpResponseStatus.BAD_REQUEST, UserStateUpdates.errorType(e.errorType(), faults),
                    e.errorData(), e.errorMessage()).asException();
        }
        node.staleReads().changeTakenBy(node.name(), agent, before);
        HttpResponseStatus status = faults.isOn(Fault.ACCEPT_WITH_200) || answersWith200(asked, change)
                ? HttpResponseStatus.OK
                : HttpResponseStatus.ACCEPTED;
        String body = faults.isOn(Fault.NON_EMPTY_ACCEPT_BODY)
                ? userXml.document(agent.profile(), agent.status())
                : "";
        return ApiResponse.xml(status, body).thenRun(() -> updates.release(agent, change));
    }

    /**
     * Whether a supervisor acts on another user's state: true for an agent on a team it supervises (or, under
     * {@link Fault#SUPERVISOR_OUTSIDE_TEAM_ACCEPTED}, any agent); 401 Invalid Supervisor for an agent outside
     * its teams; false for a caller who supervises no team.
     */
    private boolean actsAsSupervisor(Caller caller, String userId) {
        if (caller.administrator() || !directory.isSupervisor(caller.id())) {
            return false;
        }
        if (!directory.supervisesAgent(caller.id(), userId) && !faults.isOn(Fault.SUPERVISOR_OUTSIDE_TEAM_ACCEPTED)) {
            throw ApiErrorReply.invalidSupervisor(caller.id()).asException();
        }
        return true;
    }

    /** READY or NOT_READY that will be applied, under the variant that answers those with 200 (§16.7). */
    private boolean answersWith200(StateChangeRequest asked, QueuedChange change) {
        return faults.isOn(Variant.ACCEPT_STATE_CHANGE_WITH_200)
                && change.outcome() instanceof StateChangeOutcome.Applied
                && asked.state().map(String::trim).filter(Set.of("READY", "NOT_READY")::contains).isPresent();
    }

    static SimulatedAgent readableAgent(Caller caller, String userId, AgentDirectory directory) {
        SimulatedAgent agent = existingAgent(userId, directory);
        if (!caller.mayRead(userId)) {
            throw ApiErrorReply.otherUsersResource(caller.id()).asException();
        }
        return agent;
    }

    private static SimulatedAgent existingAgent(String userId, AgentDirectory directory) {
        return directory.find(userId).orElseThrow(() -> ApiErrorReply.unknownUser(userId).asException());
    }
}
