package io.finesseacceptance.settings;

/** FINESSE_SIDES: which nodes a run drives. Both, whenever a secondary is known, unless told otherwise. */
public enum SideSelection {
    BOTH,
    PRIMARY
}
