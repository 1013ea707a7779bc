package io.finesseacceptance.lab;

import io.finesseacceptance.agent.ConfirmationListener;
import io.finesseacceptance.finesse.FinesseDocuments;
import io.finesseacceptance.finesse.XmlNode;
import io.finesseacceptance.notify.FailureChain;
import io.finesseacceptance.notify.FinesseUserPresence;
import io.finesseacceptance.notify.NotificationEndpoint;
import io.finesseacceptance.notify.NotificationServiceUnreachable;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseApiException;
import io.finesseacceptance.rest.FinesseResponse;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsException;
import io.finesseacceptance.settings.SideSelection;
import io.finesseacceptance.settings.SupervisorAccount;
import io.finesseacceptance.settings.TlsTrust;
import io.finesseacceptance.settings.XmppSecurity;
import io.finesseacceptance.settings.XmppTransport;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a lab before any scenario touches it, using only reads and one XMPP login per side, in the guide's
 * order for each side (docs/finesse-contract.md §20): SystemInfo reachable and IN_SERVICE, every configured
 * agent's credentials accepted, the notification service reachable, and the {@code finesse} user's presence
 * AVAILABLE where the lab shows it. A secondary comes from FINESSE_SECONDARY_BASE_URL, else from SystemInfo.
 */
public final class LabPreflight {

    /**
     * How long a fresh session waits to hear the {@code finesse} user's presence after its login, whose ping round
     * trip already followed its initial presence (the contact's presence answers that); a lab may never show it,
     * and every run pays this once per side.
     */
    private static final Duration FINESSE_PRESENCE_WAIT = Duration.ofMillis(500);

    private LabPreflight() {
    }

    public static FinesseDeployment connect(LabSettings settings, ExchangeListener listener) {
        return connect(settings, listener, ConfirmationListener.NONE);
    }

    /** As above; {@code confirmations} hears every state change the lab's desks see confirmed. */
    public static FinesseDeployment connect(LabSettings settings, ExchangeListener given,
                                            ConfirmationListener confirmations) {
        FailoverWatch watch = new FailoverWatch();
        ExchangeListener listener = exchange -> {
            given.exchanged(exchange);
            watch.exchanged(exchange);
        };
        boolean secondaryNamed = settings.secondaryBaseUrl().isPresent()
                && settings.sides().orElse(SideSelection.BOTH) == SideSelection.BOTH;
        FinesseDeployment.CheckedSide primary = checkSide(settings, listener, confirmations,
                secondaryNamed ? "primary side " + settings.baseUrl() + ": " : "", LabSettings.BASE_URL);
        Optional<URI> secondaryUrl = settings.secondaryBaseUrl()
                .or(() -> SecondaryNode.baseUrl(settings.baseUrl(), primary.lab().systemInfo()));
        if (secondaryUrl.isEmpty() || settings.sides().orElse(SideSelection.BOTH) == SideSelection.PRIMARY) {
            return new FinesseDeployment(List.of(primary), watch);
        }
        String origin = settings.secondaryBaseUrl().isPresent() ? LabSettings.SECONDARY_BASE_URL
                : "SystemInfo secondaryNode";
        try {
            FinesseDeployment.CheckedSide secondary = checkSide(settings.sideAt(secondaryUrl.get()), listener,
                    confirmations, "secondary side " + secondaryUrl.get() + " (" + origin + "; "
                            + LabSettings.SIDES + "=primary leaves it out): ", origin);
            return new FinesseDeployment(List.of(primary, secondary), watch);
        } catch (RuntimeException failed) {
            primary.lab().close();
            throw failed;
        }
    }

    /** One side's checks; every problem line starts with {@code sideName} when the deployment has two. */
    private static FinesseDeployment.CheckedSide checkSide(LabSettings settings, ExchangeListener listener,
                                                           ConfirmationListener confirmations, String sideName,
                                                           String origin) {
        try {
            return checkedSide(settings, listener, confirmations, origin);
        } catch (PreflightFailed failed) {
            throw sideName.isEmpty() ? failed : new PreflightFailed(failed.problems().stream()
                    .map(problem -> sideName + problem).toList());
        }
    }

