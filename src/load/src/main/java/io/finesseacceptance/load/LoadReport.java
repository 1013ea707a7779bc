package io.finesseacceptance.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.finesseacceptance.latency.LatencyChartSvg;
import io.finesseacceptance.latency.LatencySummary;
import io.finesseacceptance.latency.TransitionLatency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * A load run as people read it: the table printed at the end (and saved as {@code summary.txt}), the
 * same figures as {@code summary.json}, and {@code notification-latency.svg}, the project's latency chart.
 * A run over two sides adds, under each transition, a row per side, and a line per side (its agents, changes,
 * errors and latency over every transition); a one-side run has neither.
 */
final class LoadReport {

    private final LoadResult result;

    LoadReport(LoadResult result) {
        this.result = result;
    }

    String table() {
        StringBuilder text = new StringBuilder();
        LoadPlan plan = result.plan();
        text.append(String.format(Locale.ROOT, "Load run: %s%n", plan.describe()));
        text.append(String.format(Locale.ROOT, "%d sessions up (%d failed, opened in %.1f s); ran %.1f s; %d state"
                        + " changes confirmed: %.0f/s after the ramp-up (%.0f/s over the whole run), %.0f/s at the busiest %d s%n",
                result.agentsUp(), result.sessionFailures(), result.sessionsOpenedIn().toMillis() / 1000.0,
                result.ran().toMillis() / 1000.0, result.confirmedChanges(), result.steadyChangesPerSecond(),
                result.changesPerSecond(),
                result.peakChangesPerSecond(), LoadPlan.PROGRESS_EVERY.toSeconds()));
        text.append(String.format(Locale.ROOT, "%-28s %8s %8s %6s %17s %7s | %-31s | %-31s%n", "transition", "requests",
                "202s", "errors", "notifications", "missing", "PUT ms p50 / p95 / p99 / max",
                "notification ms p50/p95/p99/max"));
        for (TransitionStats stats : result.transitions()) {
            text.append(row(stats.transition().label(), stats));
            for (SideResult side : result.sides()) {
                text.append(row("  " + side.side().label(), ofTransition(side, stats.transition())));
            }
        }
        for (SideResult side : result.sides()) {
            text.append(String.format(Locale.ROOT, "%s side: %d agents, %d requests, %d changes confirmed, %d errors,"
                            + " %d missing; every transition: PUT ms %s, notification ms %s%n", side.side().label(),
                    side.agents(), side.requests(), side.changes(), side.errors(), side.missing(),
                    compact(side.putLatency()), compact(side.notificationLatency())));
        }
        result.transitions().forEach(stats -> {
            if (stats.errorCount() > 0) {
                text.append("  ").append(stats.transition().label()).append(" errors: ")
                        .append(stats.errorsByType()).append('\n');
            }
            stats.missingNames().forEach(name -> text.append("  missing: ").append(name).append('\n'));
        });
        ResourceUse.Figures use = result.resources();
        text.append(String.format(Locale.ROOT, "CPU over %.1f s of load on %d cores: %.1f s (%.2f cores busy);"
                        + " simulator threads %.1f s, suite and JVM %.1f s (%.2f ms per state change)%n",
                use.loadSeconds(), use.cores(), use.cpuSeconds(), use.coresBusy(), use.simulatorCpuSeconds(),
                use.suiteCpuSeconds(), result.confirmedChanges() == 0 ? 0
                        : use.suiteCpuSeconds() * 1000 / result.confirmedChanges()));
        text.append(String.format(Locale.ROOT, "Heap after GC: %.0f MiB before the sessions, %.0f MiB with them"
                        + " (%.0f KiB per agent), %.0f MiB after the load; peak heap used %.0f MiB of %.0f MiB max;"
                        + " peak threads %d%n",
                use.heapBaselineMib(), use.heapWithSessionsMib(), use.heapPerAgentKib(), use.heapAfterLoadMib(),
                use.peakHeapMib(), use.maxHeapMib(), use.peakThreads()));
        text.append(String.format(Locale.ROOT, "Afterwards: %s, %d still cycling at the hard stop%n",
                result.afterwards(), result.stillCycling()));
        List<String> problems = result.problems();
        text.append(problems.isEmpty() ? "Every request answered 202, every notification received.\n"
                : "PROBLEMS: " + String.join("; ", problems) + "\n");
        return text.toString();
    }

