package io.finesseacceptance.settings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which Finesse a run tests. The embedded simulator is the default only where no lab was asked for: a
 * run told {@code FINESSE_TARGET=lab} (the lab workflow) and left without {@code FINESSE_BASE_URL} (a
 * fork, a renamed secret) must stop, not go green against the simulator.
 */
public enum RunTarget {
    LAB, SIMULATOR;

    public static final String SETTING = "FINESSE_TARGET";
    /** The same setting as a Maven-style property, {@code -Dfinesse.target=lab}; it wins over the environment. */
    public static final String PROPERTY = "finesse.target";

    /** Decides from FINESSE_TARGET ({@code lab}, {@code simulator} or unset) and FINESSE_BASE_URL. */
    public static RunTarget decide(SettingsSource source) {
        boolean baseUrlSet = LabSettingsReader.labConfigured(source);
        Optional<String> byProperty = nonBlank(source, PROPERTY);
        String askedBy = byProperty.isPresent() ? "-D" + PROPERTY : SETTING;
        Optional<String> asked = byProperty.or(() -> nonBlank(source, SETTING))
                .map(value -> value.toLowerCase(Locale.ROOT));
        if (asked.isEmpty()) {
            return baseUrlSet ? LAB : SIMULATOR;
        }
        switch (asked.get()) {
            case "lab" -> {
                if (!baseUrlSet) {
                    throw oneLine(LabSettings.BASE_URL + " is not set, but " + askedBy
                            + "=lab asks for a lab: no Finesse to test (is the secret missing or blank?)");
                }
                return LAB;
            }
            case "simulator" -> {
                if (baseUrlSet) {
                    throw oneLine(askedBy + "=simulator, but " + LabSettings.BASE_URL
                            + " is set: say which Finesse to test");
                }
                return SIMULATOR;
            }
            default -> throw oneLine(askedBy + " must be lab or simulator, not '" + asked.get() + "'");
        }
    }

    private static Optional<String> nonBlank(SettingsSource source, String name) {
        return source.get(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static LabSettingsException oneLine(String problem) {
        return new LabSettingsException(List.of(problem));
    }
}
