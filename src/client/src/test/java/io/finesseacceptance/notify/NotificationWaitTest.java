package io.finesseacceptance.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finesseacceptance.finesse.AgentState;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NotificationWaitTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private final NotificationFeed feed = new NotificationFeed("1001");


    private UserUpdateExpectation logoutFor(String requestId) {
        return new UserUpdateExpectation("1001", requestId, feed.mark(), AgentState.LOGOUT, Optional.empty());
    }

    @Test
    void matchesTheUpdateThatArrivesAfterTheRequest() {
        UserUpdateExpectation expected = logoutFor("req-1");
        CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS).execute(() -> FinesseMessages.landUpdate(feed, "LOGOUT", "req-1"));

        AnnouncedState announced = NotificationWait.awaitUserUpdate(feed, expected, Duration.ofSeconds(2));

        assertThat(announced.notification().requestId()).isEqualTo("req-1");
        assertThat(announced.detectionDelayNanos()).isNotNegative();
    }

    @Test
    void acceptsAnUpdateWithoutRequestIdBecauseFinesseFillsItInOnlyBestEffort() {
        UserUpdateExpectation expected = logoutFor("req-1");
        FinesseMessages.landUpdate(feed, "LOGOUT", "");

        assertThat(NotificationWait.awaitUserUpdate(feed, expected, SHORT).notification().sequence()).isEqualTo(1);
    }

    @Test
    void neverCountsNotificationsFromBeforeTheRequestOrForAnotherRequest() {
        FinesseMessages.landUpdate(feed, "LOGOUT", "req-1");
        UserUpdateExpectation expected = logoutFor("req-1");
        FinesseMessages.landUpdate(feed, "LOGOUT", "someone-elses-request");

        assertThatThrownBy(() -> NotificationWait.awaitUserUpdate(feed, expected, SHORT))
                .isInstanceOf(NotificationNotReceived.class)
                .hasMessageContaining("Agent 1001")
                .hasMessageContaining("LOGOUT")
                .hasMessageContaining("(not ours) #2")
                .hasMessageContaining("Notifications before the request in this session: 1");
    }

    @Test
    void aWrongStateTimesOutNamingWhatWasAnnounced() {
        UserUpdateExpectation expected = logoutFor("req-1");
        FinesseMessages.landUpdate(feed, "NOT_READY", "req-1");

        assertThatThrownBy(() -> NotificationWait.awaitUserUpdate(feed, expected, SHORT))
                .isInstanceOf(NotificationNotReceived.class)
                .hasMessageContaining("expected a notification announcing LOGOUT")
                .hasMessageContaining("User 1001 NOT_READY")
                .hasMessageContaining("within 300 ms");
    }

    @Test
    void saysSoWhenNothingArrivedAtAll() {
        assertThatThrownBy(() -> NotificationWait.awaitUserUpdate(feed, logoutFor("req-1"), SHORT))
                .hasMessageContaining("no notification arrived after the request");
    }

    @Test
    void failsAtOnceWhenFinesseRejectsTheAcceptedRequest() {
        UserUpdateExpectation expected = logoutFor("req-9");
        feed.land(FinesseMessages.escaped("1001", FinesseMessages.errorUpdate("1001", "req-9")));

        long started = System.nanoTime();
        assertThatThrownBy(() -> NotificationWait.awaitUserUpdate(feed, expected, Duration.ofSeconds(10)))
                .isInstanceOf(RequestRejected.class)
                .hasMessageContaining("Invalid State")
                .hasMessageContaining("CF_INVALID_PASSWORD_SPECIFIED");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void keepsUnreadableMessagesForTheReport() {
        feed.land("<message><event xmlns='http://jabber.org/protocol/pubsub#event'><items node='n'><item>"
                + "<notification>&lt;Update&gt;&lt;broken</notification></item></items></event></message>");

        assertThat(feed.all()).isEmpty();
        assertThat(feed.unreadable()).hasSize(1);
    }

    @Test
    void stopsWaitingOnceTheSessionIsBackFromADropAfterTheRequest() {
        UserUpdateExpectation expected = logoutFor("req-1");
        feed.sessionDropped("system-shutdown");
        CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS).execute(feed::sessionRestored);
        long start = System.nanoTime();

        assertThatThrownBy(() -> NotificationWait.awaitUserUpdate(feed, expected, Duration.ofSeconds(5)))
                .isInstanceOf(NotificationLostInGap.class)
                .hasMessageContaining("expected a notification announcing LOGOUT")
                .hasMessageContaining("XMPP session down from")
                .hasMessageContaining("system-shutdown");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aDropThatEndedBeforeTheRequestDoesNotExcuseAMissingNotification() {
        feed.sessionDropped("connection reset");
        feed.sessionRestored();
        UserUpdateExpectation expected = logoutFor("req-1");

        assertThatThrownBy(() -> NotificationWait.awaitUserUpdate(feed, expected, SHORT))
                .isInstanceOf(NotificationNotReceived.class);
    }

    @Test
    void anUpdateThatArrivesAfterTheSessionIsBackStillCounts() {
        UserUpdateExpectation expected = logoutFor("req-1");
        feed.sessionDropped("connection reset");
        feed.sessionRestored();
        FinesseMessages.landUpdate(feed, "LOGOUT", "req-1");

        assertThat(NotificationWait.awaitUserUpdate(feed, expected, SHORT).notification().requestId()).isEqualTo("req-1");
    }

    @Test
    void nothingAnnouncedCannotBeClaimedAcrossADrop() {
        UserUpdateExpectation refused = logoutFor("req-1");
        feed.sessionDropped("connection reset");
        feed.sessionRestored();

        assertThatThrownBy(() -> NotificationWait.assertNothingAnnounced(feed, refused, Duration.ofMillis(100)))
                .hasMessageContaining("cannot tell whether anything was announced")
                .hasMessageContaining("XMPP session down from");
    }
}
