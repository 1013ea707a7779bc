package io.finesseacceptance.simulator.webservices;

/** The authenticated user behind a request. */
record Caller(String id, boolean administrator) {

    boolean mayRead(String userId) {
        return administrator || id.equals(userId);
    }

    boolean mayChange(String userId) {
        return !administrator && id.equals(userId);
    }
}
