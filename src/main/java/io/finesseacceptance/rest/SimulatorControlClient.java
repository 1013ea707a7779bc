package io.finesseacceptance.rest;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.net.URI;

/**
 * The embedded simulator's switchboard (FINESSE_SIMULATOR_CONTROL), for scenarios that need Finesse in a
 * condition no lab can be put in on demand. Real labs have no such URL, and those scenarios skip there.
 */
public final class SimulatorControlClient {

    private final URI url;

    public SimulatorControlClient(URI url) {
        this.url = url;
    }

    public void outOfService(boolean outOfService) {
        put("/service", outOfService ? "OUT_OF_SERVICE" : "IN_SERVICE");
    }

    public void requireReasonCode(String category, boolean required) {
        put("/reason-code-required/" + category, String.valueOf(required));
    }

    public void reset() {
        check("POST /reset", given().baseUri(url.toString()).post("/reset"));
    }

    private void put(String path, String value) {
        check("PUT " + path + " " + value, given().baseUri(url.toString()).body(value).put(path));
    }

    private void check(String what, Response response) {
        if (response.getStatusCode() != 204) {
            throw new IllegalStateException("simulator control " + what + " at " + url + " answered "
                    + response.getStatusCode() + ": " + response.asString());
        }
    }
}
