package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.ReasonCodeCatalog;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import java.util.Optional;

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

    /** SystemInfo names both nodes of a two-node deployment, with their ports (the 12.6(2) form). */
    public void describeCluster(ClusterNode primary, ClusterNode secondary) {
        systemInfo.describeCluster(primary, secondary);
    }

    /** The node's maintenance mode as SystemInfo's {@code finesseMMode} shows it; empty: none, not shown. */
    public void setMaintenanceMode(Optional<FinesseMaintenanceMode> mode) {
        systemInfo.changeMaintenanceMode(mode);
    }

    public Optional<FinesseMaintenanceMode> maintenanceMode() {
        return systemInfo.maintenanceMode();
    }

    /** The administration switch that makes changes into {@code category} carry a reason code. */
    public void setReasonCodeRequired(ReasonCodeCategory category, boolean required) {
        reasonCodes.requireReasonCode(category, required);
    }

    public boolean isReasonCodeRequired(ReasonCodeCategory category) {
        return reasonCodes.isReasonCodeRequired(category);
    }
}
