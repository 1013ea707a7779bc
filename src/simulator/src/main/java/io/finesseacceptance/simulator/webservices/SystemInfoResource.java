package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** {@code /finesse/api/SystemInfo}; also the authority on whether the system is in service. */
final class SystemInfoResource {

    private final SystemInfoSettings settings;
    private final FaultSwitches faults;
    private final Clock clock;
    private volatile SystemStatus status;
    private volatile Instant lastHeartbeat;

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

    ApiResponse get() {
        Instant now = clock.instant();
        SystemStatus current = currentStatus();
        // there is no real CTI link: while in service it counts as having just answered a heartbeat
        if (current == SystemStatus.IN_SERVICE) {
            lastHeartbeat = now;
        }
        return ApiResponse.ok(SystemInfoXml.document(settings, current, now, lastHeartbeat));
    }
}
