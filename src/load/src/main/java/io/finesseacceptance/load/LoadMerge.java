package io.finesseacceptance.load;

import io.finesseacceptance.latency.LatencySummary;
import io.finesseacceptance.settings.Side;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Adds up the injectors' results: {@code java ... LoadMerge dir1 dir2 ...}, each directory one injector's
 * {@code load.outputDir} (its {@code put-latency.hlog}, {@code notification-latency.hlog} and
 * {@code counts.properties}). The histograms are added per transition (the .hlog tag), so the percentiles
 * are those of all injectors' samples together, not an average of percentiles; on two sides each side's
 * counts and histograms (tags {@code SIGN_IN.primary}, ...) are added the same way and must add up to the
 * totals. Prints the per-transition table (with a row per side under each transition on two sides); fails
 * (non-zero exit) when a count is wrong or an agent was taken by two injectors.
 */
public final class LoadMerge {

    private static final String[] COUNTS = {"requests", "accepted", "errors", "expected", "received", "missing"};

    private LoadMerge() {
    }

    /** One transition over every injector (or over one side of every injector). */
    record Row(Transition transition, long requests, long accepted, long errors, long expected, long received,
               long missing, Histogram put, Histogram notification) {

        /** Whether {@code rows} (the sides' rows of this transition) add up to this one. */
        boolean isSumOf(List<Row> rows) {
            return requests == rows.stream().mapToLong(Row::requests).sum()
                    && accepted == rows.stream().mapToLong(Row::accepted).sum()
                    && errors == rows.stream().mapToLong(Row::errors).sum()
                    && expected == rows.stream().mapToLong(Row::expected).sum()
                    && received == rows.stream().mapToLong(Row::received).sum()
                    && missing == rows.stream().mapToLong(Row::missing).sum()
                    && put.getTotalCount() == rows.stream().mapToLong(row -> row.put().getTotalCount()).sum()
                    && notification.getTotalCount() == rows.stream()
                    .mapToLong(row -> row.notification().getTotalCount()).sum();
        }
    }

    /** One side over every injector: its agents and its rows. */
    record SideRows(Side side, int agents, Map<Transition, Row> rows) {

        long changes() {
            return rows.values().stream().mapToLong(Row::received).sum();
        }

        long errors() {
            return rows.values().stream().mapToLong(Row::errors).sum();
        }

        long missing() {
            return rows.values().stream().mapToLong(Row::missing).sum();
        }
    }

