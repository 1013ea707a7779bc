package io.finesseacceptance.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.faults.Variant;
import io.finesseacceptance.simulator.nodes.FinesseDeployment;
import io.finesseacceptance.simulator.nodes.FinesseNode;
import io.finesseacceptance.simulator.nodes.Side;
import io.finesseacceptance.simulator.webservices.SimulatorControls;
import io.finesseacceptance.simulator.webservices.SystemStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The simulator's own control endpoints, over HTTP like WireMock's admin API, so scenarios that need Finesse
 * to be out of service or to require reason codes reach it the way they reach Finesse: over the network.
 * Its endpoints are the rows of {@link ControlEndpoint}. Requests that change something are refused
 * when they carry an {@code Origin} header: a web page has no business with the control endpoints.
 */
final class SimulatorControlServer implements AutoCloseable {

    private static final int MAX_BODY_BYTES = 256;

    private record Reply(int status, String contentType, String body) {

        static Reply text(int status, String body) {
            return new Reply(status, "text/plain; charset=utf-8", body.endsWith("\n") ? body : body + "\n");
        }

        static Reply empty() {
            return new Reply(204, null, "");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulator-control");
        thread.setDaemon(true);
        return thread;
    });
    private final String advertisedHost;
    private final FinesseDeployment deployment;
    private final SimulatorControls controls;
    private final FaultSwitches faults;
    private final Set<Fault> startupFaults;
    private final Set<Variant> startupVariants;
    private final Supplier<String> caPem;
    private final AtomicReference<Runnable> shutdown = new AtomicReference<>();

    /**
     * @param advertisedHost the host clients are told to use (the bind address, or 127.0.0.1 for a wildcard)
     * @param port           0 picks a free port
     */
    SimulatorControlServer(String bindHost, String advertisedHost, int port, FinesseDeployment deployment,
                           FaultSwitches faults, Set<Fault> startupFaults, Set<Variant> startupVariants,
                           Supplier<String> caPem) {
        this.advertisedHost = advertisedHost;
        this.deployment = deployment;
        // the reason codes are the one CTI server's, whichever node is asked
        this.controls = deployment.primary().controls();
        this.faults = faults;
        this.startupFaults = startupFaults;
        this.startupVariants = startupVariants;
        this.caPem = caPem;
        try {
            server = HttpServer.create(new InetSocketAddress(bindHost, port), 16);
        } catch (IOException unavailable) {
            throw new UncheckedIOException("cannot open the simulator control port " + bindHost + ":" + port,
                    unavailable);
        }
        server.createContext(ControlEndpoint.CONTEXT, this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        String host = advertisedHost.contains(":") ? "[" + advertisedHost + "]" : advertisedHost;
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + ControlEndpoint.CONTEXT);
    }

