package io.finesseacceptance.simulator.rest;

import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import java.time.Clock;

/** {@code /finesse/api/SystemInfo}; also the authority on whether the system is in service. */
final class SystemInfoResource {

    private final SystemInfoSettings settings;
    private final FaultSwitches faults;
    private final Clock clock;

    SystemInfoResource(SystemInfoSettings settings, FaultSwitches faults, Clock clock) {
        this.settings = settings;
        this.faults = faults;
        this.clock = clock;
    }

    SystemStatus currentStatus() {
        return faults.isOn(Fault.OUT_OF_SERVICE) ? SystemStatus.OUT_OF_SERVICE : settings.status();
    }

    ApiResponse get() {
        return ApiResponse.ok(SystemInfoXml.document(settings, currentStatus(), clock.instant()));
    }
}
