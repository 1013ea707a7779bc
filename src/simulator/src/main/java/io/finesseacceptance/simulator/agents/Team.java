package io.finesseacceptance.simulator.agents;

/** A Finesse team: agents belong to one, supervisors supervise some (docs/finesse-contract.md §19). */
public record Team(String id, String name) {

    public String uri() {
        return "/finesse/api/Team/" + id;
    }

    /** The pubsub node Finesse publishes the team's user changes on (Team Notification). */
    public String usersNode() {
        return uri() + "/Users";
    }
}
