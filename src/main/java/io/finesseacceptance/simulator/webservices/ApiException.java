package io.finesseacceptance.simulator.webservices;

import java.util.Map;

/** Ends request handling with a synchronous ApiErrors answer, plus any headers it calls for. */
final class ApiException extends RuntimeException {

    private final ApiErrorReply error;
    private final Map<String, String> headers;

    ApiException(ApiErrorReply error) {
        this(error, Map.of());
    }

    ApiException(ApiErrorReply error, Map<String, String> headers) {
        super(error.type() + ": " + error.message(), null, false, false);
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    ApiResponse response() {
        ApiResponse response = ApiResponse.error(error);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
