package io.finesseacceptance.livingdocs;

import java.util.List;

/**
 * What the business calls the things Finesse does, each found by the tag the features give it
 * (features/README.md lists the tags).
 */
public enum Capability {
    SIGNING_IN("Signing in", "@sign-in", "An agent signs in on their extension and Finesse confirms it."),
    SIGNING_OUT("Signing out", "@sign-out", "An agent signs out, with or without a reason, and reads as LOGOUT."),
    STATE_CHANGES("State changes", "@state", "An agent goes READY, NOT_READY and on a break through the day."),
    SUPERVISORS("Supervisors", "@supervisor", "A supervisor signs out an agent of their team, within the rules."),
    FORCED_SIGN_OUT("Forced sign-out", "@forced-logout",
            "Finesse signs out an agent whose desktop went away, after the documented grace period."),
    REFUSALS("Refusals", "@negative", "What Finesse refuses, how it says so, and that it announces nothing."),
    TWO_NODES("Two nodes and failover", "@two-sides",
            "Both nodes serve the same agents; one side failing leaves the other carrying on.");

    private final String title;
    private final String tag;
    private final String blurb;

    Capability(String title, String tag, String blurb) {
        this.title = title;
        this.tag = tag;
        this.blurb = blurb;
    }

    public String title() {
        return title;
    }

    public String tag() {
        return tag;
    }

    public String blurb() {
        return blurb;
    }

    public String page() {
        return "capability-" + tag.substring(1) + ".html";
    }

    boolean covers(ScenarioOutcome scenario) {
        return scenario.tags().contains(tag);
    }

    static List<Capability> of(ScenarioOutcome scenario) {
        return List.of(values()).stream().filter(capability -> capability.covers(scenario)).toList();
    }
}
