package io.finesseacceptance.report;

import io.finesseacceptance.finesse.XmlNode;
import io.finesseacceptance.rest.HttpExchange;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The version fields of the lab's GET SystemInfo answer (ctiVersion, and whatever *Version a release adds),
 * taken from the exchange as it passes, because the suite's SystemInfo keeps only what the steps rely on.
 */
final class SystemInfoVersions {

    private static volatile Map<String, String> lastSeen = Map.of();
    /** Per node, by the SystemInfo URL's scheme://host:port: the sides of a deployment may run different releases. */
    private static final Map<String, Map<String, String>> byNode = new ConcurrentHashMap<>();

    private SystemInfoVersions() {
    }

    static void notice(HttpExchange exchange) {
        if (exchange.status() != 200 || !exchange.url().endsWith("/finesse/api/SystemInfo")
                || exchange.responseBody() == null) {
            return;
        }
        try {
            Map<String, String> versions = new LinkedHashMap<>();
            for (XmlNode child : XmlNode.parse(exchange.responseBody()).children()) {
                if (child.name().toLowerCase(Locale.ROOT).contains("version") && !child.text().isBlank()) {
                    versions.put(child.name(), child.text().trim());
                }
            }
            lastSeen = Map.copyOf(versions);
            byNode.put(nodeOf(exchange.url()), lastSeen);
        } catch (XmlNode.MalformedXmlException notXml) {
            // the preflight reports a malformed SystemInfo; the report simply shows no version
        }
    }

    static Map<String, String> lastSeen() {
        return lastSeen;
    }

    /** What the node at {@code baseUrl} answered last. */
    static Map<String, String> of(URI baseUrl) {
        return byNode.getOrDefault(nodeOf(baseUrl.toString()), Map.of());
    }

    private static String nodeOf(String url) {
        URI parsed = URI.create(url);
        return (parsed.getScheme() + "://" + parsed.getHost() + ":" + parsed.getPort()).toLowerCase(Locale.ROOT);
    }
}
