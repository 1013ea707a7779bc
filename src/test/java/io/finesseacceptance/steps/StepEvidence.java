package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.notify.UserNotification;
import io.qameta.allure.Allure;
import java.util.List;

/** Puts what a step saw into the report: the notifications received and how long they took. */
public final class StepEvidence {

    public void attachNewNotifications(ScenarioAgent agent) {
        agent.leased().ifPresent(desk -> {
            List<UserNotification> fresh = desk.feed().since(agent.reportedUpTo());
            for (UserNotification notification : fresh) {
                Allure.addAttachment("Notification #%d for agent %s (%s)".formatted(notification.sequence(),
                                desk.id(), notification.user().map(u -> u.state().name()).orElse("error")),
                        "application/xml", notification.payload(), ".xml");
            }
            agent.reportedUpTo(agent.reportedUpTo() + fresh.size());
        });
    }

    public void announced(AgentDesk desk, StateChange change, AnnouncedState announced) {
        double answerMs = (change.answeredNanos() - change.sentNanos()) / 1e6;
        double notifiedMs = (announced.notification().landedNanos() - change.sentNanos()) / 1e6;
        Allure.addAttachment("Latency of %s for agent %s".formatted(change.request(), desk.id()), "text/plain",
                "requestId %s%nHTTP answer after %.1f ms%nnotification landed after %.1f ms%nseen by the step %.3f ms later%n"
                        .formatted(change.requestId(), answerMs, notifiedMs, announced.detectionDelayNanos() / 1e6));
    }
}
