package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Release;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * @param port                    0 picks a free port; serves HTTPS when {@code tls} is set, plain HTTP otherwise
 * @param notificationDelay       how long after the 202 is written an accepted change takes effect
 * @param tls                     null serves plain HTTP on {@code port}
 * @param plainHttpPort           an additional plain-HTTP listener: -1 none, 0 a free port
 * @param lockout                 when repeated bad passwords lock a user id out
 * @param idleTimeout             a connection that sends nothing for this long is closed, which also
 *                                frees connections of clients that stall half-way through a request
 * @param desktopDisconnectGrace  how long a signed-in agent's desktop may be unavailable before Finesse
 *                                forces the agent out (Finesse: 60 s)
 * @param logoutOnAgentDisconnect UCCE's "Logout On Agent Disconnect" (LOAD): true signs the agent out,
 *                                false leaves it NOT_READY; UCCX always signs out
 * @param release                 the release whose documents the server writes (User documents, reason codes);
 *                                {@code notificationDelay} and {@code systemInfo} are given as it plays them
 * @param forcedLogoutPresence    whose presence the forced logout follows: the desktop's session alone, or the user's
 */
public record RestServerConfig(String bindHost, int port, SystemInfoSettings systemInfo, Duration notificationDelay,
        SSLContext tls, int plainHttpPort, LockoutPolicy lockout, Duration idleTimeout,
        Duration desktopDisconnectGrace, boolean logoutOnAgentDisconnect, Release release,
        ForcedLogoutPresence forcedLogoutPresence) {

    public static final Duration DEFAULT_NOTIFICATION_DELAY = Duration.ofMillis(1);
    public static final int NO_PLAIN_HTTP_PORT = -1;
    /** Longer than the suite's pooled client keeps idle connections, so it never meets a closed one. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration FINESSE_DESKTOP_DISCONNECT_GRACE = Duration.ofSeconds(60);

    public RestServerConfig {
        Objects.requireNonNull(bindHost);
        Objects.requireNonNull(systemInfo);
        Objects.requireNonNull(notificationDelay);
        Objects.requireNonNull(lockout);
        Objects.requireNonNull(idleTimeout);
        Objects.requireNonNull(desktopDisconnectGrace);
        Objects.requireNonNull(release);
        Objects.requireNonNull(forcedLogoutPresence);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (plainHttpPort < NO_PLAIN_HTTP_PORT || plainHttpPort > 65535) {
            throw new IllegalArgumentException("plain HTTP port out of range: " + plainHttpPort);
        }
        if (notificationDelay.isNegative()) {
            throw new IllegalArgumentException("negative notification delay");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive");
        }
        if (desktopDisconnectGrace.isNegative()) {
            throw new IllegalArgumentException("negative desktop disconnect grace period");
        }
    }

    /** Plain HTTP on one port with Finesse's defaults for everything else. */
    public RestServerConfig(String bindHost, int port, SystemInfoSettings systemInfo, Duration notificationDelay) {
        this(bindHost, port, systemInfo, notificationDelay, null, NO_PLAIN_HTTP_PORT, LockoutPolicy.finesseDefault(),
                DEFAULT_IDLE_TIMEOUT, FINESSE_DESKTOP_DISCONNECT_GRACE, false, Release.CURRENT,
                ForcedLogoutPresence.DESKTOP);
    }

    /** Loopback, a free port, a single in-service node. */
    public static RestServerConfig localDefaults(DeploymentType deploymentType) {
        return new RestServerConfig("127.0.0.1", 0, SystemInfoSettings.localDefaults(deploymentType),
                DEFAULT_NOTIFICATION_DELAY);
    }

    /** HTTPS on {@link #port()} with this context's key material. */
    public RestServerConfig withTls(SSLContext context) {
        return new RestServerConfig(bindHost, port, systemInfo, notificationDelay, Objects.requireNonNull(context),
                plainHttpPort, lockout, idleTimeout, desktopDisconnectGrace, logoutOnAgentDisconnect,
                release, forcedLogoutPresence);
    }

    public RestServerConfig withPlainHttpPort(int extraPort) {
        return new RestServerConfig(bindHost, port, systemInfo, notificationDelay, tls, extraPort, lockout,
                idleTimeout, desktopDisconnectGrace, logoutOnAgentDisconnect,
                release, forcedLogoutPresence);
    }

    public RestServerConfig withLockout(LockoutPolicy policy) {
        return new RestServerConfig(bindHost, port, systemInfo, notificationDelay, tls, plainHttpPort, policy,
                idleTimeout, desktopDisconnectGrace, logoutOnAgentDisconnect,
                release, forcedLogoutPresence);
    }

    public RestServerConfig withIdleTimeout(Duration timeout) {
        return new RestServerConfig(bindHost, port, systemInfo, notificationDelay, tls, plainHttpPort, lockout,
                timeout, desktopDisconnectGrace, logoutOnAgentDisconnect,
                release, forcedLogoutPresence);
    }

    public RestServerConfig withDesktopDisconnect(Duration grace, boolean logoutOnDisconnect) {
        return new RestServerConfig(bindHost, port, systemInfo, notificationDelay, tls, plainHttpPort, lockout,
                idleTimeout, grace, logoutOnDisconnect, release, forcedLogoutPresence);
    }

    public RestServerConfig withRelease(Release played) {
        return new RestServerConfig(bindHost, port, systemInfo, notificationDelay, tls, plainHttpPort, lockout,
                idleTimeout, desktopDisconnectGrace, logoutOnAgentDisconnect, played, forcedLogoutPresence);
    }

    /** Whose presence the forced logout follows (docs/finesse-contract.md §14.3). */
    public RestServerConfig withForcedLogoutPresence(ForcedLogoutPresence reading) {
        return new RestServerConfig(bindHost, port, systemInfo, notificationDelay, tls, plainHttpPort, lockout,
                idleTimeout, desktopDisconnectGrace, logoutOnAgentDisconnect, release, reading);
    }

    public boolean servesHttps() {
        return tls != null;
    }

    @Override
    public String toString() {
        return "RestServerConfig[bindHost=" + bindHost + ", port=" + port + ", https=" + servesHttps()
                + ", plainHttpPort=" + plainHttpPort + ", deploymentType=" + systemInfo.deploymentType() + ", release="
                + release + "]";
    }
}
