package io.finesseacceptance.simulator.rest;

/** The values of SystemInfo's {@code status}. */
public enum SystemStatus {
    IN_SERVICE, OUT_OF_SERVICE
}
