package io.finesseacceptance.simulator.webservices;

import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * What to answer, plus an action to run once the answer has been written: accepted state changes
 * take effect only then, so their notification can never overtake the 202.
 */
record ApiResponse(HttpResponseStatus status, String xmlBody, Map<String, String> headers, Runnable afterWritten) {

    private static final Runnable NOTHING = () -> { };

    static ApiResponse xml(HttpResponseStatus status, String body) {
        return new ApiResponse(status, body, Map.of(), NOTHING);
    }

    static ApiResponse ok(String body) {
        return xml(HttpResponseStatus.OK, body);
    }

    static ApiResponse error(ApiErrorReply error) {
        Map<String, String> headers = error.status().equals(HttpResponseStatus.UNAUTHORIZED)
                ? Map.of("WWW-Authenticate", "Basic realm=\"Finesse\"")
                : Map.of();
        return new ApiResponse(error.status(), ApiErrorXml.responseBody(error), headers, NOTHING);
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> merged = new HashMap<>(headers);
        merged.put(name, value);
        return new ApiResponse(status, xmlBody, Map.copyOf(merged), afterWritten);
    }

    ApiResponse thenRun(Runnable action) {
        return new ApiResponse(status, xmlBody, headers, action);
    }
}
