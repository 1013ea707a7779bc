package io.finesseacceptance.load;

import io.finesseacceptance.latency.LatencySummary;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Adds up the injectors' results: {@code java ... LoadMerge dir1 dir2 ...}, each directory one injector's
 * {@code load.outputDir} (its {@code put-latency.hlog}, {@code notification-latency.hlog} and
 * {@code counts.properties}). The histograms are added per transition (the .hlog tag), so the percentiles
 * are those of all injectors' samples together, not an average of percentiles. Prints the per-transition
 * table; fails (non-zero exit) when a count is wrong or an agent was taken by two injectors.
 */
public final class LoadMerge {

    private LoadMerge() {
    }

    /** One transition over every injector. */
    record Row(Transition transition, long requests, long accepted, long errors, long expected, long received,
               long missing, Histogram put, Histogram notification) {
    }

    record Merged(int injectorsRead, List<String> agents, Map<Transition, Row> rows, Afterwards afterwards) {

        int signedOut() {
            return afterwards.signedOut();
        }

        int closed() {
            return afterwards.closed();
        }

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (agents.stream().distinct().count() != agents.size()) {
                problems.add("an agent was run by more than one injector");
            }
            for (Row row : rows.values()) {
                if (row.accepted() != row.requests() || row.errors() > 0 || row.received() != row.expected()
                        || row.put().getTotalCount() != row.accepted()
                        || row.notification().getTotalCount() != row.received()) {
                    problems.add(row.transition().label() + ": counts or histograms do not add up");
                }
            }
            problems.addAll(afterwards.problems());
            return problems;
        }
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: LoadMerge <injector output dir>...");
        }
        List<Path> directories = new ArrayList<>();
        for (String arg : args) {
            for (String one : arg.split(",")) {
                if (!one.isBlank()) {
                    directories.add(Path.of(one.trim()));
                }
            }
        }
        Merged merged = merge(directories);
        System.out.print(table(merged));
        if (!merged.problems().isEmpty()) {
            throw new IllegalStateException("merged load run incomplete: " + String.join("; ", merged.problems()));
        }
    }

    static Merged merge(List<Path> directories) {
        Map<Transition, long[]> counts = new EnumMap<>(Transition.class);
        Map<Transition, Histogram> put = new EnumMap<>(Transition.class);
        Map<Transition, Histogram> notification = new EnumMap<>(Transition.class);
        for (Transition transition : Transition.values()) {
            counts.put(transition, new long[6]);
            put.put(transition, LatencySummary.histogram());
            notification.put(transition, LatencySummary.histogram());
        }
        List<String> agents = new ArrayList<>();
        int signedOut = 0;
        int foundSignedIn = 0;
        int putBack = 0;
        int closed = 0;
        for (Path directory : directories) {
            Properties properties = read(directory.resolve("counts.properties"));
            String ids = properties.getProperty("agents", "");
            if (!ids.isBlank()) {
                agents.addAll(List.of(ids.split(",")));
            }
            signedOut += Integer.parseInt(properties.getProperty("signedOut", "0"));
            foundSignedIn += Integer.parseInt(properties.getProperty("foundSignedIn", "0"));
            putBack += Integer.parseInt(properties.getProperty("putBack", "0"));
            closed += Integer.parseInt(properties.getProperty("closed", "0"));
            for (Transition transition : Transition.values()) {
                long[] sum = counts.get(transition);
                String[] keys = {"requests", "accepted", "errors", "expected", "received", "missing"};
                for (int k = 0; k < keys.length; k++) {
                    sum[k] += Long.parseLong(properties.getProperty(transition.name() + "." + keys[k], "0"));
                }
            }
            addLog(directory.resolve("put-latency.hlog"), put);
            addLog(directory.resolve("notification-latency.hlog"), notification);
        }
        Map<Transition, Row> rows = new EnumMap<>(Transition.class);
        for (Transition transition : Transition.values()) {
            long[] sum = counts.get(transition);
            rows.put(transition, new Row(transition, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5],
                    put.get(transition), notification.get(transition)));
        }
        return new Merged(directories.size(), agents, rows,
                new Afterwards(agents.size(), signedOut, foundSignedIn, putBack, closed));
    }

    /** Every interval of the log added to its transition's histogram (the interval's tag names it). */
    private static void addLog(Path log, Map<Transition, Histogram> into) {
        try {
            HistogramLogReader reader = new HistogramLogReader(log.toFile());
            for (EncodableHistogram interval = reader.nextIntervalHistogram(); interval != null;
                 interval = reader.nextIntervalHistogram()) {
                Histogram histogram = (Histogram) interval;
                into.get(Transition.valueOf(histogram.getTag())).add(histogram);
            }
            reader.close();
        } catch (FileNotFoundException missing) {
            throw new UncheckedIOException("no " + log + ": not an injector's output directory", missing);
        }
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot read " + file + ": not an injector's output directory", failed);
        }
        return properties;
    }

    static String table(Merged merged) {
        StringBuilder table = new StringBuilder();
        table.append("Merged %d injectors, %d agents%n".formatted(merged.injectorsRead(), merged.agents().size()));
        table.append("%-28s %9s %8s %6s %15s %7s | %-31s | %s%n".formatted("transition", "requests", "202s",
                "errors", "notifications", "missing", "PUT ms p50 / p95 / p99 / max",
                "notification ms p50/p95/p99/max"));
        for (Row row : merged.rows().values()) {
            table.append("%-28s %9d %8d %6d %6d / %6d %7d | %s | %s%n".formatted(row.transition().label(),
                    row.requests(), row.accepted(), row.errors(), row.received(), row.expected(), row.missing(),
                    percentiles(row.put()), percentiles(row.notification())));
        }
        table.append("Afterwards: %s%n".formatted(merged.afterwards()));
        return table.toString();
    }

    private static String percentiles(Histogram micros) {
        return "%6.1f / %6.1f / %6.1f / %6.1f".formatted(micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(95) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0);
    }
}
