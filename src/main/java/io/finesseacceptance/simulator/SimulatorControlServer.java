package io.finesseacceptance.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.finesseacceptance.simulator.agents.ReasonCodeCategory;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.faults.Variant;
import io.finesseacceptance.simulator.webservices.SimulatorControls;
import io.finesseacceptance.simulator.webservices.SystemStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The simulator's own switchboard, over HTTP like WireMock's admin API, so scenarios that need Finesse
 * to be out of service or to require reason codes reach it the way they reach Finesse: over the network.
 * {@code PUT /simulator/service} (IN_SERVICE, OUT_OF_SERVICE, PARTIAL_SERVICE),
 * {@code PUT /simulator/reason-code-required/{NOT_READY|LOGOUT}} (true, false),
 * {@code PUT /simulator/faults/{FAULT}} (on, off), {@code PUT /simulator/variants/{VARIANT}} (on, off),
 * {@code POST /simulator/reset}.
 */
final class SimulatorControlServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "simulator-control");
        thread.setDaemon(true);
        return thread;
    });
    private final SimulatorControls controls;
    private final FaultSwitches faults;
    private final Set<Fault> startupFaults;
    private final Set<Variant> startupVariants;

    SimulatorControlServer(String bindHost, SimulatorControls controls, FaultSwitches faults, Set<Fault> startupFaults,
                           Set<Variant> startupVariants) {
        this.controls = controls;
        this.faults = faults;
        this.startupFaults = startupFaults;
        this.startupVariants = startupVariants;
        try {
            server = HttpServer.create(new InetSocketAddress(bindHost, 0), 16);
        } catch (IOException unavailable) {
            throw new UncheckedIOException("cannot open the simulator control port", unavailable);
        }
        server.createContext("/simulator", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
                + "/simulator");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/simulator".length());
            String value = new String(exchange.getRequestBody().readNBytes(256), StandardCharsets.UTF_8).trim()
                    .toUpperCase(Locale.ROOT);
            try {
                apply(exchange.getRequestMethod(), path, value);
                respond(exchange, 204, "");
            } catch (IllegalArgumentException unknown) {
                respond(exchange, 400, unknown.getMessage() + "\n");
            }
        }
    }

    private void apply(String method, String path, String value) {
        if (method.equals("POST") && path.equals("/reset")) {
            reset();
        } else if (method.equals("PUT") && path.equals("/service")) {
            controls.setSystemStatus(SystemStatus.valueOf(value));
        } else if (method.equals("PUT") && path.startsWith("/reason-code-required/")) {
            controls.setReasonCodeRequired(ReasonCodeCategory.valueOf(path.substring(path.lastIndexOf('/') + 1)),
                    parseSwitch(value));
        } else if (method.equals("PUT") && path.startsWith("/faults/")) {
            Fault fault = Fault.valueOf(path.substring(path.lastIndexOf('/') + 1));
            if (parseSwitch(value)) {
                faults.enable(fault);
            } else {
                faults.disable(fault);
            }
        } else if (method.equals("PUT") && path.startsWith("/variants/")) {
            Variant variant = Variant.valueOf(path.substring(path.lastIndexOf('/') + 1));
            if (parseSwitch(value)) {
                faults.enable(variant);
            } else {
                faults.disable(variant);
            }
        } else {
            throw new IllegalArgumentException("unknown control " + method + " " + path);
        }
    }

    /** Back to how the simulator started: in service, no reason codes required, only its start-up faults and variants. */
    void reset() {
        controls.setSystemStatus(SystemStatus.IN_SERVICE);
        for (ReasonCodeCategory category : ReasonCodeCategory.values()) {
            controls.setReasonCodeRequired(category, false);
        }
        faults.clear();
        startupFaults.forEach(faults::enable);
        startupVariants.forEach(faults::enable);
    }

    private static boolean parseSwitch(String value) {
        return switch (value) {
            case "TRUE", "ON" -> true;
            case "FALSE", "OFF" -> false;
            default -> throw new IllegalArgumentException("expected true/false or on/off, not " + value);
        };
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
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
