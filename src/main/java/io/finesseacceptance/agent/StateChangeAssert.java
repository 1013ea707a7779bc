package io.finesseacceptance.agent;

import org.assertj.core.api.AbstractAssert;

/** Assertions on Finesse's synchronous answer to a state change, with messages that name the agent. */
public final class StateChangeAssert extends AbstractAssert<StateChangeAssert, StateChange> {

    private StateChangeAssert(StateChange actual) {
        super(actual, StateChangeAssert.class);
    }

    public static StateChangeAssert assertThat(StateChange actual) {
        return new StateChangeAssert(actual);
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
