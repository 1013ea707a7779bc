package io.finesseacceptance.simulator.agents;

/**
 * Finesse refused a state change synchronously (HTTP 400). The three fields are the ApiErrorReply's
 * ErrorType, ErrorData and ErrorMessage.
 */
public final class StateChangeRefusedException extends RuntimeException {

    private final String errorType;
    private final String errorData;

    public StateChangeRefusedException(String errorType, String errorData, String errorMessage) {
        super(errorMessage);
        this.errorType = errorType;
        this.errorData = errorData;
    }

    static StateChangeRefusedException invalidInput(String data, String message) {
        return new StateChangeRefusedException("Invalid Input", data, message);
    }

    static StateChangeRefusedException parameterMissing(String data, String message) {
        return new StateChangeRefusedException("Parameter Missing", data, message);
    }

    static StateChangeRefusedException invalidState(RequestedState from, RequestedState to) {
        return new StateChangeRefusedException("Invalid State", to.name(),
                "Invalid state transition from " + from + " to " + to);
    }

    public String errorType() {
        return errorType;
    }

    public String errorData() {
        return errorData;
    }

    public String errorMessage() {
        return getMessage();
    }
}
