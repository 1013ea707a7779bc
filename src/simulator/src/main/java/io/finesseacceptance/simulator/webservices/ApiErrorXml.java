package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.CtiError;

/**
 * The two spellings of Finesse errors: the HTTP body uses capitalised {@code ApiErrors}, the
 * asynchronous Update uses lower-camel {@code apiErrors}.
 */
final class ApiErrorXml {

    private ApiErrorXml() {
    }

    static String responseBody(ApiErrorReply error) {
        return new XmlBuilder().open("ApiErrors").open("ApiError")
                .element("ErrorType", error.type())
                .element("ErrorData", error.data())
                .element("ErrorMessage", error.message())
                .close("ApiError").close("ApiErrors").toString();
    }

    /** The refusal of a request Finesse had already accepted (usually the CTI server's). */
    static String notificationData(CtiError error) {
        return new XmlBuilder().open("apiErrors").open("apiError")
                .element("errorData", error.errorData())
                .element("errorMessage", error.errorMessage())
                .element("errorType", error.errorType())
                .close("apiError").close("apiErrors").toString();
    }
}
