package io.finesseacceptance.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** One of a few allowed words, or a message that lists them: for options and control bodies alike. */
final class Choice {

    private Choice() {
    }

    /** The constant named {@code value}, in any case; else "expected one of A, B, not 'value'". */
    static <E extends Enum<E>> E of(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new IllegalArgumentException("expected one of " + list(type, ", ") + ", not '" + value + "'");
    }

    /** The allowed word {@code value} is, in any case; else "expected a or b, not 'value'". */
    static String among(String value, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value.trim())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("expected " + String.join(" or ", allowed) + ", not '" + value + "'");
    }

    static String list(Class<? extends Enum<?>> type, String separator) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(separator));
    }
}
