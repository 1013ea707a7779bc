package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Release;
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
        return new SystemInfoSettings(deploymentType, "127.0.0.1", "pubsub.127.0.0.1", "127.0.0.1", "",
                SystemStatus.IN_SERVICE, ctiVersion(deploymentType, Release.CURRENT), 0);
    }

    /** {@code <ctiVersion>}: UCCE 20 and UCCX 12.5(1) today; {@link Release#NEXT} moves both on (change 6). */
    public static String ctiVersion(DeploymentType deploymentType, Release release) {
        boolean ucce = deploymentType == DeploymentType.UCCE;
        return switch (release) {
            case CURRENT -> ucce ? "20" : "12.5(1)";
            case NEXT -> ucce ? Release.NEXT_UCCE_CTI_VERSION : Release.NEXT_UCCX_CTI_VERSION;
        };
    }

    public SystemInfoSettings withStatus(SystemStatus newStatus) {
        return new SystemInfoSettings(deploymentType, xmppDomain, pubsubDomain, primaryNodeHost, secondaryNodeHost,
                newStatus, ctiVersion, timezoneOffsetMinutes);
    }
}
