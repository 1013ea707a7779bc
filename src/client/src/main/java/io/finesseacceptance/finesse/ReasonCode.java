package io.finesseacceptance.finesse;

/**
 * A reason code as Finesse lists it. {@code id} is the database id (the tail of the uri) that a
 * state change request carries; {@code code} is the number agents and reports see.
 */
public record ReasonCode(String id, String category, String code, String label, boolean systemCode) {

    @Override
    public String toString() {
        return "%s reason '%s' (id %s, code %s)".formatted(category, label, id, code);
    }
}
