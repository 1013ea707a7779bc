package io.finesseacceptance.settings;

import java.util.Locale;

/**
 * The two nodes of a Finesse deployment on Unified CCE (docs/finesse-contract.md §20): each has its own REST
 * API and notification service, and both serve the same agents.
 */
public enum Side {
    PRIMARY,
    SECONDARY;

    /** The setting that configures {@code primaryName} (a FINESSE_* name) for this side. */
    public String settingName(String primaryName) {
        return this == PRIMARY ? primaryName : primaryName.replaceFirst("^FINESSE_", "FINESSE_SECONDARY_");
    }

    public Side other() {
        return this == PRIMARY ? SECONDARY : PRIMARY;
    }

    /** {@code primary} or {@code secondary}, as people say it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
