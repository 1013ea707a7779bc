package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.User;
import io.finesseacceptance.settings.AgentAccount;

/** Where leases read an agent and find its desk; the lab under test is one. */
public interface DeskSource {

    /** Reads the agent over REST only, without opening its notification session. */
    User user(AgentAccount agent);

    /** The agent's desk, with its notification session up and listening. */
    AgentDesk desk(AgentAccount agent);
}
