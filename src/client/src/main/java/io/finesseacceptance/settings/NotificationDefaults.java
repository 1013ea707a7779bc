package io.finesseacceptance.settings;

import java.net.URI;

/** Where a node serves its notification doors when no setting says otherwise, from its base URL's host. */
final class NotificationDefaults {

    private NotificationDefaults() {
    }

    /** Where Finesse 12.5+ serves BOSH by default. */
    static URI boshUrl(URI baseUrl) {
        return URI.create("https://" + baseUrl.getHost() + ":7443/http-bind");
    }

    /** Where Finesse 12.6(1)+ serves it: on the REST port (12.0/12.5 served /ws/ on BOSH's 7443). */
    static URI webSocketUrl(URI baseUrl) {
        return URI.create("wss://" + baseUrl.getHost() + ":8445/ws/");
    }
}
