package io.finesseacceptance.rest;

/** A Finesse REST call answered something other than what the suite needs to go on. */
public final class FinesseApiException extends RuntimeException {

    private final FinesseResponse response;

    public FinesseApiException(String what, FinesseResponse response) {
        super(what + " answered " + response.status()
                + (response.apiErrors().isEmpty() ? (response.hasEmptyBody() ? "" : ": " + response.body())
                        : ": " + response.apiErrors()));
        this.response = response;
    }

    public FinesseResponse response() {
        return response;
    }
}
