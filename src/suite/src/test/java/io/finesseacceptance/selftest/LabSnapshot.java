package io.finesseacceptance.selftest;

import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.rest.ExchangeListener;
import java.util.LinkedHashMap;
import java.util.Map;

/** The self-tests' own view of a lab's agents: puts them in states before a run and reads them after. */
final class LabSnapshot {

    private LabSnapshot() {
    }

    static Map<String, DeskSnapshot> take(Map<String, String> settings) {
        try (FinesseLab lab = connect(settings)) {
            Map<String, DeskSnapshot> states = new LinkedHashMap<>();
            for (AgentAccount agent : lab.settings().agents()) {
                states.put(agent.id(), DeskSnapshot.of(lab.user(agent)));
            }
            return states;
        }
    }

    /** Drives the agents into the given states, as people working in the lab would have left them. */
    static void arrange(Map<String, String> settings, Map<String, DeskSnapshot> states) {
        try (FinesseLab lab = connect(settings)) {
            states.forEach((id, state) -> lab.desk(lab.settings().agent(id).orElseThrow()).bringTo(state));
        }
    }

    private static FinesseLab connect(Map<String, String> settings) {
        LabSettings lab = LabSettingsReader.read(SettingsSource.of(settings));
        return FinesseLab.connect(lab, ExchangeListener.NONE);
    }
}
