package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import io.finesseacceptance.simulator.webservices.SystemStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The control endpoints, under the control URL ({@code http://HOST:PORT/simulator}). The server
 * routes by this table and {@code --help} and {@code GET /simulator} print it, so what is documented is
 * what is served. Bad input answers 4xx with a one-line message saying what would do.
 */
enum ControlEndpoint {

    INDEX("GET", "", "", "200: this list of endpoints"),
    HEALTH("GET", "/health", "", "200 'ready': every port is open"),
    CA_CERTIFICATE("GET", "/ca.pem", "", "200: the run's CA certificate (PEM), for clients to trust"),
    SERVICE("PUT", "/service", Choice.list(SystemStatus.class, "|"),
            "204; every node's SystemInfo reports it (a change published as a SystemInfo notification on"
                    + " /finesse/api/SystemInfo), and unless IN_SERVICE every other API answers 503"),
    SIDE_SERVICE("PUT", "/sides/{SIDE}/service", Choice.list(SystemStatus.class, "|"),
            "204; as /service, for that node alone: SIDE is primary or secondary (with --nodes 2; 409 for the"
                    + " secondary of a one-node simulator)"),
    SIDE_NOTIFICATION_SERVICE("PUT", "/sides/{SIDE}/notification-service", "up|down",
            "204; down: that node's notification service as crashed, every XMPP session cut and new connections"
                    + " refused (WebSocket upgrades 503) until up"),
    SIDE_FINESSE_PRESENCE("PUT", "/sides/{SIDE}/finesse-presence", "available|unavailable",
            "204; the presence of that node's XMPP user finesse, sent to every session (unavailable: the node's"
                    + " web services are down); --nodes 2 only, 409 otherwise"),
    SIDE_MAINTENANCE("POST", "/sides/{SIDE}/maintenance", "",
            "202; maintenance mode (12.6): SystemInfo finesseMMode IN_PROGRESS (published), that node's sessions"
                    + " ended; once none remains and its users are connected to the other node, COMPLETED: the node"
                    + " OUT_OF_SERVICE, its notification service down; else FAILED after --maintenance-timeout-ms."
                    + " --nodes 2 only, 409 otherwise or while in progress"),
    CTI_FAILOVER("POST", "/cti-failover", "", "204; every node in service goes OUT_OF_SERVICE and back IN_SERVICE"
            + " (each published on SystemInfo), then publishes the last state of every signed-in agent again,"
            + " without a requestId"),
    REASON_CODE_REQUIRED("PUT", "/reason-code-required/{" + Choice.list(ReasonCodeCategory.class, "|") + "}",
            "true|false", "204; changes into that state without a reasonCodeId answer 400 Parameter Missing"),
    FAULT("PUT", "/faults/{FAULT}", "on|off", "204; switches that fault (see --fault) on or off"),
    VARIANT("PUT", "/variants/{VARIANT}", "on|off", "204; switches that documented variant (see --variant) on or off"),
    RESET("POST", "/reset", "", "204; every node in service, out of maintenance mode, its notification service up and"
            + " its finesse user available; no reason code required, only the start-up faults and variants on;"
            + " agents keep their states"),
    SHUTDOWN("POST", "/shutdown", "", "202, then the simulator stops; taken from the loopback interface only,"
            + " and only by a simulator run on its own (403 otherwise)");

    /** Where the endpoints live on the control port. */
    static final String CONTEXT = "/simulator";

    private final String method;
    private final String path;
    private final String body;
    private final String effect;

    ControlEndpoint(String method, String path, String body, String effect) {
        this.method = method;
        this.path = path;
        this.body = body;
        this.effect = effect;
    }

    String method() {
        return method;
    }

    /** e.g. {@code /faults/{FAULT}}, relative to {@link #CONTEXT}. */
    String path() {
        return path;
    }

    /** The request body it takes, e.g. {@code on|off}; empty for none. */
    String body() {
        return body;
    }

    String effect() {
        return effect;
    }

    /**
     * The path's one variable segment (anywhere in it) when {@code requestPath} (relative to {@link #CONTEXT}) is
     * this endpoint's path; "" for a path without one; empty when it is another path.
     */
    Optional<String> match(String requestPath) {
        int variable = path.indexOf('{');
        if (variable < 0) {
            return path.equals(requestPath) ? Optional.of("") : Optional.empty();
        }
        String prefix = path.substring(0, variable);
        String suffix = path.substring(path.indexOf('}') + 1);
        if (requestPath.startsWith(prefix) && requestPath.endsWith(suffix)
                && requestPath.length() > prefix.length() + suffix.length()) {
            String value = requestPath.substring(prefix.length(), requestPath.length() - suffix.length());
            return value.contains("/") ? Optional.empty() : Optional.of(value);
        }
        return Optional.empty();
    }

    /** The endpoints served at {@code requestPath}, whatever their method. */
    static List<ControlEndpoint> at(String requestPath) {
        return Arrays.stream(values()).filter(endpoint -> endpoint.match(requestPath).isPresent()).toList();
    }

    /** Each endpoint: method, path and body on one line, what it does on the next. */
    static String table(String indent) {
        return Arrays.stream(values()).map(endpoint -> indent + String.format("%-4s %s", endpoint.method,
                CONTEXT + endpoint.path) + (endpoint.body.isEmpty() ? "" : "   body: " + endpoint.body) + "\n"
                + SimulatorCommandLine.wrap(endpoint.effect, indent + "     ")).collect(Collectors.joining());
    }
}
