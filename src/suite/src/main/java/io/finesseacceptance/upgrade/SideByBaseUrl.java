package io.finesseacceptance.upgrade;

import io.finesseacceptance.settings.Side;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which side of the deployment a URL belongs to, by the side's base URL: each side has a REST API of its own,
 * and an exchange's full URL starts with the base URL of the side it went to.
 */
final class SideByBaseUrl {

    private final Map<Side, String> nodes = new EnumMap<>(Side.class);

    private SideByBaseUrl(Map<Side, URI> baseUrls) {
        baseUrls.forEach((side, url) -> nodes.put(side, nodeOf(url.toString())));
    }

    /** Until the deployment is connected, every URL counts as the primary's, as on a one-node deployment. */
    static SideByBaseUrl oneSide() {
        return new SideByBaseUrl(Map.of());
    }

    static SideByBaseUrl of(Map<Side, URI> baseUrls) {
        return new SideByBaseUrl(baseUrls);
    }

    boolean twoSides() {
        return nodes.containsKey(Side.SECONDARY) && !nodes.get(Side.SECONDARY).equals(nodes.get(Side.PRIMARY));
    }

    /** The side whose node {@code node} (from {@link #nodeOf}) is; the primary when none is. */
    Side sideOf(String node) {
        return twoSides() && node.equals(nodes.get(Side.SECONDARY)) ? Side.SECONDARY : Side.PRIMARY;
    }

    /**
     * A URL reduced to the node it went to: scheme, host and port (the scheme's default when it names none)
     * and any path before {@code /finesse/}, so a base URL and the URLs of its requests reduce alike.
     */
    static String nodeOf(String url) {
        URI uri = URI.create(url.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        int api = (path + "/").indexOf("/finesse/");
        if (api >= 0) {
            path = path.substring(0, api);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port + path;
    }
}
