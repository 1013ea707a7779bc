package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.DeploymentType;
import java.util.Objects;

/**
 * The static part of {@code GET /finesse/api/SystemInfo}. {@code secondaryNodeHost} is "" for a
 * single-node deployment.
 */
public record SystemInfoSettings(DeploymentType deploymentType, String xmppDomain, String pubsubDomain,
        String primaryNodeHost, String secondaryNodeHost, SystemStatus status, String ctiVersion,
        int timezoneOffsetMinutes) {

    public SystemInfoSettings {
        Objects.requireNonNull(deploymentType);
        Objects.requireNonNull(xmppDomain);
        Objects.requireNonNull(pubsubDomain);
        Objects.requireNonNull(primaryNodeHost);
        Objects.requireNonNull(secondaryNodeHost);
        Objects.requireNonNull(status);
        Objects.requireNonNull(ctiVersion);
    }

    /** A single in-service node on 127.0.0.1, as the embedded simulator runs. */
    public static SystemInfoSettings localDefaults(DeploymentType deploymentType) {
        String ctiVersion = deploymentType == DeploymentType.UCCE ? "20" : "12.5(1)";
        return new SystemInfoSettings(deploymentType, "127.0.0.1", "pubsub.127.0.0.1", "127.0.0.1", "",
                SystemStatus.IN_SERVICE, ctiVersion, 0);
    }

    public SystemInfoSettings withStatus(SystemStatus newStatus) {
        return new SystemInfoSettings(deploymentType, xmppDomain, pubsubDomain, primaryNodeHost, secondaryNodeHost,
                newStatus, ctiVersion, timezoneOffsetMinutes);
    }
}
