package io.finesseacceptance.notify;

/** Finesse accepted a request and then announced an error for it instead of the state change. */
public final class RequestRejected extends AssertionError {

    private final transient UserNotification errorUpdate;

    public RequestRejected(String message, UserNotification errorUpdate) {
        super(message);
        this.errorUpdate = errorUpdate;
    }

    public UserNotification errorUpdate() {
        return errorUpdate;
    }
}
