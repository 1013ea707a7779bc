package io.finesseacceptance.bench;

import io.finesseacceptance.interop.ProsodyBackedFinesse;
import io.finesseacceptance.interop.ProsodyBackedFinesse.Route;
import io.finesseacceptance.interop.ProsodyServer;
import io.finesseacceptance.selftest.FeatureRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@code @sign-out} feature N times on each route to a real XMPP server (Prosody, 3 agents,
 * every run opening its sessions afresh, as a CI run does) and prints runs, failed runs and their
 * messages: {@code ./mvnw -q -Pflake [-Dflake.runs=50] [-Dflake.routes=BOSH_HTTP,WEBSOCKET_WSS]}.
 * Bounded by count and by a time limit per route.
 */
public final class FlakeBenchmark {

    private static final Duration TIME_LIMIT_PER_ROUTE = Duration.ofMinutes(10);

    private FlakeBenchmark() {
    }

    public static void main(String[] args) {
        int runs = Integer.getInteger("flake.runs", 50);
        String chosen = System.getProperty("flake.routes", "");
        List<Route> routes = chosen.isBlank() ? List.of(Route.values())
                : Arrays.stream(chosen.split(",")).map(String::trim).map(Route::valueOf).toList();
        ProsodyServer.missing().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        Map<Route, List<String>> failures = new LinkedHashMap<>();
        Map<Route, Integer> done = new LinkedHashMap<>();
        Map<Route, Long> millis = new LinkedHashMap<>();
        Path folder = Path.of("target", "prosody", "flake-" + ProcessHandle.current().pid());
        try (ProsodyBackedFinesse lab = ProsodyBackedFinesse.start(folder, 3)) {
            for (Route route : routes) {
                List<String> failed = new ArrayList<>();
                long start = System.nanoTime();
                int run = 0;
                while (run < runs && System.nanoTime() - start < TIME_LIMIT_PER_ROUTE.toNanos()) {
                    FeatureRun.Outcome outcome = FeatureRun.run(lab.settings(route), FeatureRun.SIGN_OUT, "@sign-out");
                    run++;
                    if (!outcome.failures().isEmpty() || outcome.scenariosSucceeded() != 2) {
                        failed.add("run " + run + ": " + (outcome.failures().isEmpty()
                                ? outcome.scenariosSucceeded() + " of 2 scenarios passed" : outcome.failureMessages()));
                    }
                }
                done.put(route, run);
                failures.put(route, failed);
                millis.put(route, Duration.ofNanos(System.nanoTime() - start).toMillis());
            }
        }
        System.out.println();
        System.out.println("| route | runs | failed runs | mean run |");
        System.out.println("|---|---|---|---|");
        done.forEach((route, count) -> System.out.printf("| %s | %d | %d | %.1f s |%n", route, count,
                failures.get(route).size(), millis.get(route) / 1000.0 / Math.max(1, count)));
        failures.forEach((route, failed) -> failed.forEach(message -> System.out.println(route + " " + message)));
        System.out.println("emptyRequestDelay: "
                + System.getProperty("org.igniterealtime.jbosh.BOSHClient.emptyRequestDelay", "(jbosh default 100)") + " ms");
        System.exit(failures.values().stream().allMatch(List::isEmpty) ? 0 : 1);
    }
}
