package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.ReasonCodeCatalog;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;

/**
 * Runtime switches for legitimate Finesse modes (unlike faults, these are behaviours a real Finesse
 * shows too), so self-tests can put the simulator into them while it runs.
 */
public final class SimulatorControls {

    private final SystemInfoResource systemInfo;
    private final ReasonCodeCatalog reasonCodes;

    SimulatorControls(SystemInfoResource systemInfo, ReasonCodeCatalog reasonCodes) {
        this.systemInfo = systemInfo;
        this.reasonCodes = reasonCodes;
    }

    /** OUT_OF_SERVICE or PARTIAL_SERVICE makes every API but SystemInfo answer 503 SERVER_OUT_OF_SERVICE. */
    public void setSystemStatus(SystemStatus status) {
        systemInfo.changeStatus(status);
    }

    public void setOutOfService(boolean outOfService) {
        setSystemStatus(outOfService ? SystemStatus.OUT_OF_SERVICE : SystemStatus.IN_SERVICE);
    }

    /** What SystemInfo reports now, including the effect of the OUT_OF_SERVICE fault. */
    public SystemStatus systemStatus() {
        return systemInfo.currentStatus();
    }

    /** The administration switch that makes changes into {@code category} carry a reason code. */
    public void setReasonCodeRequired(ReasonCodeCategory category, boolean required) {
        reasonCodes.requireReasonCode(category, required);
    }

    public boolean isReasonCodeRequired(ReasonCodeCategory category) {
        return reasonCodes.isReasonCodeRequired(category);
    }
}
