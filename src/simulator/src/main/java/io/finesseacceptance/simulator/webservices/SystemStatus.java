package io.finesseacceptance.simulator.webservices;

/** The values of SystemInfo's {@code status}; anything but IN_SERVICE makes the other APIs answer 503. */
public enum SystemStatus {
    IN_SERVICE, OUT_OF_SERVICE, PARTIAL_SERVICE
}
