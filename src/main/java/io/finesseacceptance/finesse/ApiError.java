package io.finesseacceptance.finesse;

/**
 * One error Finesse reports, either synchronously in an {@code ApiErrors} body or asynchronously in an
 * {@code apiErrors} notification.
 */
public record ApiError(String errorType, String errorData, String errorMessage) {

    @Override
    public String toString() {
        return "%s (%s%s)".formatted(errorType, errorMessage,
                errorData == null || errorData.isBlank() ? "" : ", data " + errorData);
    }
}
