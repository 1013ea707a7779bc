package io.finesseacceptance.agent;

import io.finesseacceptance.lab.AgentAccount;
import io.finesseacceptance.lab.LabSettings;
import io.finesseacceptance.lab.LabSettingsException;
import io.finesseacceptance.notify.NotificationServiceUnreachable;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseApiException;
import io.finesseacceptance.rest.FinesseResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a lab before any scenario touches it, using only reads and one XMPP login: SystemInfo reachable
 * and IN_SERVICE, every configured agent's credentials accepted, the notification service reachable.
 */
public final class LabPreflight {

    private LabPreflight() {
    }

    public static FinesseLab connect(LabSettings settings, ExchangeListener listener) {
        FinesseLab lab;
        try {
            lab = FinesseLab.connect(settings, listener);
        } catch (LabNotInService | LabSettingsException refused) {
            throw new PreflightFailed(List.of(refused.getMessage()));
        } catch (FinesseApiException answered) {
            throw new PreflightFailed(List.of(LabSettings.BASE_URL + " " + settings.baseUrl() + ": "
                    + answered.getMessage()));
        } catch (Exception unreachable) { // REST Assured rethrows IOExceptions unchecked, without declaring them
            throw new PreflightFailed(List.of(LabSettings.BASE_URL + " " + settings.baseUrl()
                    + ": GET SystemInfo failed: " + rootMessage(unreachable)));
        }
        List<String> problems = new ArrayList<>();
        List<AgentAccount> accepted = new ArrayList<>();
        for (AgentAccount agent : settings.agents()) {
            credentialProblem(lab, agent).ifPresentOrElse(problems::add, () -> accepted.add(agent));
        }
        if (!accepted.isEmpty()) {
            try {
                lab.probeNotifications(accepted.get(0));
            } catch (NotificationServiceUnreachable unreachable) {
                problems.add("notifications (" + settings.describeNotifications() + "): "
                        + rootMessage(unreachable));
            }
        }
        if (!problems.isEmpty()) {
            lab.close();
            throw new PreflightFailed(problems);
        }
        return lab;
    }

    private static java.util.Optional<String> credentialProblem(FinesseLab lab, AgentAccount agent) {
        try {
            FinesseResponse answer = lab.readUser(agent, agent.id());
            return answer.status() == 200 ? java.util.Optional.empty()
                    : java.util.Optional.of("agent " + agent.id() + " (" + LabSettings.AGENTS + "): GET User answered "
                            + answer.status() + " " + answer.apiErrors()
                            + (answer.status() == 401 ? ", check its password" : ""));
        } catch (Exception unreachable) {
            return java.util.Optional.of("agent " + agent.id() + ": GET User failed: " + rootMessage(unreachable));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == failure ? message : failure.getMessage() + " (" + message + ")";
    }
}
