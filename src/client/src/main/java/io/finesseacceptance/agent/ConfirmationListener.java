package io.finesseacceptance.agent;

/**
 * Hears every state change an agent desk saw confirmed, the scenarios' own and those that prepare agents and
 * put them back, on the thread that waited for it: an upgrade baseline times every one of them.
 */
@FunctionalInterface
public interface ConfirmationListener {

    ConfirmationListener NONE = (change, confirmation) -> { };

    void confirmed(StateChange change, StateConfirmation confirmation);
}
