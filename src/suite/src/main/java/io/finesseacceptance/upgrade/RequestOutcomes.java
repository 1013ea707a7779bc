package io.finesseacceptance.upgrade;

import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.finesse.XmlNode;
import io.finesseacceptance.notify.UserNotification;
import io.finesseacceptance.rest.FinesseResponse;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request a scenario sent, in the baseline's words: its answer, what came of it, and the notifications it
 * caused. The agents' ids are written as {@code {agent id}}, so runs with other agents compare alike.
 */
final class RequestOutcomes {

    private RequestOutcomes() {
    }

    static Baseline.RequestOutcome of(AskedRequest asked, List<UserNotification> causedBy, List<String> agentIds) {
        FinesseResponse answer = asked.answer();
        List<String> caused = causedBy.stream().map(n -> describe(n, agentIds)).sorted().toList();
        boolean errorUpdate = causedBy.stream().anyMatch(UserNotification::isError);
        String outcome;
        if (answer.status() >= 400) {
            outcome = asked.stateChange() ? "refused at once" : "refused";
        } else if (!asked.stateChange()) {
            outcome = "answered";
        } else if (errorUpdate) {
            outcome = "refused after accepting (an error Update)";
        } else if (caused.isEmpty()) {
            outcome = "accepted, nothing announced";
        } else {
            outcome = "accepted and announced";
        }
        return new Baseline.RequestOutcome(answerOf(answer, agentIds), outcome, caused);
    }

    private static String answerOf(FinesseResponse answer, List<String> agentIds) {
        String body;
        if (answer.hasEmptyBody()) {
            body = "empty body";
        } else if (!answer.apiErrors().isEmpty()) {
            body = answer.apiErrors().stream().map(e -> error(e, agentIds)).collect(Collectors.joining(", "));
        } else {
            body = rootName(answer.body()) + " body";
        }
        return answer.status() + ", " + body;
    }

    private static String rootName(String body) {
        try {
            return XmlNode.parse(body).name();
        } catch (XmlNode.MalformedXmlException notXml) {
            return "non-XML";
        }
    }

    private static String error(ApiError error, List<String> agentIds) {
        String data = error.errorData() == null ? "" : error.errorData().trim();
        return error.errorType() + (data.isEmpty() ? "" : " (" + (agentIds.contains(data) ? "{agent id}" : data) + ")");
    }

    private static String describe(UserNotification notification, List<String> agentIds) {
        if (notification.isError()) {
            return "error Update: " + notification.errors().stream().map(e -> error(e, agentIds))
                    .collect(Collectors.joining(", "));
        }
        String event = notification.event().isBlank() ? "Update" : notification.event();
        return notification.user().map(user -> event + " user " + user.state()
                        + (user.reasonCode().isPresent() ? " with a reason" : ""))
                .orElse(event + " without user data");
    }
}
