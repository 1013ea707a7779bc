package io.finesseacceptance.simulator.rest;

import io.finesseacceptance.simulator.agents.DeploymentType;
import java.time.Duration;
import java.util.Objects;

/**
 * @param port               0 picks a free port
 * @param notificationDelay  how long after the 202 is written an accepted change takes effect
 */
public record RestServerConfig(String bindHost, int port, SystemInfoSettings systemInfo, Duration notificationDelay) {

    public static final Duration DEFAULT_NOTIFICATION_DELAY = Duration.ofMillis(1);

    public RestServerConfig {
        Objects.requireNonNull(bindHost);
        Objects.requireNonNull(systemInfo);
        Objects.requireNonNull(notificationDelay);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (notificationDelay.isNegative()) {
            throw new IllegalArgumentException("negative notification delay");
        }
    }

    /** Loopback, a free port, a single in-service node. */
    public static RestServerConfig localDefaults(DeploymentType deploymentType) {
        return new RestServerConfig("127.0.0.1", 0, SystemInfoSettings.localDefaults(deploymentType),
                DEFAULT_NOTIFICATION_DELAY);
    }
}
