package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.QueuedChange;
import io.finesseacceptance.simulator.agents.SimulatedAgent;
import io.finesseacceptance.simulator.agents.StateChangeRefusedException;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.netty.handler.codec.http.HttpResponseStatus;

/** {@code /finesse/api/User/{id}}: read a user, change an agent's state. */
final class UserResource {

    private final AgentDirectory directory;
    private final UserStateUpdates updates;
    private final FaultSwitches faults;
    private final StateChangeRequestReader reader = new StateChangeRequestReader();

    UserResource(AgentDirectory directory, UserStateUpdates updates, FaultSwitches faults) {
        this.directory = directory;
        this.updates = updates;
        this.faults = faults;
    }

    ApiResponse get(Caller caller, String userId) {
        SimulatedAgent agent = readableAgent(caller, userId, directory);
        return ApiResponse.ok(UserXml.document(agent.profile(), agent.status()));
    }

    ApiResponse put(Caller caller, String userId, ApiRequest request) {
        SimulatedAgent agent = existingAgent(userId, directory);
        if (!caller.mayChange(userId)) {
            throw ApiErrorReply.otherUsersResource(caller.id()).asException();
        }
        String requestId = request.header("requestId").orElse("");
        QueuedChange change;
        try {
            change = updates.accept(agent, reader.read(request.body()), requestId);
        } catch (StateChangeRefusedException e) {
            throw new ApiErrorReply(HttpResponseStatus.BAD_REQUEST, e.errorType(), e.errorData(), e.errorMessage())
                    .asException();
        }
        HttpResponseStatus status = faults.isOn(Fault.ACCEPT_WITH_200)
                ? HttpResponseStatus.OK
                : HttpResponseStatus.ACCEPTED;
        String body = faults.isOn(Fault.NON_EMPTY_ACCEPT_BODY)
                ? UserXml.document(agent.profile(), agent.status())
                : "";
        return ApiResponse.xml(status, body).thenRun(() -> updates.release(agent, change));
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
