package io.finesseacceptance.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a load run did: per-transition counts and latencies, how the sessions went, and whether every
 * agent ended signed out, was put back as found and had its session closed.
 *
 * @param sides        on a deployment of two sides, each side's agents and counts (primary first); empty with one
 * @param steadyChangesPerSecond confirmed changes per second from the end of the ramp-up to the end of the planned time
 * @param stillCycling agents that had not reached LOGOUT when the run's hard stop came
 * @param afterwards   agents signed out after the run, those found signed in put back, sessions closed
 */
record LoadResult(LoadPlan plan, List<TransitionStats> transitions, List<SideResult> sides, int agentsUp,
                  int sessionFailures,
                  Duration sessionsOpenedIn, Duration ran, long confirmedChanges, double steadyChangesPerSecond,
                  double peakChangesPerSecond,
                  int stillCycling, Afterwards afterwards, ResourceUse.Figures resources) {

    double changesPerSecond() {
        return ran.isZero() ? 0 : confirmedChanges * 1e9 / ran.toNanos();
    }

    long requests() {
        return transitions.stream().mapToLong(TransitionStats::requests).sum();
    }

    int signedOut() {
        return afterwards.signedOut();
    }

    int closed() {
        return afterwards.closed();
    }

    /** Every count as it must be: each request answered 202, each notification received, all signed out. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (sessionFailures > 0) {
            problems.add(sessionFailures + " XMPP sessions failed to open");
        }
        for (TransitionStats stats : transitions) {
            String name = stats.transition().label();
            if (stats.acceptedCount() != stats.requests()) {
                problems.add(name + ": " + (stats.requests() - stats.acceptedCount()) + " of " + stats.requests()
                        + " requests not answered 202");
            }
            if (stats.errorCount() > 0) {
                problems.add(name + ": errors " + stats.errorsByType());
            }
            if (stats.receivedCount() != stats.expectedCount()) {
                problems.add(name + ": " + stats.receivedCount() + " of " + stats.expectedCount()
                        + " notifications received, " + stats.missingCount() + " missing " + stats.missingNames());
            }
        }
        problems.addAll(SideSums.problems(transitions, sides, agentsUp));
        if (stillCycling > 0) {
            problems.add(stillCycling + " agents still cycling at the hard stop");
        }
        problems.addAll(afterwards.problems());
        return problems;
    }
}
