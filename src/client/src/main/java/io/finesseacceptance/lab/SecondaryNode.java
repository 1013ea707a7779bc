package io.finesseacceptance.lab;

import io.finesseacceptance.finesse.FinesseNode;
import io.finesseacceptance.finesse.SystemInfo;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The other node of a deployment, from what SystemInfo names (docs/finesse-contract.md §20): the node that is
 * not the one the run was pointed at, at its {@code httpsPort} (12.6(2) on), else at the configured scheme
 * and port, as Cisco's getAlternateHost() takes it. Public for the load mode, which connects each side itself
 * (without the preflight) and finds the secondary the same way.
 */
public final class SecondaryNode {

    private SecondaryNode() {
    }

    public static Optional<URI> baseUrl(URI configured, SystemInfo info) {
        FinesseNode primary = info.primaryNode();
        FinesseNode secondary = info.secondaryNode();
        if (!secondary.named() || !primary.named()) {
            return Optional.empty();
        }
        FinesseNode other = isThe(configured, secondary) ? primary : secondary;
        if (isThe(configured, other)) {
            return Optional.empty(); // both names point at the node already configured: one node after all
        }
        int port = other.httpsPort().orElse(port(configured));
        String host = other.host().contains(":") ? "[" + other.host() + "]" : other.host();
        return Optional.of(URI.create(configured.getScheme() + "://" + host + ":" + port));
    }

    private static boolean isThe(URI configured, FinesseNode node) {
        return node.host().toLowerCase(Locale.ROOT).equals(String.valueOf(configured.getHost()).toLowerCase(Locale.ROOT)
                .replace("[", "").replace("]", ""))
                && (node.httpsPort().isEmpty() || node.httpsPort().getAsInt() == port(configured));
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
