package io.finesseacceptance.report;

import io.finesseacceptance.finesse.SystemInfo;
import io.finesseacceptance.lab.FinesseDeployment;
import io.finesseacceptance.lab.FinesseLab;
import java.util.stream.Collectors;

/** One side of the deployment in a line, for the log and the report's environment. */
public final class DeploymentSides {

    private DeploymentSides() {
    }

    /** e.g. {@code https://a:8445 IN_SERVICE, XMPP over TCP …, domain a.lab, 'finesse' user AVAILABLE, ctiVersion 21}. */
    public static String describe(FinesseDeployment.CheckedSide side) {
        FinesseLab lab = side.lab();
        SystemInfo info = lab.systemInfo();
        String versions = SystemInfoVersions.of(lab.settings().baseUrl()).entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
        return "%s (%s) %s, %s, domain %s, 'finesse' user %s%s".formatted(
                AllureEnvironment.withoutCredentials(lab.settings().baseUrl()), side.origin(), info.status(),
                lab.settings().describeNotifications(), lab.notificationEndpoint().xmppDomain(),
                switch (side.finessePresence()) {
                    case NOT_SHOWN -> "presence not shown";
                    case AVAILABLE -> "AVAILABLE";
                    case UNAVAILABLE -> "UNAVAILABLE";
                },
                versions.isEmpty() ? "" : ", " + versions);
    }
}
