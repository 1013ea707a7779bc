package io.finesseacceptance.simulator.xmpp;

import java.time.Duration;

/**
 * What one BOSH session was granted at creation (XEP-0124 section 7.1).
 *
 * @param hold     requests the server may keep waiting at once
 * @param requests requests the client may have outstanding at once; also the rid window
 */
record BoshSessionParameters(String sid, String domain, int waitSeconds, int hold, int requests,
                             long inactivitySeconds, boolean secure) {

    static final int MAX_WAIT_SECONDS = 60;
    static final int MAX_HOLD = 1;
    static final int POLLING_SECONDS = 1;

    /** Grants no more than the client asked for and no more than this server allows. */
    static BoshSessionParameters grant(String sid, String domain, BoshBody request, Duration inactivity,
                                       boolean secure) {
        int wait = Math.max(1, Math.min(request.waitSeconds().orElse(MAX_WAIT_SECONDS), MAX_WAIT_SECONDS));
        int hold = Math.max(0, Math.min(request.hold().orElse(MAX_HOLD), MAX_HOLD));
        long inactivitySeconds = Math.max(1, (inactivity.toMillis() + 999) / 1000);
        return new BoshSessionParameters(sid, domain, wait, hold, hold + 1, inactivitySeconds, secure);
    }
}
