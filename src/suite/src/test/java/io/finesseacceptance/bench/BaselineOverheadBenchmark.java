package io.finesseacceptance.bench;

import io.finesseacceptance.selftest.FeatureRun;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import io.finesseacceptance.upgrade.UpgradeBaselineTask;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What recording and comparing an upgrade baseline add to a suite run: runs the features (all but
 * {@code @simulator-only}, as {@code UpgradeVerdictSelfIT}) against one embedded simulator, plain, recording
 * a baseline, and comparing with one, interleaved round by round, and prints each mode's wall-clock time and
 * its overhead over the plain run: {@code ./mvnw -q -Pbaseline-bench [-Dbench.rounds=5] [-Dbench.ctiDelayMs=20]}.
 * One warm-up run and the baseline's recording are not timed. Bounded by the rounds.
 */
public final class BaselineOverheadBenchmark {

    private static final String TAGS = "not @simulator-only";

    private enum Mode {
        PLAIN("plain"), RECORD("record"), COMPARE("compare");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    private BaselineOverheadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.getInteger("bench.rounds", 5);
        Duration ctiDelay = Duration.ofMillis(Integer.getInteger("bench.ctiDelayMs", 20));
        String loadAtStart = loadAverage();
        Path dir = Files.createTempDirectory("baseline-bench");
        Path baseline = dir.resolve("baseline.json");
        Path recorded = dir.resolve("recorded.json");
        Path verdict = dir.resolve("verdict.md");
        Map<Mode, List<Double>> seconds = new EnumMap<>(Mode.class);
        Map<Mode, List<Double>> cpuSeconds = new EnumMap<>(Mode.class);
        Mode[] modes = Mode.values();
        SimulatorConfig options = SimulatorConfig.defaults().withNotificationDelay(ctiDelay);
        try (FinesseSimulator simulator = FinesseSimulator.start(options)) {
            Map<String, String> lab = new HashMap<>(simulator.labSettings());
            lab.put(LabSettings.EVENT_TIMEOUT, "3");
            lab.put(LabSettings.QUIET_PERIOD, "0.5");
            Map<Mode, Map<String, String>> settings = new EnumMap<>(Mode.class);
            settings.put(Mode.PLAIN, lab);
            settings.put(Mode.RECORD, with(lab, Map.of(UpgradeBaselineTask.RECORD, recorded.toString())));
            settings.put(Mode.COMPARE, with(lab, Map.of(UpgradeBaselineTask.COMPARE, baseline.toString(),
                    UpgradeBaselineTask.VERDICT, verdict.toString())));

            timed("warm-up", lab, new double[1]);
            timed("baseline", with(lab, Map.of(UpgradeBaselineTask.RECORD, baseline.toString())), new double[1]);
            for (int round = 0; round < rounds; round++) {
                // each round starts with another mode, so no mode always runs first (or after the same one)
                for (int i = 0; i < modes.length; i++) {
                    Mode mode = modes[(round + i) % modes.length];
                    double[] cpu = new double[1];
                    seconds.computeIfAbsent(mode, m -> new ArrayList<>())
                            .add(timed(mode.label + " (round " + (round + 1) + ")", settings.get(mode), cpu));
                    cpuSeconds.computeIfAbsent(mode, m -> new ArrayList<>()).add(cpu[0]);
                }
            }
        }
        String loadAtEnd = loadAverage();
        for (Path file : List.of(baseline, recorded, verdict, dir)) {
            Files.deleteIfExists(file);
        }
        System.out.println(report(seconds, cpuSeconds, ctiDelay, rounds, loadAtStart, loadAtEnd));
    }

    private static Map<String, String> with(Map<String, String> lab, Map<String, String> baselineSettings) {
        Map<String, String> settings = new HashMap<>(lab);
        settings.putAll(baselineSettings);
        return settings;
    }

    /**
     * One run of the features: its wall-clock seconds, and into {@code cpu[0]} the CPU seconds this JVM spent
     * meanwhile (the features and the simulator alike), which another build on the machine moves far less.
     * A run with a failure ends the benchmark.
     */
    private static double timed(String what, Map<String, String> settings, double[] cpu) {
        long cpuStarted = processCpuNanos();
        long started = System.nanoTime();
        FeatureRun.Outcome outcome = FeatureRun.run(settings, TAGS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        cpu[0] = (processCpuNanos() - cpuStarted) / 1e9;
        if (!outcome.failures().isEmpty() || outcome.scenariosStarted() == 0) {
            throw new IllegalStateException("the " + what + " run failed (" + outcome.failures().size()
                    + " failures, " + outcome.scenariosSucceeded() + "/" + outcome.scenariosStarted()
                    + " passed); the benchmark stops:\n" + outcome.failureMessages());
        }
        return elapsed;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String report(Map<Mode, List<Double>> seconds, Map<Mode, List<Double>> cpuSeconds,
                                 Duration ctiDelay, int rounds, String loadAtStart, String loadAtEnd) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Upgrade baseline overhead: features '%s', CTI delay %d ms, %d rounds,"
                + " %d CPUs%n", TAGS, ctiDelay.toMillis(), rounds, Runtime.getRuntime().availableProcessors()));
        out.append(String.format(Locale.ROOT, "%-8s %4s %8s %8s %8s %8s %9s %9s %9s%n",
                "mode", "runs", "median s", "mean s", "min s", "max s", "overhead", "cpu s", "cpu ovh"));
        double plain = median(seconds.getOrDefault(Mode.PLAIN, List.of()));
        double plainCpu = median(cpuSeconds.getOrDefault(Mode.PLAIN, List.of()));
        for (Mode mode : Mode.values()) {
            List<Double> runs = seconds.getOrDefault(mode, List.of());
            if (runs.isEmpty()) {
                continue;
            }
            double median = median(runs);
            double cpu = median(cpuSeconds.getOrDefault(mode, List.of()));
            out.append(String.format(Locale.ROOT, "%-8s %4d %8.2f %8.2f %8.2f %8.2f %9s %9.2f %9s%n", mode.label, runs.size(),
                    median, runs.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    runs.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    runs.stream().mapToDouble(Double::doubleValue).max().orElse(0), overhead(mode, median, plain),
                    cpu, overhead(mode, cpu, plainCpu)));
        }
        out.append("overhead: each mode's median over the plain runs' median, wall clock and (cpu) this JVM's"
                + " CPU time\n");
        out.append("load average (1, 5, 15 min): start ").append(loadAtStart).append(", end ").append(loadAtEnd);
        return out.toString();
    }

    private static String overhead(Mode mode, double median, double plain) {
        return mode == Mode.PLAIN ? "-" : String.format(Locale.ROOT, "%+.1f %%", (median - plain) / plain * 100);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", Arrays.copyOf(fields, 3));
        } catch (IOException | RuntimeException unavailable) {
            return "(unavailable)";
        }
    }
}
