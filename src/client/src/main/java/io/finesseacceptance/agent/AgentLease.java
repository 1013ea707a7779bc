package io.finesseacceptance.agent;

/** An agent one scenario holds, and the state it was found in, which it is given back in. */
public record AgentLease(AgentDesk desk, DeskSnapshot foundIn) {
}
