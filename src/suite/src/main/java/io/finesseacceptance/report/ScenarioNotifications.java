package io.finesseacceptance.report;

import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.UserNotification;
import java.util.List;

/**
 * The feed whose notifications the current scenario reports, per scenario thread, and how far it has
 * been reported.
 */
public final class ScenarioNotifications {

    private static final ThreadLocal<ScenarioNotifications> CURRENT = new ThreadLocal<>();

    private final NotificationFeed feed;
    private long reportedUpTo;

    private ScenarioNotifications(NotificationFeed feed) {
        this.feed = feed;
        this.reportedUpTo = feed.mark();
    }

    /** From now on, notifications landing in this feed are attached to the scenario's current step. */
    public static void follow(NotificationFeed feed) {
        CURRENT.set(new ScenarioNotifications(feed));
    }

    static void attachNew() {
        ScenarioNotifications current = CURRENT.get();
        if (current != null) {
            current.attachSinceLastTime();
        }
    }

    private void attachSinceLastTime() {
        List<UserNotification> fresh = feed.since(reportedUpTo);
        for (UserNotification notification : fresh) {
            String what = notification.user().map(user -> user.state().name()).orElse("error");
            ReportAttachments.attach("Notification #%d for agent %s: %s".formatted(notification.sequence(),
                    feed.agentId(), what), "application/xml", notification.payload(), ".xml");
        }
        reportedUpTo += fresh.size();
    }
}
