package io.finesseacceptance.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * The client of the simulator's control endpoints (FINESSE_SIMULATOR_CONTROL), shipped with the simulator
 * as WireMock ships its admin client: for scenarios that need Finesse in a condition no lab can be put in
 * on demand. Real labs have no such URL, and those scenarios skip there.
 */
public final class SimulatorControlClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();

    public SimulatorControlClient(URI url) {
        this.url = url;
    }

    public void outOfService(boolean outOfService) {
        put("/service", outOfService ? "OUT_OF_SERVICE" : "IN_SERVICE");
    }

    public void requireReasonCode(String category, boolean required) {
        put("/reason-code-required/" + category, String.valueOf(required));
    }

    public void reset() {
        post("/reset", 204);
    }

    /**
     * One node's status, {@code side} {@code primary} or {@code secondary}: IN_SERVICE, OUT_OF_SERVICE or
     * PARTIAL_SERVICE; the change is published on that node's SystemInfo node.
     */
    public void sideStatus(String side, String status) {
        put("/sides/" + side + "/service", status);
    }

    /** One node's notification service up, or down as crashed (sessions cut, connections refused). */
    public void notificationService(String side, boolean up) {
        put("/sides/" + side + "/notification-service", up ? "up" : "down");
    }

    /** The presence of one node's {@code finesse} user (two nodes only). */
    public void finessePresence(String side, boolean available) {
        put("/sides/" + side + "/finesse-presence", available ? "available" : "unavailable");
    }

    /** Starts one node's maintenance mode; its progress shows in that node's SystemInfo {@code finesseMMode}. */
    public void startMaintenance(String side) {
        post("/sides/" + side + "/maintenance", 202);
    }

    /** A CTI failover: every node out of service and back, then every signed-in agent's state published again. */
    public void ctiFailover() {
        post("/cti-failover", 204);
    }

    private void put(String path, String value) {
        send("PUT " + path + " " + value, request(path).PUT(BodyPublishers.ofString(value)), 204);
    }

    private void post(String path, int expected) {
        send("POST " + path, request(path).POST(BodyPublishers.noBody()), expected);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT);
    }

    private void send(String what, HttpRequest.Builder request, int expected) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new IllegalStateException("simulator control " + what + " at " + url + " failed: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: simulator control " + what, interrupted);
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException("simulator control " + what + " at " + url + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }
}
