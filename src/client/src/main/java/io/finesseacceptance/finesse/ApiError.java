package io.finesseacceptance.finesse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One error Finesse reports, either synchronously in an {@code ApiErrors} body or asynchronously in an
 * {@code apiErrors} notification.
 */
public record ApiError(String errorType, String errorData, String errorMessage) {

    /**
     * Spellings Cisco's own guide uses for the same error: its generic example says "Authentication
     * Failure" where the API pages say "Authorization Failure", and 404s come as "Not Found" or "User Not
     * Found". A suite judged against real labs accepts either of a documented pair.
     */
    private static final List<Set<String>> SAME_ERROR = List.of(
            Set.of("authorization failure", "authentication failure"),
            Set.of("user not found", "not found"));

    public boolean isOfType(String type) {
        String expected = type.trim().toLowerCase(Locale.ROOT);
        String actual = errorType == null ? "" : errorType.trim().toLowerCase(Locale.ROOT);
        return expected.equals(actual)
                || SAME_ERROR.stream().anyMatch(names -> names.contains(expected) && names.contains(actual));
    }

    @Override
    public String toString() {
        return "%s (%s%s)".formatted(errorType, errorMessage,
                errorData == null || errorData.isBlank() ? "" : ", data " + errorData);
    }
}
