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
            "204; SystemInfo reports it, and unless IN_SERVICE every other API answers 503"),
    REASON_CODE_REQUIRED("PUT", "/reason-code-required/{" + Choice.list(ReasonCodeCategory.class, "|") + "}",
            "true|false", "204; changes into that state without a reasonCodeId answer 400 Parameter Missing"),
    FAULT("PUT", "/faults/{FAULT}", "on|off", "204; switches that fault (see --fault) on or off"),
    VARIANT("PUT", "/variants/{VARIANT}", "on|off", "204; switches that documented variant (see --variant) on or off"),
    RESET("POST", "/reset", "", "204; in service, no reason code required, only the start-up faults and variants on;"
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
     * The path's one variable segment when {@code requestPath} (relative to {@link #CONTEXT}) is this
     * endpoint's path; "" for a path without one; empty when it is another path.
     */
    Optional<String> match(String requestPath) {
        int variable = path.indexOf('{');
        if (variable < 0) {
            return path.equals(requestPath) ? Optional.of("") : Optional.empty();
        }
        String prefix = path.substring(0, variable);
        if (requestPath.startsWith(prefix) && requestPath.length() > prefix.length()
                && requestPath.indexOf('/', prefix.length()) < 0) {
            return Optional.of(requestPath.substring(prefix.length()));
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
