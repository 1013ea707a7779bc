package io.finesseacceptance.steps;

import io.finesseacceptance.agent.StateChange;
import org.assertj.core.api.AbstractAssert;

/** Assertions on Finesse's synchronous answer to a state change, with messages that name the agent. */
public final class StateChangeAssert extends AbstractAssert<StateChangeAssert, StateChange> {

    private StateChangeAssert(StateChange actual) {
        super(actual, StateChangeAssert.class);
    }

    public static StateChangeAssert assertThat(StateChange actual) {
        return new StateChangeAssert(actual);
    }

    /**
     * An accepted plain state change (READY, NOT_READY): no body, and 200 or 202, as the general API page of
     * Cisco's guide allows (the 12.5 walk-throughs say 202; docs/finesse-contract.md §16.7). Sign-in and
     * sign-out are held to {@link #isAcceptedAsDocumented()}.
     */
    public StateChangeAssert isAccepted() {
        isNotNull();
        int status = actual.response().status();
        if (status != 202 && status != 200) {
            failWithMessage("Agent %s: expected Finesse to accept %s with 200 OK or 202 Accepted, but it answered %s",
                    actual.agentId(), actual.request(), actual.response().describe());
        }
        if (!actual.response().hasEmptyBody()) {
            failWithMessage("Agent %s: expected an empty body when Finesse accepts %s, but the body was: %s",
                    actual.agentId(), actual.request(), actual.response().body());
        }
        return this;
    }

    /** The documented answer to an accepted PUT: 202 Accepted and no body (the outcome comes by XMPP). */
    public StateChangeAssert isAcceptedAsDocumented() {
        isNotNull();
        if (actual.response().status() != 202) {
            failWithMessage("Agent %s: expected Finesse to accept %s with 202 Accepted, but it answered %s",
                    actual.agentId(), actual.request(), actual.response().describe());
        }
        if (!actual.response().hasEmptyBody()) {
            failWithMessage("Agent %s: expected 202 Accepted with an empty body for %s, but the body was: %s",
                    actual.agentId(), actual.request(), actual.response().body());
        }
        return this;
    }
}
