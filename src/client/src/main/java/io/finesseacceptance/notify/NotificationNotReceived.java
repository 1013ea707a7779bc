package io.finesseacceptance.notify;

/** The expected notification did not arrive in time. An AssertionError: the Finesse under test failed. */
public final class NotificationNotReceived extends AssertionError {

    public NotificationNotReceived(String message) {
        super(message);
    }
}
