package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.AgentLease;
import io.finesseacceptance.agent.NoAgentAvailable;
import io.finesseacceptance.agent.Refusal;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.UserNotification;
import io.finesseacceptance.report.ScenarioNotifications;
import io.finesseacceptance.rest.FinesseResponse;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.Side;
import io.finesseacceptance.upgrade.AskedRequest;
import io.finesseacceptance.upgrade.RequestKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * The agents one scenario drives ("the agent" and, where needed, "the second agent"), what it asked of
 * Finesse last, and the reason it chose. One per scenario, created by PicoContainer.
 */
public final class ScenarioAgents {

    private final ConnectedLab runtime;
    private final List<AgentLease> leases = new ArrayList<>();
    private final Map<String, Long> feedMarksAtLease = new HashMap<>();
    private final List<Asked> asked = new ArrayList<>();
    private StateChange lastChange;
    private FinesseResponse lastAnswer;
    private Refusal lastRefusal;
    private ReasonCode chosenReason;

    public ScenarioAgents(CurrentRun run) {
        this.runtime = run.runtime();
    }

    /** The scenario's agent, leased on first use. */
    public AgentDesk agent() {
        if (leases.isEmpty()) {
            lease(account -> true, "");
        }
        return leases.get(0).desk();
    }

    /**
     * The scenario's agent, leased among those {@code wanted} accepts (e.g. the agents of a supervisor's team).
     *
     * @param which how those agents are called, for the skip reason when none is free
     */
    public AgentDesk agentWhere(Predicate<AgentAccount> wanted,
                                String which) {
        if (!leases.isEmpty()) {
            throw new IllegalStateException("the scenario's agent is already chosen: " + leases.get(0).desk());
        }
        lease(wanted, which);
        return leases.get(0).desk();
    }

    /** A second agent, for scenarios about one agent touching another's resource. */
    public AgentDesk second() {
        if (runtime.lab().settings().agents().size() < 2) {
            throw new TestAbortedException("this scenario needs two agents; FINESSE_AGENTS names one");
        }
        agent();
        if (leases.size() < 2) {
            lease(account -> true, "");
        }
        return leases.get(1).desk();
    }

    private void lease(Predicate<AgentAccount> wanted, String which) {
        try {
            AgentLease lease = runtime.leases().lease(wanted, which);
            leases.add(lease);
            feedMarksAtLease.put(lease.desk().id(), lease.desk().feed().mark());
            if (leases.size() == 1) {
                ScenarioNotifications.follow(lease.desk().feed());
            }
        } catch (NoAgentAvailable none) {
            throw new TestAbortedException("no agent for this scenario: " + none.getMessage());
        }
    }

