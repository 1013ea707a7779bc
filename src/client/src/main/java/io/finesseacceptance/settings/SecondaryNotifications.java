package io.finesseacceptance.settings;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The FINESSE_SECONDARY_XMPP_* settings: only where the secondary's notification service differs from what
 * the primary's settings and the secondary's own base URL give.
 */
public record SecondaryNotifications(Optional<String> host, OptionalInt port, Optional<String> domain,
                                     Optional<String> pubSubDomain, Optional<XmppTransport> transport,
                                     Optional<URI> boshUrl, Optional<URI> webSocketUrl,
                                     Optional<XmppSecurity> security) {

    public static final SecondaryNotifications NONE = new SecondaryNotifications(Optional.empty(),
            OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());
}