    private static FinesseDeployment.CheckedSide checkedSide(LabSettings settings, ExchangeListener listener,
                                                             ConfirmationListener confirmations, String origin) {
        EndpointProbe probe;
        try {
            probe = new EndpointProbe(TlsTrust.from(settings));
        } catch (RuntimeException unusableCa) {
            throw new PreflightFailed(List.of(LabSettings.CA_CERT + ": " + rootMessage(unusableCa)));
        }
        URI base = settings.baseUrl();
        String baseName = settings.baseUrlSettingName();
        boolean https = "https".equalsIgnoreCase(base.getScheme());
        probe.problem(baseName, base.getHost(), port(base), https ? Optional.of(base.getHost()) : Optional.empty(),
                EndpointProbe.httpGet(base.getHost(), "/finesse/api/SystemInfo")).ifPresent(problem -> {
                    throw new PreflightFailed(List.of(problem));
                });
        FinesseLab lab;
        try {
            lab = FinesseLab.connect(settings, listener, confirmations);
        } catch (LabNotInService | LabSettingsException refused) {
            throw new PreflightFailed(List.of(refused.getMessage()));
        } catch (FinesseApiException answered) {
            // SystemInfo is read as the first agent: a 401 is that agent's password, tried once only
            throw new PreflightFailed(List.of(answered.response().status() == 401
                    ? "agent " + settings.agents().get(0).id() + " (" + LabSettings.AGENTS + "): password refused (401)"
                            + " reading SystemInfo"
                    : baseName + " " + settings.baseUrl() + ": " + answered.getMessage()));
        } catch (Exception unreachable) { // REST Assured rethrows IOExceptions unchecked, without declaring them
            throw new PreflightFailed(List.of(baseName + " " + settings.baseUrl()
                    + ": GET SystemInfo failed: " + rootMessage(unreachable)));
        }
        List<String> problems = new ArrayList<>();
        List<AgentAccount> accepted = new ArrayList<>();
        for (AgentAccount agent : settings.agents()) {
            credentialProblem(lab, agent).ifPresentOrElse(problems::add, () -> accepted.add(agent));
        }
        for (SupervisorAccount supervisor : settings.supervisors()) {
            supervisorProblem(lab, supervisor).ifPresent(problems::add);
        }
        Optional<String> door = notificationDoorProblem(probe, settings, lab.notificationEndpoint());
        door.ifPresent(problems::add);
        FinesseUserPresence.Seen finesse = FinesseUserPresence.Seen.NOT_SHOWN;
        if (!accepted.isEmpty() && door.isEmpty()) {
            try {
                finesse = lab.probeNotifications(accepted.get(0), FINESSE_PRESENCE_WAIT);
                if (finesse == FinesseUserPresence.Seen.UNAVAILABLE) {
                    problems.add("the notification service shows the '" + FinesseUserPresence.userOf(
                            lab.notificationEndpoint().xmppDomain()) + "' user UNAVAILABLE: Finesse's web services"
                            + " are not connected to it (Tomcat or the web app down)");
                }
            } catch (NotificationServiceUnreachable unreachable) {
                // its message names the endpoint and the setting that chose it
                problems.add(unreachable.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            lab.close();
            throw new PreflightFailed(problems);
        }
        return new FinesseDeployment.CheckedSide(lab, finesse, origin);
    }

    /** The short look at the notification service's door; package-private for its tests. */
    static Optional<String> notificationDoorProblem(EndpointProbe probe, LabSettings settings,
                                                    NotificationEndpoint endpoint) {
        if (endpoint.transport() == XmppTransport.WEBSOCKET) {
            URI webSocket = endpoint.webSocketUrl().orElseThrow();
            boolean wss = "wss".equalsIgnoreCase(webSocket.getScheme());
            String path = webSocket.getRawPath() == null || webSocket.getRawPath().isEmpty() ? "/" : webSocket.getRawPath();
            int port = webSocket.getPort() > 0 ? webSocket.getPort() : wss ? 443 : 80;
            return probe.problem(LabSettings.XMPP_WEBSOCKET_URL, webSocket.getHost(), port,
                    wss ? Optional.of(webSocket.getHost()) : Optional.empty(),
                    EndpointProbe.webSocketUpgrade(webSocket.getHost(), port, path),
                    statusLine -> EndpointProbe.webSocketUpgradeRefused(path, statusLine));
        }
        if (endpoint.transport() == XmppTransport.BOSH) {
            URI bosh = endpoint.boshUrl().orElseThrow();
            boolean https = "https".equalsIgnoreCase(bosh.getScheme());
            return probe.problem(LabSettings.XMPP_BOSH_URL, bosh.getHost(), port(bosh),
                    https ? Optional.of(bosh.getHost()) : Optional.empty(),
                    EndpointProbe.httpGet(bosh.getHost(), bosh.getRawPath()));
        }
        return probe.problem(settings.notificationSettingNames(), endpoint.host(), endpoint.port(),
                endpoint.security() == XmppSecurity.DIRECT_TLS ? Optional.of(endpoint.xmppDomain()) : Optional.empty(),
                EndpointProbe.xmppStreamHeader(endpoint.xmppDomain()));
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    private static Optional<String> credentialProblem(FinesseLab lab, AgentAccount agent) {
        try {
            FinesseResponse answer = lab.readUser(agent, agent.id());
            if (answer.status() == 401) {
                return Optional.of("agent " + agent.id() + " (" + LabSettings.AGENTS + "): password refused (401);"
                        + " not tried again, since Finesse locks a user out after five");
            }
            return answer.status() == 200 ? Optional.empty()
                    : Optional.of("agent " + agent.id() + " (" + LabSettings.AGENTS + "): GET User answered "
                            + answer.status() + " " + answer.apiErrors());
        } catch (Exception unreachable) {
            return Optional.of("agent " + agent.id() + ": GET User failed: " + rootMessage(unreachable));
        }
    }

    /** Read-only, once: the supervisor's own User must answer and list the Supervisor role. */
    private static Optional<String> supervisorProblem(FinesseLab lab, SupervisorAccount supervisor) {
        String who = "supervisor " + supervisor.id() + " (" + LabSettings.SUPERVISORS + ")";
        try {
            FinesseResponse answer = lab.readUser(supervisor.asAccount(), supervisor.id());
            if (answer.status() == 401) {
                return Optional.of(who + ": password refused (401); not tried again, since Finesse locks a user out"
                        + " after five");
            }
            if (answer.status() != 200) {
                return Optional.of(who + ": GET User answered " + answer.status() + " " + answer.apiErrors());
            }
            List<String> roles = FinesseDocuments.roles(XmlNode.parse(answer.body()));
            return roles.stream().anyMatch("Supervisor"::equalsIgnoreCase) ? Optional.empty()
                    : Optional.of(who + ": has no Supervisor role (roles " + roles + ")");
        } catch (Exception unreachable) {
            return Optional.of(who + ": GET User failed: " + rootMessage(unreachable));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = FailureChain.root(failure);
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == failure ? message : failure.getMessage() + " (" + message + ")";
    }
}
