package io.finesseacceptance.livingdocs;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Finesse REST resources a reader may look scenarios up by. A scenario touches the resources of the contract
 * sections its steps check: §12 is SystemInfo, §19 the Team (and the agents' User), §20 SystemInfo across both
 * nodes (and the User), the sections on sending, answering and announcing a change the User; §1, §2, §15 and
 * §18 (reading guide, sources, ports, provenance) touch none.
 */
public enum FinesseResource {
    USER("User", "/finesse/api/User/{id}: signing in and out, state changes, reading the agent back, its notifications"),
    TEAM("Team", "/finesse/api/Team/{id}: a supervisor's team, its notifications, supervisors acting on agents"),
    SYSTEM_INFO("SystemInfo", "/finesse/api/SystemInfo: deployment type, status, the two nodes, failover");

    private final String title;
    private final String blurb;

    FinesseResource(String title, String blurb) {
        this.title = title;
        this.blurb = blurb;
    }

    public String title() {
        return title;
    }

    public String blurb() {
        return blurb;
    }

    public String page() {
        return "resource-" + title.toLowerCase(Locale.ROOT) + ".html";
    }

    static Set<FinesseResource> of(ContractSections.Section section) {
        return switch (section.major()) {
            case 1, 2, 15, 18 -> EnumSet.noneOf(FinesseResource.class);
            case 12 -> EnumSet.of(SYSTEM_INFO);
            case 19 -> EnumSet.of(TEAM, USER);
            case 20 -> EnumSet.of(SYSTEM_INFO, USER);
            default -> EnumSet.of(USER);
        };
    }
}
