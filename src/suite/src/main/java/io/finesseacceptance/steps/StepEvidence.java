package io.finesseacceptance.steps;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.agent.StateConfirmation;
import io.finesseacceptance.agent.SupervisorDesk;
import io.finesseacceptance.agent.TeamWatch;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.report.ReportAttachments;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts into the report, and the log, how long Finesse took (next to the notification that was waited for)
 * and which of the forms the guide allows it answered in.
 */
public final class StepEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(StepEvidence.class);

    private final CurrentRun run;
    private final Set<String> formsOfThisScenario = new LinkedHashSet<>();

    public StepEvidence(CurrentRun run) {
        this.run = run;
    }

    /** Latency when a notification confirmed the change; the gap, loudly, when reading back had to. */
    public void confirmed(AgentDesk desk, StateChange change, StateConfirmation confirmation) {
        confirmation.announced().ifPresentOrElse(announced -> announced(desk, change, announced), () -> {
            LOG.warn("Agent {}: {}", desk.id(), confirmation.readBackNote());
            ReportAttachments.attach("NOTIFICATION MISSED (XMPP session down): agent %s confirmed by reading back"
                    .formatted(desk.id()), "text/plain", confirmation.readBackNote(), ".txt");
        });
    }

    /**
     * Where the guide allows more than one answer (docs/finesse-contract.md §16), which one this lab gave:
     * one log line, an attachment named after the form, and a count in the run summary.
     *
     * @param asked   what the agent asked for, e.g. "LOGOUT" or "to read user 99999999"
     * @param form    e.g. "refusal form: immediate 400"
     * @param details what was answered and announced, for the attachment
     */
    public void documentedForm(AgentDesk desk, String asked, String form, String details) {
        LOG.info("Agent {} asked for {}: {}", desk.id(), asked, form);
        run.documentedForms().record(form);
        formsOfThisScenario.add(form);
        ReportAttachments.attach(form, "text/plain", "Agent %s asked for %s: %s%n%s".formatted(desk.id(), asked, form,
                details), ".txt");
    }

    /** The documented forms this scenario's answers came in, for the living documentation. */
    public List<String> formsOfThisScenario() {
        return List.copyOf(formsOfThisScenario);
    }

    /** The team's notification of a supervisor's change, as the supervisor's watch received it. */
    public void teamAnnounced(TeamWatch watch, SupervisorDesk.SupervisorChange change, AnnouncedState announced) {
        double notifiedMs = (announced.notification().landedNanos() - change.change().sentNanos()) / 1e6;
        LOG.info("Agent {}: {} announced on {} after {} ms", change.change().agentId(), change.change().request(),
                watch.node(), String.format(Locale.ROOT, "%.1f", notifiedMs));
        ReportAttachments.attach("Team notification #%d on %s for agent %s".formatted(announced.notification().sequence(),
                watch.node(), change.change().agentId()), "application/xml", announced.notification().payload(), ".xml");
    }

    /** Which outcome a forced-logout scenario expects on this lab, and why, before it waits. */
    public void expectation(AgentDesk desk, String expectation) {
        LOG.info("Agent {}: {}", desk.id(), expectation);
        ReportAttachments.attach("Expected of this lab", "text/plain", expectation, ".txt");
    }

    private void announced(AgentDesk desk, StateChange change, AnnouncedState announced) {
        double answerMs = (change.answeredNanos() - change.sentNanos()) / 1e6;
        double notifiedMs = (announced.notification().landedNanos() - change.sentNanos()) / 1e6;
        run.latency().record(change.request().state() + " requested", notifiedMs);
        ReportAttachments.attach("Latency of %s for agent %s".formatted(change.request(), desk.id()), "text/plain",
                ("requestId %s (%s in the notification)%nHTTP answer after %.1f ms%nnotification landed after %.1f ms%n"
                        + "seen by the step %.3f ms later%n").formatted(change.requestId(),
                        announced.notification().hasRequestId() ? "echoed" : "not echoed", answerMs, notifiedMs,
                        announced.detectionDelayNanos() / 1e6),
                ".txt");
    }
}