    /** Gives every agent back as it was found, the last leased first; runs also after a failure. */
    public void giveBack() {
        AssertionError firstFailure = null;
        for (int i = leases.size() - 1; i >= 0; i--) {
            try {
                runtime.leases().giveBack(leases.get(i));
            } catch (RuntimeException | AssertionError failed) {
                if (firstFailure == null) {
                    firstFailure = new AssertionError("agent " + leases.get(i).desk().id()
                            + " could not be put back as it was found: " + failed.getMessage(), failed);
                }
            }
        }
        leases.clear();
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    public StateChange lastChange() {
        if (lastChange == null) {
            throw new IllegalStateException("the scenario has not asked Finesse for anything yet");
        }
        return lastChange;
    }

    public void changed(StateChange change) {
        changedThrough(desk(change.agentId()), change);
    }

    /**
     * A change {@code desk} sent and marked its own feed for: the agent's desk on the other side, say. Its
     * notifications are looked for on that feed, where the change's mark belongs.
     */
    public void changedThrough(AgentDesk desk, StateChange change) {
        boolean forAnother = !change.agentId().equals(agent().id());
        record(RequestKind.of(change.request(), forAnother), change, desk);
    }

    /** A change a supervisor asked for the scenario's agent. */
    public void changedBySupervisor(StateChange change) {
        record(RequestKind.of(change.request(), false) + " by a supervisor", change, desk(change.agentId()));
    }

    private void record(String kind, StateChange change, AgentDesk desk) {
        asked.add(new Asked(kind, change.response(), Optional.of(change), Optional.of(desk.feed()), desk.side()));
        this.lastChange = change;
        this.lastAnswer = change.response();
        this.lastRefusal = null;
    }

    /** The refusal of the last change, in the form it came; empty until a refusal step judged one. */
    public Optional<Refusal> lastRefusal() {
        return Optional.ofNullable(lastRefusal).filter(refusal -> refusal.change().equals(lastChange));
    }

    public void refused(Refusal refusal) {
        this.lastRefusal = refusal;
    }

    /** Finesse's answer to the scenario's last request, a state change or a read. */
    public FinesseResponse lastAnswer() {
        if (lastAnswer == null) {
            throw new IllegalStateException("the scenario has not asked Finesse for anything yet");
        }
        return lastAnswer;
    }

    /** @param what the read, in words that stay the same from lab to lab ("read own user") */
    public void answered(String what, FinesseResponse answer) {
        // reads are the scenario's agent's own, on its desk's side
        asked.add(new Asked(what, answer, Optional.empty(), Optional.empty(), agent().side()));
        this.lastAnswer = answer;
    }

    private record Asked(String kind, FinesseResponse answer, Optional<StateChange> change,
                         Optional<NotificationFeed> feed, Side side) {
    }

    private AgentDesk desk(String agentId) {
        return leases.stream().map(AgentLease::desk).filter(desk -> desk.id().equals(agentId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("agent " + agentId + " is not one of this scenario's"));
    }

    /**
     * What the scenario asked, for the upgrade baseline: each request with its answer and the notifications it
     * may have caused (on its agent's node, after it was sent, before the next request to that agent).
     */
    public List<AskedRequest> askedRequests() {
        List<AskedRequest> requests = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            Asked one = asked.get(i);
            List<UserNotification> caused = new ArrayList<>();
            if (one.change().isPresent()) {
                StateChange change = one.change().get();
                long until = nextMarkOnTheSameFeed(i);
                one.feed().orElseThrow().since(change.feedMark()).stream()
                        .filter(n -> n.sequence() <= until)
                        .filter(change.expectedNotification()::couldBeCausedByRequest)
                        .forEach(caused::add);
            }
            requests.add(new AskedRequest(one.kind(), one.change().isPresent(), one.answer(), caused, one.side(),
                    one.change().map(StateChange::requestId).orElse("")));
        }
        return requests;
    }

    private long nextMarkOnTheSameFeed(int index) {
        StateChange change = asked.get(index).change().orElseThrow();
        for (int later = index + 1; later < asked.size(); later++) {
            Optional<StateChange> next = asked.get(later).change();
            if (next.isPresent() && next.get().agentId().equals(change.agentId())) {
                return next.get().feedMark();
            }
        }
        return Long.MAX_VALUE;
    }

    /** The sides that served the scenario: its agents' desks', then those its requests went through. */
    public List<String> sidesServed() {
        return Stream.concat(leases.stream().map(lease -> lease.desk().side()), asked.stream().map(Asked::side))
                .distinct().map(Side::label).toList();
    }

    public List<String> leasedAgentIds() {
        return leases.stream().map(lease -> lease.desk().id()).toList();
    }

    /** Every notification the scenario's agents received since they were leased, by their desks' sides. */
    public Map<Side, List<UserNotification>> notificationsSeen() {
        Map<Side, List<UserNotification>> seen = new EnumMap<>(Side.class);
        leases.forEach(lease -> seen.computeIfAbsent(lease.desk().side(), side -> new ArrayList<>())
                .addAll(lease.desk().feed().since(feedMarksAtLease.get(lease.desk().id()))));
        return seen;
    }

    public Optional<ReasonCode> chosenReason() {
        return Optional.ofNullable(chosenReason);
    }

    public void choose(ReasonCode reason) {
        this.chosenReason = reason;
    }
}
