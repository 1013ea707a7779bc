package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code /finesse/api/SystemInfo}; also the authority on whether the system is in service. */
final class SystemInfoResource {

    private final SystemInfoSettings settings;
    private final FaultSwitches faults;
    private final Clock clock;
    private volatile SystemStatus status;
    private volatile Instant lastHeartbeat;
    // empty: the 12.5 form, the primary's host alone; set once both nodes of a deployment listen
    private volatile List<ClusterNode> cluster = List.of();
    private volatile Optional<MaintenanceState> maintenance = Optional.empty();

    /** A maintenance mode and when it started, for {@code finesseTimeInMMode}. */
    private record MaintenanceState(FinesseMaintenanceMode mode, Instant since) {
    }

    SystemInfoResource(SystemInfoSettings settings, FaultSwitches faults, Clock clock) {
        this.settings = settings;
        this.faults = faults;
        this.clock = clock;
        this.status = settings.status();
        this.lastHeartbeat = clock.instant();
    }

    SystemStatus currentStatus() {
        return faults.isOn(Fault.OUT_OF_SERVICE) ? SystemStatus.OUT_OF_SERVICE : status;
    }

    /** The status a real Finesse would report now, e.g. OUT_OF_SERVICE while its CTI link is down. */
    void changeStatus(SystemStatus newStatus) {
        this.status = Objects.requireNonNull(newStatus);
    }

    /** The primary and the secondary node, in the 12.6(2) form with their ports. */
    void describeCluster(ClusterNode primary, ClusterNode secondary) {
        cluster = List.of(primary, secondary);
    }

    /** Starts (or moves on) the node's maintenance mode; empty: none, and SystemInfo says nothing of it. */
    void changeMaintenanceMode(Optional<FinesseMaintenanceMode> mode) {
        Optional<MaintenanceState> was = maintenance;
        maintenance = mode.map(now -> new MaintenanceState(now, was.map(MaintenanceState::since)
                .orElseGet(clock::instant)));
    }

    Optional<FinesseMaintenanceMode> maintenanceMode() {
        return maintenance.map(MaintenanceState::mode);
    }

    ApiResponse get() {
        return ApiResponse.ok(document());
    }

    /** The {@code <SystemInfo>} document as GET answers it now. */
    String document() {
        Instant now = clock.instant();
        SystemStatus current = currentStatus();
        // there is no real CTI link: while in service it counts as having just answered a heartbeat
        if (current == SystemStatus.IN_SERVICE) {
            lastHeartbeat = now;
        }
        Optional<SystemInfoXml.Maintenance> shown = maintenance.map(state -> new SystemInfoXml.Maintenance(
                state.mode(), Duration.between(state.since(), now).toSeconds()));
        return SystemInfoXml.document(settings, current, now, lastHeartbeat, cluster, shown);
    }
}