    /** Writes summary.txt, summary.json and notification-latency.svg next to the .hlog files. */
    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("summary.txt"), table(), StandardCharsets.UTF_8);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(directory.resolve("summary.json").toFile(), json());
            Files.writeString(directory.resolve("notification-latency.svg"), LatencyChartSvg.render(chart()),
                    StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private List<TransitionLatency> chart() {
        List<TransitionLatency> bars = new ArrayList<>();
        for (TransitionStats stats : result.transitions()) {
            LatencySummary latency = LatencySummary.of(stats.notificationLatency()).toTenths();
            if (latency.count() > 0) {
                bars.add(new TransitionLatency(stats.transition().label(), (int) latency.count(), latency.p50(),
                        latency.p95(), latency.max()));
            }
        }
        return bars;
    }

    private Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        LoadPlan plan = result.plan();
        root.put("plan", Map.of("agents", plan.agents(), "seconds", plan.duration().toSeconds(),
                "rampSeconds", plan.rampUp().toSeconds(), "paceMs", plan.pace().toMillis(),
                "ctiDelayMs", plan.ctiDelay().toMillis(), "cycles", plan.cycles(),
                "notificationTimeoutMs", plan.notificationTimeout().toMillis()));
        root.put("sessionsUp", result.agentsUp());
        root.put("sessionFailures", result.sessionFailures());
        root.put("sessionsOpenedInSeconds", result.sessionsOpenedIn().toMillis() / 1000.0);
        root.put("ranSeconds", result.ran().toMillis() / 1000.0);
        root.put("confirmedChanges", result.confirmedChanges());
        root.put("changesPerSecond", round(result.changesPerSecond()));
        root.put("changesPerSecondAfterRampUp", round(result.steadyChangesPerSecond()));
        root.put("peakChangesPerSecond", round(result.peakChangesPerSecond()));
        List<Map<String, Object>> transitions = new ArrayList<>();
        for (TransitionStats stats : result.transitions()) {
            transitions.add(transitionJson(stats));
        }
        root.put("transitions", transitions);
        if (!result.sides().isEmpty()) {
            root.put("sides", sidesJson());
        }
        root.put("resources", result.resources());
        root.put("signedOutAfterwards", result.signedOut());
        root.put("foundSignedInBefore", result.afterwards().foundSignedIn());
        root.put("putBackAfterwards", result.afterwards().putBack());
        root.put("sessionsClosedAfterwards", result.closed());
        root.put("stillCyclingAtHardStop", result.stillCycling());
        root.put("problems", result.problems());
        return root;
    }

    /** Per side: its agents and totals, and per transition the same fields as the run's transitions. */
    private static Map<String, Object> transitionJson(TransitionStats stats) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("transition", stats.transition().name());
        one.put("requests", stats.requests());
        one.put("accepted202", stats.acceptedCount());
        one.put("errors", stats.errorsByType());
        one.put("notificationsExpected", stats.expectedCount());
        one.put("notificationsReceived", stats.receivedCount());
        one.put("notificationsMissing", stats.missingCount());
        one.put("missingNamed", stats.missingNames());
        one.put("putLatencyMs", figures(stats.putLatency()));
        one.put("notificationLatencyMs", figures(stats.notificationLatency()));
        return one;
    }

    private List<Map<String, Object>> sidesJson() {
        List<Map<String, Object>> sides = new ArrayList<>();
        for (SideResult side : result.sides()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("side", side.side().label());
            one.put("agents", side.agents());
            one.put("requests", side.requests());
            one.put("confirmedChanges", side.changes());
            one.put("errors", side.errors());
            one.put("notificationsMissing", side.missing());
            one.put("putLatencyMs", figures(side.putLatency()));
            one.put("notificationLatencyMs", figures(side.notificationLatency()));
            List<Map<String, Object>> transitions = new ArrayList<>();
            for (TransitionStats stats : side.transitions()) {
                transitions.add(transitionJson(stats));
            }
            one.put("transitions", transitions);
            sides.add(one);
        }
        return sides;
    }

    private static String row(String label, TransitionStats stats) {
        return String.format(Locale.ROOT, "%-28s %8d %8d %6d %8d / %6d %7d | %s | %s%n", label, stats.requests(),
                stats.acceptedCount(), stats.errorCount(), stats.receivedCount(), stats.expectedCount(),
                stats.missingCount(), percentiles(stats.putLatency()), percentiles(stats.notificationLatency()));
    }

    private static TransitionStats ofTransition(SideResult side, Transition transition) {
        return side.transitions().stream().filter(one -> one.transition() == transition).findFirst()
                .orElseThrow(() -> new IllegalStateException(side.side().label() + " has no " + transition));
    }

    private static Map<String, Object> figures(Histogram histogram) {
        LatencySummary summary = LatencySummary.of(histogram).toTenths();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("count", summary.count());
        figures.put("p50", summary.p50());
        figures.put("p95", summary.p95());
        figures.put("p99", summary.p99());
        figures.put("max", summary.max());
        return figures;
    }

    private static String percentiles(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return String.format(Locale.ROOT, "%-31s", "-");
        }
        LatencySummary summary = LatencySummary.of(histogram).toTenths();
        return String.format(Locale.ROOT, "%6.1f / %6.1f / %6.1f / %6.1f", summary.p50(), summary.p95(), summary.p99(),
                summary.max());
    }

    /** p50 / p95 / p99 / max without the table's padding, for a line of text. */
    private static String compact(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return "-";
        }
        LatencySummary summary = LatencySummary.of(histogram).toTenths();
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f", summary.p50(), summary.p95(), summary.p99(),
                summary.max());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
