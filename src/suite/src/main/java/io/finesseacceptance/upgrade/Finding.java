package io.finesseacceptance.upgrade;

/**
 * One thing the upgrade changed.
 *
 * @param breaking whether it fails the run: a contract change or an element removed; the rest only warns
 * @param text     on a deployment of two sides, a finding about one side starts with it ("secondary side: "),
 *                 or with "both sides: " when both found it; scenarios, latency and the sides' differences are
 *                 about both and name the sides in their own words
 */
public record Finding(Section section, boolean breaking, String text) {

    /** The verdict's sections, in the order it prints them. */
    public enum Section {
        /** Only on a deployment of two sides: where they answer as different releases. */
        SIDES("Sides on different releases"),
        CONTRACT("Contract changes"),
        SHAPE("Shape changes"),
        REASON_CODES("Reason codes added or removed"),
        LATENCY("Latency shifts"),
        INFORMATION("Information");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    static Finding breaking(Section section, String text) {
        return new Finding(section, true, text);
    }

    static Finding warning(Section section, String text) {
        return new Finding(section, false, text);
    }
}
