package io.finesseacceptance.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finesseacceptance.finesse.AgentState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class AwaitedUpdatesTest {

    private static final Duration LONG = Duration.ofSeconds(5);
    private final NotificationFeed feed = new NotificationFeed("1001");
    private final AwaitedUpdates awaited = new AwaitedUpdates(feed);


    private UserUpdateExpectation logoutFor(String requestId) {
        return new UserUpdateExpectation("1001", requestId, feed.mark(), AgentState.LOGOUT, Optional.empty());
    }

    @Test
    void completesWhenTheNotificationLandsAfterTheWaitStarted() throws Exception {
        UserUpdateExpectation expected = logoutFor("req-1");
        CompletableFuture<UserNotification> future = awaited.await(expected, LONG);
        assertThat(future).isNotDone();

        FinesseMessages.landUpdate(feed, "LOGOUT", "req-1");

        assertThat(future).isCompleted();
        assertThat(future.get().requestId()).isEqualTo("req-1");
        assertThat(awaited.pending()).isZero();
    }

    @Test
    void completesAtOnceWhenTheNotificationLandedBeforeTheWaitStarted() throws Exception {
        UserUpdateExpectation expected = logoutFor("req-1");
        FinesseMessages.landUpdate(feed, "LOGOUT", "req-1");

        CompletableFuture<UserNotification> future = awaited.await(expected, LONG);

        assertThat(future).isCompleted();
        assertThat(future.get().sequence()).isEqualTo(1);
    }

    @Test
    void ignoresNotificationsFromBeforeTheMarkAndForOtherRequests() {
        FinesseMessages.landUpdate(feed, "LOGOUT", "req-1");
        UserUpdateExpectation expected = logoutFor("req-1");
        CompletableFuture<UserNotification> future = awaited.await(expected, LONG);

        FinesseMessages.landUpdate(feed, "LOGOUT", "someone-elses-request");
        FinesseMessages.landUpdate(feed, "READY", "req-1");

        assertThat(future).isNotDone();
        assertThat(awaited.pending()).isOne();
    }

    @Test
    void anErrorUpdateForTheRequestDecidesTheWait() throws Exception {
        CompletableFuture<UserNotification> future = awaited.await(logoutFor("req-1"), LONG);

        feed.land(FinesseMessages.escaped("1001", FinesseMessages.errorUpdate("1001", "req-1")));

        assertThat(future.get().isError()).isTrue();
    }

    @Test
    void aTimeoutFailsTheFutureSoTheCallerCountsTheNotificationMissing() {
        CompletableFuture<UserNotification> future = awaited.await(logoutFor("req-1"), Duration.ofMillis(50));

        assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
        assertThat(awaited.pending()).isZero();
    }

    @Test
    void listenersHearEachNotificationAfterTheFeedRecordedIt() {
        List<Long> seenInFeed = new ArrayList<>();
        feed.onLand(notification -> seenInFeed.add(feed.mark() - notification.sequence()));

        FinesseMessages.landUpdate(feed, "LOGOUT", "req-1");
        FinesseMessages.landUpdate(feed, "READY", "req-2");

        assertThat(seenInFeed).containsExactly(0L, 0L);
    }

    @Test
    void aFeedKeepingTheLastFewStillCountsAndMarksOnwards() {
        NotificationFeed small = NotificationFeed.keepingLast("1001", 2);
        for (int i = 1; i <= 5; i++) {
            small.land(FinesseMessages.escaped("1001", FinesseMessages.userUpdate("1001", "READY", "req-" + i)));
        }

        assertThat(small.mark()).isEqualTo(5);
        assertThat(small.all()).extracting(UserNotification::sequence).containsExactly(4L, 5L);
        assertThat(small.since(3)).extracting(UserNotification::requestId).containsExactly("req-4", "req-5");
        assertThat(small.since(0)).hasSize(2);
        assertThat(small.since(5)).isEmpty();
    }
}
