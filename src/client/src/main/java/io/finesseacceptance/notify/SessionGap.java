package io.finesseacceptance.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A stretch of time in which an agent's XMPP session was down: whatever Finesse published then never
 * reached the feed (Finesse does not replay notifications to a new session).
 *
 * @param droppedNanos  {@link System#nanoTime()} when the drop was noticed
 * @param restoredNanos {@link System#nanoTime()} when the session was back with presence; empty while down
 */
public record SessionGap(Instant droppedAt, long droppedNanos, String cause, Optional<Instant> restoredAt,
                         Optional<Long> restoredNanos) {

    static SessionGap opened(String cause) {
        return new SessionGap(Instant.now(), System.nanoTime(), cause, Optional.empty(), Optional.empty());
    }

    SessionGap closed() {
        return new SessionGap(droppedAt, droppedNanos, cause, Optional.of(Instant.now()), Optional.of(System.nanoTime()));
    }

    public boolean isOpen() {
        return restoredNanos.isEmpty();
    }

    /** Whether the session was down at some moment at or after {@code nanos}. */
    public boolean reaches(long nanos) {
        return restoredNanos.map(restored -> restored - nanos >= 0).orElse(true);
    }

    /** The gaps as an indented "Meanwhile:" block for failure messages; "" when there were none. */
    public static String meanwhile(List<SessionGap> gaps) {
        return gaps.isEmpty() ? "" : gaps.stream().map(SessionGap::describe)
                .collect(Collectors.joining("\n  ", "\nMeanwhile:\n  ", ""));
    }

    /** One line for reports and failure messages. */
    public String describe() {
        return restoredAt.map(back -> "XMPP session down from %s to %s (%d ms): %s".formatted(droppedAt, back,
                        Duration.between(droppedAt, back).toMillis(), cause))
                .orElseGet(() -> "XMPP session down since %s: %s".formatted(droppedAt, cause));
    }
}
