package io.finesseacceptance.simulator.webservices;

import io.netty.handler.codec.http.HttpResponseStatus;

/** One synchronous Finesse error: the HTTP status plus the ApiErrorReply's ErrorType, ErrorData, ErrorMessage. */
record ApiErrorReply(HttpResponseStatus status, String type, String data, String message) {

    static ApiErrorReply unauthorized(String userName) {
        return new ApiErrorReply(HttpResponseStatus.UNAUTHORIZED, "Authorization Failure", userName, "UNAUTHORIZED");
    }

    /** Cisco's error tables list this as its own ErrorType: the caller used another user's identity. */
    static ApiErrorReply otherUsersResource(String userName) {
        return new ApiErrorReply(HttpResponseStatus.UNAUTHORIZED, "Invalid Authorization User Specified", userName,
                "Invalid Authorization User Specified");
    }

    /** A supervisor acted on an agent who is not on a team it supervises. */
    static ApiErrorReply invalidSupervisor(String supervisorId) {
        return new ApiErrorReply(HttpResponseStatus.UNAUTHORIZED, "Invalid Supervisor", supervisorId,
                "Invalid Supervisor");
    }

    static ApiErrorReply unknownUser(String id) {
        return new ApiErrorReply(HttpResponseStatus.NOT_FOUND, "User Not Found", id, "UNKNOWN_USER");
    }

    static ApiErrorReply outOfService() {
        return new ApiErrorReply(HttpResponseStatus.SERVICE_UNAVAILABLE, "Service Unavailable", "",
                "SERVER_OUT_OF_SERVICE");
    }

    static ApiErrorReply badRequest(String data, String message) {
        return new ApiErrorReply(HttpResponseStatus.BAD_REQUEST, "Bad Request", data, message);
    }

    static ApiErrorReply invalidInput(String data, String message) {
        return new ApiErrorReply(HttpResponseStatus.BAD_REQUEST, "Invalid Input", data, message);
    }

    static ApiErrorReply notFound(String path) {
        return new ApiErrorReply(HttpResponseStatus.NOT_FOUND, "Not Found", path, "Resource not found");
    }

    static ApiErrorReply methodNotAllowed(String method) {
        return new ApiErrorReply(HttpResponseStatus.METHOD_NOT_ALLOWED, "Method Not Allowed", method,
                "Method not supported by this resource");
    }

    static ApiErrorReply internal() {
        return new ApiErrorReply(HttpResponseStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", "",
                "Unexpected error in the Finesse simulator");
    }

    ApiException asException() {
        return new ApiException(this);
    }
}
