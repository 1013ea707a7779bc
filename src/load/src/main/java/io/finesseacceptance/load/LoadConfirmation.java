package io.finesseacceptance.load;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.SettingsSource;
import java.util.Optional;

/**
 * The load mode's safety catch: against a lab (FINESSE_BASE_URL set) it runs only when
 * FINESSE_LOAD_CONFIRM names that same base URL; against the embedded simulator it needs nothing.
 */
final class LoadConfirmation {

    static final String SETTING = "FINESSE_LOAD_CONFIRM";

    private LoadConfirmation() {
    }

    /** Why the run must not start, in one line; empty when it may. */
    static Optional<String> refusal(SettingsSource source) {
        Optional<String> baseUrl = nonBlank(source, LabSettings.BASE_URL);
        if (baseUrl.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> confirmed = nonBlank(source, SETTING);
        if (confirmed.isPresent() && normalized(confirmed.get()).equals(normalized(baseUrl.get()))) {
            return Optional.empty();
        }
        return Optional.of(SETTING + " must name " + baseUrl.get()
                + ": a shared production Finesse must never be loaded by accident");
    }

    private static Optional<String> nonBlank(SettingsSource source, String name) {
        return source.get(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** Only a trailing slash may differ: anything else is another address. */
    private static String normalized(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
