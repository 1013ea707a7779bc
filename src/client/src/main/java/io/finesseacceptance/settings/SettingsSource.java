package io.finesseacceptance.settings;

import java.util.Map;
import java.util.Optional;

/** Where FINESSE_* settings come from: -D properties first, then the environment (CI secrets). */
@FunctionalInterface
public interface SettingsSource {

    Optional<String> get(String name);

    static SettingsSource systemPropertiesThenEnvironment() {
        SettingsSource properties = name -> Optional.ofNullable(System.getProperty(name));
        return properties.orElse(name -> Optional.ofNullable(System.getenv(name)));
    }

    static SettingsSource of(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    /** Blank values count as unset, so an empty CI secret falls through to the next source or default. */
    default SettingsSource orElse(SettingsSource fallback) {
        return name -> get(name).filter(value -> !value.isBlank()).or(() -> fallback.get(name));
    }
}
