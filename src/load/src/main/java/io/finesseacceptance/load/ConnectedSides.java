package io.finesseacceptance.load;

import io.finesseacceptance.lab.ClosingInTurn;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.lab.SecondaryNode;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.Side;
import io.finesseacceptance.settings.SideSelection;
import io.finesseacceptance.settings.TlsTrust;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sides a load run drives (docs/finesse-contract.md §20): the primary, and the secondary when one is known
 * (FINESSE_SECONDARY_BASE_URL, else the primary's SystemInfo) unless FINESSE_SIDES=primary. Each side is
 * connected on its own, with its own REST client and notification endpoint, without the suite's preflight
 * (a load lab's agents are many, and a load run reads each one back as it opens its session anyway). Agents
 * are spread over the sides in turn by their index, as desktops are spread over both nodes, so agent i is on
 * the same side whatever machine or injector drives it.
 */
final class ConnectedSides implements AutoCloseable {

    /** One side: its lab (notification endpoint, SystemInfo) and the lean REST client the load sends through. */
    record Connection(Side side, FinesseLab lab, FinesseRestClient rest) {
    }

    private final List<Connection> connections;

    private ConnectedSides(List<Connection> connections) {
        this.connections = List.copyOf(connections);
    }

    static ConnectedSides connect(LabSettings settings) {
        FinesseLab primary = FinesseLab.connect(settings, ExchangeListener.NONE);
        List<Connection> connections = new ArrayList<>();
        connections.add(connection(primary));
        try {
            secondaryBaseUrl(settings, primary).ifPresent(url -> connections.add(
                    connection(FinesseLab.connect(settings.sideAt(url), ExchangeListener.NONE))));
        } catch (RuntimeException failed) {
            primary.close();
            throw failed;
        }
        return new ConnectedSides(connections);
    }

    /** The secondary's base URL, when the run is to drive it too. */
    static Optional<URI> secondaryBaseUrl(LabSettings settings, FinesseLab primary) {
        if (settings.sides().orElse(SideSelection.BOTH) == SideSelection.PRIMARY) {
            return Optional.empty();
        }
        return settings.secondaryBaseUrl().or(() -> SecondaryNode.baseUrl(settings.baseUrl(), primary.systemInfo()));
    }

    private static Connection connection(FinesseLab lab) {
        return new Connection(lab.side(), lab, FinesseRestClient.lean(lab.settings(), TlsTrust.from(lab.settings())));
    }

    /** The side agent {@code index} (0-based, in FINESSE_AGENTS order) is driven on. */
    Connection forAgent(int index) {
        return connections.get(index % connections.size());
    }

    Connection primary() {
        return connections.get(0);
    }

    /** Primary first. */
    List<Side> sides() {
        return connections.stream().map(Connection::side).toList();
    }

    boolean twoSides() {
        return connections.size() == 2;
    }

    /** For the first lines of a run: each side's REST API and notification service. */
    String describe() {
        return connections.stream().map(one -> one.side().label() + " " + one.lab().settings().baseUrl() + " ("
                + one.lab().settings().describeNotifications() + ")").collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        ClosingInTurn.close(connections.stream().map(Connection::lab).toList());
    }
}
