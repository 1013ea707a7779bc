package io.finesseacceptance.simulator.agents;

/**
 * Finesse refused a state change synchronously (HTTP 400). The three fields are the ApiErrorReply's
 * ErrorType, ErrorData and ErrorMessage; the kind says whether the guide leaves the refusal's form open.
 */
public final class StateChangeRefusedException extends RuntimeException {

    private final String errorType;
    private final String errorData;
    private final RefusalKind kind;

    public StateChangeRefusedException(String errorType, String errorData, String errorMessage) {
        this(errorType, errorData, errorMessage, RefusalKind.DOCUMENTED_AT_ONCE);
    }

    StateChangeRefusedException(String errorType, String errorData, String errorMessage, RefusalKind kind) {
        super(errorMessage);
        this.errorType = errorType;
        this.errorData = errorData;
        this.kind = kind;
    }

    static StateChangeRefusedException invalidInput(String data, String message) {
        return new StateChangeRefusedException("Invalid Input", data, message);
    }

    static StateChangeRefusedException parameterMissing(String data, String message) {
        return new StateChangeRefusedException("Parameter Missing", data, message);
    }

    static StateChangeRefusedException invalidState(RequestedState from, RequestedState to) {
        return invalidState(from, to, RefusalKind.DOCUMENTED_AT_ONCE);
    }

    static StateChangeRefusedException invalidState(RequestedState from, RequestedState to, RefusalKind kind) {
        return new StateChangeRefusedException("Invalid State", to.name(),
                "Invalid state transition from " + from + " to " + to, kind);
    }

    public RefusalKind kind() {
        return kind;
    }

    /** The same error, for an error Update: what a refusal after accepting carries. */
    CtiError asAsynchronousError() {
        return new CtiError(errorType, errorData, getMessage());
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
