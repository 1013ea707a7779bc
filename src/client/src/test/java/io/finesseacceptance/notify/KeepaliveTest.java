package io.finesseacceptance.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Finesse's notification service expects a client's XMPP ping at least every 20 s on every transport: the
 * keepalive pings on a schedule of its own, answered or not, and reports a ping left unanswered once.
 */
class KeepaliveTest {

    @Test
    void pingsWellInsideTheTwentySecondsFinesseAllows() {
        assertThat(Keepalive.INTERVAL).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(Keepalive.PONG_TIMEOUT).isLessThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void pingsAgainAndAgainWhileTheServerAnswers() {
        AtomicInteger pings = new AtomicInteger();
        AtomicInteger reported = new AtomicInteger();
        try (Keepalive keepalive = Keepalive.every(Duration.ofMillis(20), () -> {
            pings.incrementAndGet();
            return CompletableFuture.completedFuture(true);
        }, reported::incrementAndGet)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> pings.get() >= 5);
        }
        assertThat(reported).hasValue(0);
    }

    @Test
    void anUnansweredPingIsReportedOnceAndEndsThePings() {
        AtomicInteger pings = new AtomicInteger();
        AtomicInteger reported = new AtomicInteger();
        try (Keepalive keepalive = Keepalive.every(Duration.ofMillis(20), () -> {
            pings.incrementAndGet();
            return CompletableFuture.failedFuture(new IllegalStateException("no pong"));
        }, reported::incrementAndGet)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> reported.get() == 1);
            int afterReport = pings.get();
            // ten more intervals: no further ping, no second report
            await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1))
                    .until(() -> pings.get() == afterReport && reported.get() == 1);
        }
    }

    @Test
    void noReportAfterTheOwnerClosedIt() {
        AtomicInteger reported = new AtomicInteger();
        CompletableFuture<Boolean> pong = new CompletableFuture<>();
        AtomicInteger pings = new AtomicInteger();
        Keepalive keepalive = Keepalive.every(Duration.ofMillis(20), () -> {
            pings.incrementAndGet();
            return pong;
        }, reported::incrementAndGet);
        await().atMost(Duration.ofSeconds(5)).until(() -> pings.get() >= 1);
        keepalive.close();
        pong.completeExceptionally(new IllegalStateException("the connection was closed"));

        assertThat(reported).hasValue(0);
    }
}
