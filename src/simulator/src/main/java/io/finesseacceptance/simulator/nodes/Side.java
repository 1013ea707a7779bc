package io.finesseacceptance.simulator.nodes;

import java.util.Locale;

/** The two nodes of a Finesse deployment on Unified CCE (docs/finesse-contract.md §20). */
public enum Side {
    PRIMARY, SECONDARY;

    /** {@code primary} or {@code secondary}: how control paths and the nodes' changes name it. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
