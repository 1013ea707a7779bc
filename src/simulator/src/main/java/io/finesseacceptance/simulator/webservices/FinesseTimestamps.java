package io.finesseacceptance.simulator.webservices;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Finesse's timestamp format: UTC with milliseconds and a literal Z. */
final class FinesseTimestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private FinesseTimestamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