    /** @param sides with two sides, each side's rows (primary first); empty when the injectors drove one */
    record Merged(int injectorsRead, List<String> agents, Map<Transition, Row> rows, Map<Side, SideRows> sides,
                  Afterwards afterwards) {

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
                if (!sides.isEmpty() && !row.isSumOf(sides.values().stream()
                        .map(side -> side.rows().get(row.transition())).toList())) {
                    problems.add(row.transition().label() + ": the sides' counts or histograms do not add up to the"
                            + " totals");
                }
            }
            int sideAgents = sides.values().stream().mapToInt(SideRows::agents).sum();
            if (!sides.isEmpty() && sideAgents != agents.size()) {
                problems.add("the sides hold " + sideAgents + " agents, not the " + agents.size() + " merged");
            }
            problems.addAll(afterwards.problems());
            return problems;
        }
    }

    /** Counts and histograms per transition, added up over the injectors. */
    private static final class Tally {

        private final Map<Transition, long[]> counts = new EnumMap<>(Transition.class);
        private final Map<Transition, Histogram> put = new EnumMap<>(Transition.class);
        private final Map<Transition, Histogram> notification = new EnumMap<>(Transition.class);
        private int agents;

        Tally() {
            for (Transition transition : Transition.values()) {
                counts.put(transition, new long[COUNTS.length]);
                put.put(transition, LatencySummary.histogram());
                notification.put(transition, LatencySummary.histogram());
            }
        }

        /** Adds the counts under {@code prefix} ("" for the totals, "primary." for a side). */
        void addCounts(Properties properties, String prefix) {
            for (Transition transition : Transition.values()) {
                long[] sum = counts.get(transition);
                for (int k = 0; k < COUNTS.length; k++) {
                    sum[k] += Long.parseLong(properties.getProperty(prefix + transition.name() + "." + COUNTS[k], "0"));
                }
            }
        }

        Map<Transition, Row> rows() {
            Map<Transition, Row> rows = new EnumMap<>(Transition.class);
            for (Transition transition : Transition.values()) {
                long[] sum = counts.get(transition);
                rows.put(transition, new Row(transition, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5],
                        put.get(transition), notification.get(transition)));
            }
            return rows;
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
        Tally totals = new Tally();
        Map<Side, Tally> sides = new EnumMap<>(Side.class);
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
            totals.addCounts(properties, "");
            for (String label : properties.getProperty("sides", "").split(",")) {
                if (!label.isBlank()) {
                    Side side = side(label);
                    Tally tally = sides.computeIfAbsent(side, key -> new Tally());
                    tally.agents += Integer.parseInt(properties.getProperty(side.label() + ".agents", "0"));
                    tally.addCounts(properties, side.label() + ".");
                }
            }
            addLog(directory.resolve("put-latency.hlog"), totals, sides, true);
            addLog(directory.resolve("notification-latency.hlog"), totals, sides, false);
        }
        Map<Side, SideRows> sideRows = new EnumMap<>(Side.class);
        sides.forEach((side, tally) -> sideRows.put(side, new SideRows(side, tally.agents, tally.rows())));
        return new Merged(directories.size(), agents, totals.rows(), sideRows,
                new Afterwards(agents.size(), signedOut, foundSignedIn, putBack, closed));
    }

    /**
     * Every interval of the log added to its transition's histogram (the interval's tag names it), a side's
     * ({@code SIGN_IN.secondary}) to that side's.
     */
    private static void addLog(Path log, Tally totals, Map<Side, Tally> sides, boolean put) {
        try {
            HistogramLogReader reader = new HistogramLogReader(log.toFile());
            for (EncodableHistogram interval = reader.nextIntervalHistogram(); interval != null;
                 interval = reader.nextIntervalHistogram()) {
                Histogram histogram = (Histogram) interval;
                String[] tag = histogram.getTag().split("\\.", 2);
                Tally into = tag.length == 1 ? totals : sides.computeIfAbsent(side(tag[1]), key -> new Tally());
                (put ? into.put : into.notification).get(Transition.valueOf(tag[0])).add(histogram);
            }
            reader.close();
        } catch (FileNotFoundException missing) {
            throw new UncheckedIOException("no " + log + ": not an injector's output directory", missing);
        }
    }

    private static Side side(String label) {
        return Side.valueOf(label.trim().toUpperCase(Locale.ROOT));
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
            table.append(row(row.transition().label(), row));
            for (SideRows side : merged.sides().values()) {
                table.append(row("  " + side.side().label(), side.rows().get(row.transition())));
            }
        }
        for (SideRows side : merged.sides().values()) {
            table.append("%s side: %d agents, %d changes confirmed, %d errors, %d missing%n".formatted(
                    side.side().label(), side.agents(), side.changes(), side.errors(), side.missing()));
        }
        table.append("Afterwards: %s%n".formatted(merged.afterwards()));
        return table.toString();
    }

    private static String row(String label, Row row) {
        return "%-28s %9d %8d %6d %6d / %6d %7d | %s | %s%n".formatted(label, row.requests(), row.accepted(),
                row.errors(), row.received(), row.expected(), row.missing(), percentiles(row.put()),
                percentiles(row.notification()));
    }

    private static String percentiles(Histogram micros) {
        return "%6.1f / %6.1f / %6.1f / %6.1f".formatted(micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(95) / 1000.0, micros.getValueAtPercentile(99) / 1000.0,
                micros.getMaxValue() / 1000.0);
    }
}
