package io.finesseacceptance.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.settings.TlsTrust;
import java.util.HashMap;
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

    /**
     * Each agent's state by id, over REST alone: unlike {@link #take} it opens no notification session, so it
     * also reads a lab whose XMPP a planted fault has broken.
     */
    static Map<String, AgentState> states(Map<String, String> settings) {
        LabSettings lab = read(settings);
        FinesseRestClient rest = rest(lab);
        Map<String, AgentState> states = new HashMap<>();
        lab.agents().forEach(agent -> states.put(agent.id(), rest.user(agent).state()));
        return states;
    }

    /** Simulator agents start signed out; whatever a scenario did, the suite must have put them back. */
    static void assertEveryAgentSignedOutAsFound(Map<String, String> settings) {
        LabSettings lab = read(settings);
        FinesseRestClient rest = rest(lab);
        lab.agents().forEach(agent -> assertThat(rest.user(agent).state())
                .as("state of %s after the run", agent).isEqualTo(AgentState.LOGOUT));
    }

    private static LabSettings read(Map<String, String> settings) {
        return LabSettingsReader.read(SettingsSource.of(settings));
    }

    private static FinesseRestClient rest(LabSettings lab) {
        return new FinesseRestClient(lab, TlsTrust.from(lab), ExchangeListener.NONE);
    }

    private static FinesseLab connect(Map<String, String> settings) {
        return FinesseLab.connect(read(settings), ExchangeListener.NONE);
    }
}
