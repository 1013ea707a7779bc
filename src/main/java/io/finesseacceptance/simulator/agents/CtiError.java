package io.finesseacceptance.simulator.agents;

/** An error the CTI server reports asynchronously, after Finesse has already accepted a request. */
public record CtiError(int code, String message) {
}
