package io.finesseacceptance.simulator.agents;

/**
 * A reason code as Finesse exposes it. {@code id} is the database id (the tail of its uri) that
 * clients send as {@code reasonCodeId}; {@code code} is the number the agent's supervisor sees.
 */
public record ConfiguredReasonCode(int id, ReasonCodeCategory category, int code, String label, boolean forAll,
        boolean systemCode) {

    public String uri() {
        return "/finesse/api/ReasonCode/" + id;
    }
}
