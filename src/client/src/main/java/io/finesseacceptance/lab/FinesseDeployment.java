package io.finesseacceptance.lab;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.DeskSource;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.FinesseUserPresence;
import io.finesseacceptance.notify.NotificationServiceUnreachable;
import io.finesseacceptance.rest.FinesseApiException;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.Side;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Finesse deployment under test: one node, or a primary and a secondary serving the same agents
 * (docs/finesse-contract.md §20). Desks are handed out over the sides in turn, as desktops are spread over
 * both nodes, skipping a side that has failed over; each side keeps its own sessions for the run.
 */
public final class FinesseDeployment implements DeskSource, AutoCloseable {

    private final Map<Side, CheckedSide> sides = new EnumMap<>(Side.class);
    private final Map<Side, String> failedOver = new EnumMap<>(Side.class);
    private final AtomicLong turn = new AtomicLong();

    /** One side as the preflight left it: connected, and what it showed of the {@code finesse} user. */
    public record CheckedSide(FinesseLab lab, FinesseUserPresence.Seen finessePresence, String origin) {
    }

    private final FailoverWatch watch;

    FinesseDeployment(List<CheckedSide> checked, FailoverWatch watch) {
        checked.forEach(side -> sides.put(side.lab().side(), side));
        if (!sides.containsKey(Side.PRIMARY)) {
            throw new IllegalArgumentException("a deployment has a primary side");
        }
        this.watch = watch;
        watch.watch(this);
    }

    public FinesseLab primary() {
        return sides.get(Side.PRIMARY).lab();
    }

    public Optional<FinesseLab> secondary() {
        return Optional.ofNullable(sides.get(Side.SECONDARY)).map(CheckedSide::lab);
    }

    public boolean twoSides() {
        return sides.size() == 2;
    }

    /** Primary first. */
    public List<CheckedSide> checkedSides() {
        return List.copyOf(sides.values());
    }

    public FinesseLab side(Side side) {
        CheckedSide checked = sides.get(side);
        if (checked == null) {
            throw new IllegalStateException("this deployment has no " + side.label() + " side");
        }
        return checked.lab();
    }

    /** The primary's settings: what the run was configured with. */
    public LabSettings settings() {
        return primary().settings();
    }

    /** The side the next desk goes to: in turn over the sides that have not failed over. */
    public synchronized Side nextSide() {
        List<Side> usable = new ArrayList<>(sides.keySet());
        usable.removeAll(failedOver.keySet());
        if (usable.isEmpty()) {
            usable = new ArrayList<>(sides.keySet());
        }
        return usable.get((int) (turn.getAndIncrement() % usable.size()));
    }

    /**
     * Notes that {@code side} failed over for {@code reason}: later desks go to the other side until
     * {@link #recovered}.
     */
    public synchronized void failedOver(Side side, String reason) {
        failedOver.put(side, reason);
    }

    public synchronized void recovered(Side side) {
        failedOver.remove(side);
    }

    /** Why {@code side} failed over, if it did. */
    public synchronized Optional<String> failover(Side side) {
        return Optional.ofNullable(failedOver.get(side));
    }

    /** Reads the agent on the primary (both sides serve the same agents). */
    @Override
    public User user(AgentAccount agent) {
        Side reader = usableReader();
        try {
            return side(reader).user(agent);
        } catch (FinesseApiException refused) {
            if (refused.response().status() == 503 && usableReader() != reader) {
                return side(usableReader()).user(agent);
            }
            throw refused;
        }
    }

    private synchronized Side usableReader() {
        return failedOver.containsKey(Side.PRIMARY) && twoSides() && !failedOver.containsKey(Side.SECONDARY)
                ? Side.SECONDARY : Side.PRIMARY;
    }

    /** The agent's desk on the next side in turn. */
    @Override
    public AgentDesk desk(AgentAccount agent) {
        Side side = nextSide();
        try {
            return side(side).desk(agent);
        } catch (NotificationServiceUnreachable refused) {
            // a side whose notification service refuses a new session is failing; a desktop would go to the other
            if (!twoSides() || failover(side.other()).isPresent()) {
                throw refused;
            }
            failedOver(side, "its notification service refused agent " + agent.id() + "'s session: "
                    + refused.getMessage());
            return side(side.other()).desk(agent);
        }
    }

    /** The agent's desk on {@code side}, its session opened there on first use. */
    public AgentDesk deskOn(AgentAccount agent, Side side) {
        return side(side).desk(agent);
    }

    @Override
    public void close() {
        watch.close();
        ClosingInTurn.close(sides.values().stream().map(CheckedSide::lab).toList());
    }
}
