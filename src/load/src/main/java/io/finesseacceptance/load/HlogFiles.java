package io.finesseacceptance.load;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * The run's latencies as HdrHistogram interval logs (one interval per progress line, tagged with the
 * transition, e.g. {@code SIGN_IN}; on two sides each side's as well, tagged {@code SIGN_IN.primary} and
 * {@code SIGN_IN.secondary}), {@code put-latency.hlog} and {@code notification-latency.hlog}, in microseconds;
 * read them with HdrHistogram's HistogramLogProcessor ({@code -tag SIGN_IN}) or any .hlog viewer.
 */
final class HlogFiles implements AutoCloseable {

    private final PrintStream putFile;
    private final PrintStream notificationFile;
    private final HistogramLogWriter put;
    private final HistogramLogWriter notification;
    private final long startMillis = System.currentTimeMillis();
    private long lastMillis = startMillis;

    private HlogFiles(Path directory) throws FileNotFoundException {
        putFile = new PrintStream(directory.resolve("put-latency.hlog").toFile());
        notificationFile = new PrintStream(directory.resolve("notification-latency.hlog").toFile());
        put = header(new HistogramLogWriter(putFile), "PUT latency (request sent to answer read), microseconds");
        notification = header(new HistogramLogWriter(notificationFile),
                "notification latency (request sent to notification in the agent's feed), microseconds");
    }

    static HlogFiles open(Path directory) {
        try {
            Files.createDirectories(directory);
            return new HlogFiles(directory);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private HistogramLogWriter header(HistogramLogWriter writer, String comment) {
        writer.outputComment(comment);
        writer.outputLogFormatVersion();
        writer.outputStartTime(startMillis);
        writer.setBaseTime(startMillis);
        writer.outputLegend();
        return writer;
    }

    /** Takes each transition's interval since the last call and appends it to both logs. */
    synchronized void write(Collection<TransitionStats> transitions) {
        long now = System.currentTimeMillis();
        for (TransitionStats stats : transitions) {
            TransitionStats.Interval interval = stats.interval();
            append(put, interval.put(), stats.tag(), now);
            append(notification, interval.notification(), stats.tag(), now);
        }
        lastMillis = now;
    }

    private void append(HistogramLogWriter writer, Histogram histogram, String tag, long now) {
        histogram.setStartTimeStamp(lastMillis);
        histogram.setEndTimeStamp(now);
        histogram.setTag(tag);
        writer.outputIntervalHistogram(histogram);
    }

    @Override
    public void close() {
        putFile.close();
        notificationFile.close();
    }
}
