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
        return new ApiResponse(error.status(), ApiErrorXml.responseBody(error), errorHeaders(error), NOTHING);
    }

    /** The error's status and headers, no body: a 401 as the guide also allows it (§16.2). */
    static ApiResponse errorWithoutBody(ApiErrorReply error) {
        return new ApiResponse(error.status(), "", errorHeaders(error), NOTHING);
    }

    private static Map<String, String> errorHeaders(ApiErrorReply error) {
        return error.status().equals(HttpResponseStatus.UNAUTHORIZED)
                ? Map.of("WWW-Authenticate", "Basic realm=\"Finesse\"")
                : Map.of();
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
