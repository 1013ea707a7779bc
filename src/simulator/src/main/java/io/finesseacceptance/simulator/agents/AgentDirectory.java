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
import java.util.Set;

/**
 * Every user the simulated Finesse knows: the agents, the supervisors, one administrator, the teams and
 * the reason codes. Supervisors are users too (roles Agent and Supervisor): they sign in and change their
 * own state like agents, and may change the state of the agents on the teams they supervise.
 */
public final class AgentDirectory {

    public static final String ADMINISTRATOR_ID = "admin";
    public static final String DEFAULT_ADMINISTRATOR_PASSWORD = "Adm1n!Passw0rd";
    public static final int FIRST_AGENT_ID = 1001;
    public static final int FIRST_EXTENSION = 5001;
    public static final int FIRST_SUPERVISOR_ID = 2001;
    public static final int FIRST_SUPERVISOR_EXTENSION = 6001;
    public static final int DEFAULT_SUPERVISORS = 1;
    /** Every agent but the last, and every supervisor (as a member and as its supervised team). */
    public static final Team TEAM_A = new Team("5000", "Team A");
    /** The last agent's team when there are two or more agents: a team no default supervisor supervises. */
    public static final Team TEAM_B = new Team("5001", "Team B");

    /** Every user (agents and supervisors) by id. */
    private final Map<String, SimulatedAgent> users;
    private final List<String> agentIds;
    private final List<String> supervisorIds;
    private final Map<String, Team> teams;
    /** Supervisor id to the ids of the teams it supervises. */
    private final Map<String, Set<String>> supervised;
    private final ReasonCodeCatalog reasonCodes;
    private volatile String administratorPassword = DEFAULT_ADMINISTRATOR_PASSWORD;

    private AgentDirectory(Collection<AgentProfile> agentProfiles, Collection<AgentProfile> supervisorProfiles,
            Collection<Team> teams, Map<String, Set<String>> supervised, ReasonCodeCatalog reasonCodes) {
        Map<String, SimulatedAgent> byId = new LinkedHashMap<>();
        List<AgentProfile> everyone = new ArrayList<>(agentProfiles);
        everyone.addAll(supervisorProfiles);
        for (AgentProfile profile : everyone) {
            if (ADMINISTRATOR_ID.equals(profile.id()) || byId.containsKey(profile.id())) {
                throw new IllegalArgumentException("duplicate user id " + profile.id());
            }
            byId.put(profile.id(), new SimulatedAgent(profile));
        }
        Map<String, Team> teamsById = new LinkedHashMap<>();
        teams.forEach(team -> teamsById.put(team.id(), team));
        this.users = Map.copyOf(byId);
        this.agentIds = agentProfiles.stream().map(AgentProfile::id).toList();
        this.supervisorIds = supervisorProfiles.stream().map(AgentProfile::id).toList();
        this.teams = Map.copyOf(teamsById);
        Map<String, Set<String>> supervisedCopy = new LinkedHashMap<>();
        supervised.forEach((id, teamIds) -> supervisedCopy.put(id, Set.copyOf(teamIds)));
        this.supervised = Map.copyOf(supervisedCopy);
        this.reasonCodes = reasonCodes;
    }

    /** Agents only, no teams and no supervisors. */
    public static AgentDirectory of(Collection<AgentProfile> profiles, ReasonCodeCatalog reasonCodes) {
        return new AgentDirectory(profiles, List.of(), List.of(), Map.of(), reasonCodes);
    }

    /** {@link #withDefaultUsers} with {@value #DEFAULT_SUPERVISORS} supervisor. */
    public static AgentDirectory withDefaultAgents(int count) {
        return withDefaultUsers(count, DEFAULT_SUPERVISORS);
    }

