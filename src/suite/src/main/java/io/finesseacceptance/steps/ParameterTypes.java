package io.finesseacceptance.steps;

import io.cucumber.java.ParameterType;
import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.rest.AgentStateRequest;
import java.util.Optional;

/** The phrases the features use for states, situations and requests, turned into client types. */
public class ParameterTypes {

    @ParameterType("LOGOUT|NOT_READY|READY|TALKING|HOLD|RESERVED|WORK|WORK_READY")
    public AgentState agentState(String name) {
        return AgentState.valueOf(name);
    }

    /** Where a scenario starts: the extension is the one configured for the agent. */
    @ParameterType("signed out|signed in on their extension and NOT_READY|signed in on their extension and READY")
    public Situation situation(String phrase) {
        return switch (phrase) {
            case "signed out" -> Situation.SIGNED_OUT;
            case "signed in on their extension and READY" -> Situation.READY;
            default -> Situation.NOT_READY;
        };
    }

    @ParameterType("LOGOUT|NOT_READY|READY|a change that names no state|the state \"[^\"]*\"")
    public AgentStateRequest request(String phrase) {
        if (phrase.equals("a change that names no state")) {
            return AgentStateRequest.withoutState();
        }
        if (phrase.startsWith("the state ")) {
            return AgentStateRequest.named(phrase.substring("the state \"".length(), phrase.length() - 1));
        }
        return AgentStateRequest.of(AgentState.valueOf(phrase));
    }

    /** A starting point of a scenario, made concrete for an agent's extension. */
    public enum Situation {
        SIGNED_OUT, NOT_READY, READY;

        DeskSnapshot on(String extension) {
            return switch (this) {
                case SIGNED_OUT -> DeskSnapshot.signedOut();
                case NOT_READY -> DeskSnapshot.notReadyOn(extension);
                case READY -> new DeskSnapshot(AgentState.READY, extension, Optional.empty());
            };
        }
    }
}
