package io.finesseacceptance.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finesseacceptance.finesse.AgentState;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** After a CTI failover Finesse repeats every agent's last state: not a change anyone made (contract §20). */
class CtiFailoverRepublishTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    private final NotificationFeed feed = new NotificationFeed("1001");


    private void status(String status) {
        feed.land(FinesseMessages.systemInfoUpdate("1001", status));
    }

    @Test
    void theStatusOfASystemInfoUpdateIsRead() {
        status("OUT_OF_SERVICE");

        assertThat(SystemStatusUpdate.status(feed.all().get(0))).contains("OUT_OF_SERVICE");
        assertThat(feed.outOfServiceSince(0)).isPresent();
    }

    @Test
    void theRepeatedStateAfterAFailoverIsNotAnAnnouncementOfARefusedRequest() {
        UserUpdateExpectation refused = new UserUpdateExpectation("1001", "req-1", feed.mark(), AgentState.READY,
                Optional.empty());
        status("OUT_OF_SERVICE");
        status("IN_SERVICE");
        FinesseMessages.landUpdate(feed, "NOT_READY", "");

        NotificationWait.assertNothingAnnounced(feed, refused, SHORT);
        assertThat(feed.isRepublish(feed.all().get(2))).isTrue();
    }

    @Test
    void theRepeatIsNotTakenForTheChangeAwaited() {
        UserUpdateExpectation awaited = new UserUpdateExpectation("1001", "req-2", feed.mark(), AgentState.NOT_READY,
                Optional.empty());
        status("OUT_OF_SERVICE");
        status("IN_SERVICE");
        FinesseMessages.landUpdate(feed, "NOT_READY", "");

        assertThatThrownBy(() -> NotificationWait.awaitUserUpdate(feed, awaited, SHORT))
                .hasMessageContaining("(repeated after a CTI failover)");
    }

    @Test
    void onlyTheFirstUpdateWithoutRequestIdAfterIsARepeatAndNoneWithoutAFailover() {
        FinesseMessages.landUpdate(feed, "NOT_READY", "");
        status("OUT_OF_SERVICE");
        status("IN_SERVICE");
        FinesseMessages.landUpdate(feed, "NOT_READY", "");
        FinesseMessages.landUpdate(feed, "LOGOUT", "");

        assertThat(feed.all()).extracting(feed::isRepublish).containsExactly(false, false, false, true, false);
    }
}
