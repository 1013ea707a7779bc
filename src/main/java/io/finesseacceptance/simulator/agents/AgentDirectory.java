package io.finesseacceptance.simulator.agents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Every user the simulated Finesse knows: the agents, one administrator, and the reason codes. */
public final class AgentDirectory {

    public static final String ADMINISTRATOR_ID = "admin";
    public static final String DEFAULT_ADMINISTRATOR_PASSWORD = "Adm1n!Passw0rd";
    public static final int FIRST_AGENT_ID = 1001;
    public static final int FIRST_EXTENSION = 5001;

    private final Map<String, SimulatedAgent> agents;
    private final ReasonCodeCatalog reasonCodes;
    private volatile String administratorPassword = DEFAULT_ADMINISTRATOR_PASSWORD;

    private AgentDirectory(Collection<AgentProfile> profiles, ReasonCodeCatalog reasonCodes) {
        Map<String, SimulatedAgent> byId = new LinkedHashMap<>();
        for (AgentProfile profile : profiles) {
            if (ADMINISTRATOR_ID.equals(profile.id()) || byId.containsKey(profile.id())) {
                throw new IllegalArgumentException("duplicate user id " + profile.id());
            }
            byId.put(profile.id(), new SimulatedAgent(profile));
        }
        this.agents = Map.copyOf(byId);
        this.reasonCodes = reasonCodes;
    }

    public static AgentDirectory of(Collection<AgentProfile> profiles, ReasonCodeCatalog reasonCodes) {
        return new AgentDirectory(profiles, reasonCodes);
    }

    /** Agents 1001.. with passwords "Passw0rd!1001", extensions 5001.., all signed out. */
    public static AgentDirectory withDefaultAgents(int count) {
        List<AgentProfile> profiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = Integer.toString(FIRST_AGENT_ID + i);
            profiles.add(new AgentProfile(id, defaultPassword(id), "agent" + id, "Agent", id,
                    Integer.toString(FIRST_EXTENSION + i), "1", "Default Team"));
        }
        return new AgentDirectory(profiles, ReasonCodeCatalog.withDefaults());
    }

    public static String defaultPassword(String agentId) {
        return "Passw0rd!" + agentId;
    }

    public Optional<SimulatedAgent> find(String id) {
        return Optional.ofNullable(agents.get(id));
    }

    public SimulatedAgent agent(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no agent " + id));
    }

    /** True for the administrator and every agent, whatever the password. */
    public boolean knows(String id) {
        return ADMINISTRATOR_ID.equals(id) || agents.containsKey(id);
    }

    public List<SimulatedAgent> all() {
        return agents.values().stream().sorted(Comparator.comparing(SimulatedAgent::id)).toList();
    }

    public ReasonCodeCatalog reasonCodes() {
        return reasonCodes;
    }

    public void setAdministratorPassword(String password) {
        this.administratorPassword = Objects.requireNonNull(password);
    }

    public boolean isAdministrator(String id, String password) {
        return ADMINISTRATOR_ID.equals(id) && sameSecret(administratorPassword, password);
    }

    /** True for the administrator and for agents whose password matches. */
    public boolean authenticates(String id, String password) {
        if (ADMINISTRATOR_ID.equals(id)) {
            return isAdministrator(id, password);
        }
        return find(id).map(agent -> sameSecret(agent.profile().password(), password)).orElse(false);
    }

    public void signOutEveryone() {
        agents.values().forEach(SimulatedAgent::reset);
    }

    private static boolean sameSecret(String expected, String given) {
        // constant-time so the simulator doesn't teach a timing side channel to anyone copying it
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
