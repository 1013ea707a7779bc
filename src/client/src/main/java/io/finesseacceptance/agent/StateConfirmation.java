package io.finesseacceptance.agent;

import io.finesseacceptance.finesse.User;
import io.finesseacceptance.notify.AnnouncedState;
import io.finesseacceptance.notify.SessionGap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a state change was confirmed: by its notification (the normal case), or, when the agent's XMPP
 * session was down while the notification was due, by reading the agent back over REST. The second is
 * never silent: it carries the gaps, and reports say so.
 */
public record StateConfirmation(User user, Optional<AnnouncedState> announced, List<SessionGap> gaps,
                                String failover) {

    public StateConfirmation {
        gaps = List.copyOf(gaps);
    }

    static StateConfirmation byNotification(AnnouncedState announced) {
        return new StateConfirmation(announced.notification().user().orElseThrow(), Optional.of(announced), List.of(),
                "");
    }

    static StateConfirmation byReadingBack(User user, List<SessionGap> gaps) {
        return new StateConfirmation(user, Optional.empty(), gaps, "");
    }

    /** Read back because the side that was to announce it failed over ({@code failover} says how). */
    static StateConfirmation byReadingBack(User user, List<SessionGap> gaps, String failover) {
        return new StateConfirmation(user, Optional.empty(), gaps, failover);
    }

    public boolean byNotification() {
        return announced.isPresent();
    }

    /** For the report when the notification fell into a gap. */
    public String readBackNote() {
        if (!failover.isEmpty()) {
            return "The notification could not be received: " + failover + "\nConfirmed instead by reading the agent"
                    + " back over REST: " + user;
        }
        return "The notification could not be received: the agent's XMPP session was down while it was due.\n"
                + gaps.stream().map(SessionGap::describe).collect(Collectors.joining("\n")) + "\n"
                + "Confirmed instead by reading the agent back over REST: " + user;
    }
}
