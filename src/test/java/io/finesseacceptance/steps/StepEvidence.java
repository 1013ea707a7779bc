package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.agent.StateConfirmation;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.report.LatencyLog;
import io.finesseacceptance.report.ReportAttachments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts how long Finesse took into the report, next to the notification that was waited for. */
public final class StepEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(StepEvidence.class);

    /** Latency when a notification confirmed the change; the gap, loudly, when reading back had to. */
    public void confirmed(AgentDesk desk, StateChange change, StateConfirmation confirmation) {
        confirmation.announced().ifPresentOrElse(announced -> announced(desk, change, announced), () -> {
            LOG.warn("Agent {}: {}", desk.id(), confirmation.readBackNote());
            ReportAttachments.attach("NOTIFICATION MISSED (XMPP session down): agent %s confirmed by reading back"
                    .formatted(desk.id()), "text/plain", confirmation.readBackNote(), ".txt");
        });
    }

    private void announced(AgentDesk desk, StateChange change, AnnouncedState announced) {
        double answerMs = (change.answeredNanos() - change.sentNanos()) / 1e6;
        double notifiedMs = (announced.notification().landedNanos() - change.sentNanos()) / 1e6;
        LatencyLog.run().record(change.request().state() + " requested", notifiedMs);
        ReportAttachments.attach("Latency of %s for agent %s".formatted(change.request(), desk.id()), "text/plain",
                "requestId %s%nHTTP answer after %.1f ms%nnotification landed after %.1f ms%nseen by the step %.3f ms later%n"
                        .formatted(change.requestId(), answerMs, notifiedMs, announced.detectionDelayNanos() / 1e6),
                ".txt");
    }
}
