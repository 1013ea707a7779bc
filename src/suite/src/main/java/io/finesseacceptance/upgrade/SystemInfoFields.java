package io.finesseacceptance.upgrade;

import io.finesseacceptance.finesse.XmlNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SystemInfo fields a baseline keeps: those a release or a reconfiguration changes; no clocks, no
 * heartbeats, and host names only if asked, since a baseline may be shared outside the lab.
 */
final class SystemInfoFields {

    static final String HOST_NAME_NOT_RECORDED = "(a host name: not recorded)";

    private SystemInfoFields() {
    }

    static Map<String, String> of(XmlNode info, boolean hostNames) {
        Map<String, String> fields = new TreeMap<>();
        for (XmlNode child : info.children()) {
            String name = child.name();
            boolean version = name.toLowerCase(Locale.ROOT).contains("version");
            if (version || List.of("deploymentType", "status", "systemAuthMode").contains(name)) {
                fields.put(name, child.text());
            }
        }
        String domain = info.childText("xmppDomain");
        String pubSub = info.childText("xmppPubSubDomain");
        fields.put("xmppDomain", hostNames ? domain : HOST_NAME_NOT_RECORDED);
        fields.put("xmppPubSubDomain", hostNames ? pubSub
                : pubSub.isBlank() ? "(empty)" : pubSub.equalsIgnoreCase("pubsub." + domain) ? "pubsub.<xmppDomain>"
                : HOST_NAME_NOT_RECORDED);
        return fields;
    }
}
