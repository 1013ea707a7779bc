package io.finesseacceptance.simulator.rest;

import io.netty.handler.codec.http.HttpResponseStatus;

/** One synchronous Finesse error: the HTTP status plus the ApiError's ErrorType, ErrorData, ErrorMessage. */
record ApiError(HttpResponseStatus status, String type, String data, String message) {

    static ApiError unauthorized(String userName) {
        return new ApiError(HttpResponseStatus.UNAUTHORIZED, "Authorization Failure", userName, "UNAUTHORIZED");
    }

    /** Cisco's error tables list this as its own ErrorType: the caller used another user's identity. */
    static ApiError otherUsersResource(String userName) {
        return new ApiError(HttpResponseStatus.UNAUTHORIZED, "Invalid Authorization User Specified", userName,
                "Invalid Authorization User Specified");
    }

    static ApiError unknownUser(String id) {
        return new ApiError(HttpResponseStatus.NOT_FOUND, "User Not Found", id, "UNKNOWN_USER");
    }

    static ApiError outOfService() {
        return new ApiError(HttpResponseStatus.SERVICE_UNAVAILABLE, "Service Unavailable", "",
                "SERVER_OUT_OF_SERVICE");
    }

    static ApiError badRequest(String data, String message) {
        return new ApiError(HttpResponseStatus.BAD_REQUEST, "Bad Request", data, message);
    }

    static ApiError invalidInput(String data, String message) {
        return new ApiError(HttpResponseStatus.BAD_REQUEST, "Invalid Input", data, message);
    }

    static ApiError notFound(String path) {
        return new ApiError(HttpResponseStatus.NOT_FOUND, "Not Found", path, "Resource not found");
    }

    static ApiError methodNotAllowed(String method) {
        return new ApiError(HttpResponseStatus.METHOD_NOT_ALLOWED, "Method Not Allowed", method,
                "Method not supported by this resource");
    }

    static ApiError internal() {
        return new ApiError(HttpResponseStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", "",
                "Unexpected error in the Finesse simulator");
    }

    ApiException asException() {
        return new ApiException(this);
    }
}
