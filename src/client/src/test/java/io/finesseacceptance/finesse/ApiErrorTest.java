package io.finesseacceptance.finesse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiErrorTest {

    private static ApiError ofType(String type) {
        return new ApiError(type, "", "");
    }

    @Test
    void matchesItsTypeIgnoringCase() {
        assertThat(ofType("Invalid State").isOfType("invalid state")).isTrue();
        assertThat(ofType("Invalid State").isOfType("Invalid Input")).isFalse();
    }

    @Test
    void acceptsTheSpellingsCiscosGuideUsesForOneError() {
        assertThat(ofType("Authentication Failure").isOfType("Authorization Failure")).isTrue();
        assertThat(ofType("Not Found").isOfType("User Not Found")).isTrue();
        assertThat(ofType("Invalid Authorization User Specified").isOfType("Authorization Failure")).isFalse();
    }
}
