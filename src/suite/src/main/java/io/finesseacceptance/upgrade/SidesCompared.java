package io.finesseacceptance.upgrade;

/**
 * Which sides a verdict compared: the run's (one, or a primary and a secondary) with the baseline's.
 *
 * @param runTwoSides      the run's deployment had two sides: each was compared, and the two with each other
 * @param baselineTwoSides the baseline was recorded on two sides; if not, its single node stands for both
 */
public record SidesCompared(boolean runTwoSides, boolean baselineTwoSides) {

    public static final SidesCompared ONE_NODE = new SidesCompared(false, false);

    static SidesCompared of(Baseline before, Baseline after) {
        return new SidesCompared(after.twoSides(), before.twoSides());
    }

    /** A sentence for the verdict's introduction; empty when both had one node. */
    public String describe() {
        if (runTwoSides) {
            return "This run had two sides; each was compared with " + (baselineTwoSides
                    ? "the same side of the baseline" : "the baseline's single node") + ", and the two with each other.";
        }
        return baselineTwoSides ? "This run had one side; it was compared with the baseline's primary side." : "";
    }
}
