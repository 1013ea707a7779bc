package io.finesseacceptance.simulator.webservices;

import java.util.Map;

/** Ends request handling with a synchronous ApiErrors answer, plus any headers it calls for. */
final class ApiException extends RuntimeException {

    private final ApiErrorReply error;
    private final Map<String, String> headers;
    private final boolean withBody;

    ApiException(ApiErrorReply error) {
        this(error, Map.of());
    }

    ApiException(ApiErrorReply error, Map<String, String> headers) {
        this(error, headers, true);
    }

    private ApiException(ApiErrorReply error, Map<String, String> headers, boolean withBody) {
        super(error.type() + ": " + error.message(), null, false, false);
        this.error = error;
        this.headers = Map.copyOf(headers);
        this.withBody = withBody;
    }

    /** The same status and headers with an empty body. */
    ApiException withoutBody() {
        return new ApiException(error, headers, false);
    }

    ApiResponse response() {
        ApiResponse response = withBody ? ApiResponse.error(error) : ApiResponse.errorWithoutBody(error);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            response = response.withHeader(header.getKey(), header.getValue());
        }
        return response;
    }
}
