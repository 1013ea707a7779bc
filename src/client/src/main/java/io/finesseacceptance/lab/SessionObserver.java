package io.finesseacceptance.lab;

import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.XmppSession;

/** Hears the notification sessions a side opens, e.g. to watch them for the guide's failure signals. */
public interface SessionObserver {

    SessionObserver NONE = (side, session, feed) -> { };

    void opened(FinesseLab side, XmppSession session, NotificationFeed feed);
}