    /** Lets {@code POST /shutdown} run {@code stop}, once the 202 is sent; until then it answers 403. */
    void acceptShutdownRequests(Runnable stop) {
        shutdown.set(stop);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Runnable afterReply = null;
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(ControlEndpoint.CONTEXT.length())
                    .replaceAll("/+$", "");
            String method = exchange.getRequestMethod();
            List<ControlEndpoint> atPath = ControlEndpoint.at(path);
            ControlEndpoint endpoint = atPath.stream().filter(candidate -> candidate.method().equals(method))
                    .findFirst().orElse(null);
            Reply reply;
            if (atPath.isEmpty()) {
                reply = Reply.text(404, "no control endpoint " + ControlEndpoint.CONTEXT + path + "; GET "
                        + ControlEndpoint.CONTEXT + " lists them");
            } else if (endpoint == null) {
                String allowed = atPath.stream().map(ControlEndpoint::method).collect(Collectors.joining(", "));
                exchange.getResponseHeaders().set("Allow", allowed);
                reply = Reply.text(405, ControlEndpoint.CONTEXT + path + " takes " + allowed + ", not " + method);
            } else if (!method.equals("GET") && exchange.getRequestHeaders().containsKey("Origin")) {
                reply = Reply.text(403, "the control endpoints take no requests from web pages (Origin: "
                        + exchange.getRequestHeaders().getFirst("Origin") + ")");
            } else {
                byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
                if (body.length > MAX_BODY_BYTES) {
                    reply = Reply.text(413, "a control request body has at most " + MAX_BODY_BYTES + " bytes");
                } else {
                    String value = new String(body, StandardCharsets.UTF_8).trim();
                    String variable = endpoint.match(path).orElseThrow();
                    try {
                        reply = apply(endpoint, variable, value);
                        if (endpoint == ControlEndpoint.SHUTDOWN && reply.status() == 202) {
                            reply = shutdownFrom(exchange.getRemoteAddress().getAddress(), reply);
                            afterReply = reply.status() == 202 ? shutdown.get() : null;
                        }
                    } catch (NoSuchSwitch unknown) {
                        reply = Reply.text(404, unknown.getMessage());
                    } catch (IllegalStateException notNow) {
                        // a node this simulator does not run, or a state the request does not fit
                        reply = Reply.text(409, method + " " + ControlEndpoint.CONTEXT + path + ": "
                                + notNow.getMessage());
                    } catch (IllegalArgumentException bad) {
                        reply = Reply.text(400, method + " " + ControlEndpoint.CONTEXT + path + ": "
                                + bad.getMessage());
                    }
                }
            }
            respond(exchange, reply);
        }
        if (afterReply != null) {
            afterReply.run();
        }
    }

    /** A path naming a switch that does not exist: 404, listing the ones that do. */
    private static final class NoSuchSwitch extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NoSuchSwitch(String message) {
            super(message, null, false, false);
        }
    }

    private Reply apply(ControlEndpoint endpoint, String variable, String value) {
        switch (endpoint) {
            case INDEX -> {
                return Reply.text(200, "Control endpoints of this Finesse simulator (" + url() + "):\n"
                        + ControlEndpoint.table(""));
            }
            case HEALTH -> {
                return Reply.text(200, "ready");
            }
            case CA_CERTIFICATE -> {
                return new Reply(200, "application/x-pem-file", caPem.get());
            }
            case SERVICE -> deployment.setStatusEverywhere(Choice.of(SystemStatus.class, value));
            case SIDE_SERVICE -> {
                SystemStatus status = Choice.of(SystemStatus.class, value);
                node(variable).setStatus(status);
            }
            case SIDE_NOTIFICATION_SERVICE -> {
                boolean up = Choice.among(value, "up", "down").equals("up");
                node(variable).setNotificationService(up);
            }
            case SIDE_FINESSE_PRESENCE -> {
                boolean available = Choice.among(value, "available", "unavailable").equals("available");
                node(variable).setFinesseUserAvailable(available);
            }
            case SIDE_MAINTENANCE -> {
                Side side = named(Side.class, variable);
                deployment.startMaintenance(side);
                return Reply.text(202, "maintenance mode IN_PROGRESS on the " + side.pathName() + " node; GET its"
                        + " /finesse/api/SystemInfo for finesseMMode");
            }
            case CTI_FAILOVER -> deployment.ctiFailover();
            case REASON_CODE_REQUIRED -> controls.setReasonCodeRequired(named(ReasonCodeCategory.class, variable),
                    onOrOff(value));
            case FAULT -> {
                Fault fault = named(Fault.class, variable);
                if (onOrOff(value)) {
                    faults.enable(fault);
                } else {
                    faults.disable(fault);
                }
            }
            case VARIANT -> {
                Variant variant = named(Variant.class, variable);
                if (onOrOff(value)) {
                    faults.enable(variant);
                } else {
                    faults.disable(variant);
                }
            }
            case RESET -> reset();
            case SHUTDOWN -> {
                return Reply.text(202, "stopping");
            }
        }
        return Reply.empty();
    }

    /** The node a path names; 404 for a name that is no side, 409 (IllegalStateException) for one not running. */
    private FinesseNode node(String sideName) {
        return deployment.node(named(Side.class, sideName));
    }

    private Reply shutdownFrom(InetAddress client, Reply accepted) {
        if (shutdown.get() == null) {
            return Reply.text(403, "this simulator runs inside another program (a test run) and stops with it");
        }
        if (!client.isLoopbackAddress()) {
            return Reply.text(403, "shutdown is taken from the loopback interface only, not from "
                    + client.getHostAddress());
        }
        return accepted;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return Choice.of(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new NoSuchSwitch("no such " + type.getSimpleName() + " '" + name + "': "
                    + unknown.getMessage().replace(", not '" + name + "'", ""));
        }
    }

    /**
     * Back to how the simulator started: every node in service, out of maintenance mode, its notification service
     * up; no reason codes required, only its start-up faults.
     */
    void reset() {
        deployment.reset();
        for (ReasonCodeCategory category : ReasonCodeCategory.values()) {
            controls.setReasonCodeRequired(category, false);
        }
        faults.clear();
        startupFaults.forEach(faults::enable);
        startupVariants.forEach(faults::enable);
    }

    private static boolean onOrOff(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "TRUE", "ON" -> true;
            case "FALSE", "OFF" -> false;
            default -> throw new IllegalArgumentException("expected true/false or on/off, not '" + value + "'");
        };
    }

    private static void respond(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