    /**
     * Agents 1001.. with passwords "Passw0rd!1001", extensions 5001..; all on {@link #TEAM_A} but the last
     * (on {@link #TEAM_B}) when there are two or more. Supervisors 2001.. with passwords "Passw0rd!2001",
     * extensions 6001.., on Team A and supervising it. Everyone signed out.
     */
    public static AgentDirectory withDefaultUsers(int agentCount, int supervisorCount) {
        List<AgentProfile> agents = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            String id = Integer.toString(FIRST_AGENT_ID + i);
            Team team = agentCount >= 2 && i == agentCount - 1 ? TEAM_B : TEAM_A;
            agents.add(new AgentProfile(id, defaultPassword(id), "agent" + id, "Agent", id,
                    Integer.toString(FIRST_EXTENSION + i), team.id(), team.name()));
        }
        List<AgentProfile> supervisors = new ArrayList<>();
        Map<String, Set<String>> supervised = new LinkedHashMap<>();
        for (int i = 0; i < supervisorCount; i++) {
            String id = Integer.toString(FIRST_SUPERVISOR_ID + i);
            supervisors.add(new AgentProfile(id, defaultPassword(id), "supervisor" + id, "Supervisor", id,
                    Integer.toString(FIRST_SUPERVISOR_EXTENSION + i), TEAM_A.id(), TEAM_A.name()));
            supervised.put(id, Set.of(TEAM_A.id()));
        }
        List<Team> teams = agentCount >= 2 ? List.of(TEAM_A, TEAM_B) : List.of(TEAM_A);
        return new AgentDirectory(agents, supervisors, teams, supervised, ReasonCodeCatalog.withDefaults());
    }

    public static String defaultPassword(String agentId) {
        return "Passw0rd!" + agentId;
    }

    /** An agent or a supervisor. */
    public Optional<SimulatedAgent> find(String id) {
        return Optional.ofNullable(users.get(id));
    }

    public SimulatedAgent agent(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no agent " + id));
    }

    /** True for the administrator, every agent and every supervisor, whatever the password. */
    public boolean knows(String id) {
        return ADMINISTRATOR_ID.equals(id) || users.containsKey(id);
    }

    /** The agents (not the supervisors), by id. */
    public List<SimulatedAgent> all() {
        return agentIds.stream().map(users::get).sorted(Comparator.comparing(SimulatedAgent::id)).toList();
    }

    /** The supervisors, by id. */
    public List<SimulatedAgent> supervisors() {
        return supervisorIds.stream().map(users::get).sorted(Comparator.comparing(SimulatedAgent::id)).toList();
    }

    public boolean isSupervisor(String userId) {
        return supervised.containsKey(userId);
    }

    public Optional<Team> team(String teamId) {
        return Optional.ofNullable(teams.get(teamId));
    }

    /** The teams {@code userId} supervises, by id; empty for anyone but a supervisor. */
    public List<Team> supervisedTeams(String userId) {
        return supervised.getOrDefault(userId, Set.of()).stream().sorted().map(teams::get).toList();
    }

    public boolean supervises(String userId, String teamId) {
        return supervised.getOrDefault(userId, Set.of()).contains(teamId);
    }

    /** Whether {@code agentId}'s team is one {@code supervisorId} supervises. */
    public boolean supervisesAgent(String supervisorId, String agentId) {
        return find(agentId).map(agent -> supervises(supervisorId, agent.profile().teamId())).orElse(false);
    }

    /** The users (agents and supervisors) whose own team is {@code teamId}, by id. */
    public List<SimulatedAgent> members(String teamId) {
        return users.values().stream().filter(user -> user.profile().teamId().equals(teamId))
                .sorted(Comparator.comparing(SimulatedAgent::id)).toList();
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

    /** True for the administrator and for agents and supervisors whose password matches. */
    public boolean authenticates(String id, String password) {
        if (ADMINISTRATOR_ID.equals(id)) {
            return isAdministrator(id, password);
        }
        return find(id).map(agent -> sameSecret(agent.profile().password(), password)).orElse(false);
    }

    public void signOutEveryone() {
        users.values().forEach(SimulatedAgent::reset);
    }

    private static boolean sameSecret(String expected, String given) {
        // constant-time so the simulator doesn't teach a timing side channel to anyone copying it
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
