package io.finesseacceptance.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Desktop;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a generated Allure report on 127.0.0.1. The report is a single-page app that loads its data with
 * requests a browser refuses for file:// pages, so opening index.html from disk shows an empty report.
 */
public final class ReportServer {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"));

    private ReportServer() {
    }

    /** Serves {@code root} until the returned server is stopped; port 0 picks a free one. */
    public static HttpServer serve(Path root, int port) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> answer(base, exchange));
        server.start();
        return server;
    }

    private static void answer(Path base, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = base.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    /** ./mvnw -q -Popen-report: serves reports/allure-report until Ctrl-C. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "reports/allure-report");
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            System.err.println("No report in " + root + ": run the features, then ./mvnw -Preport");
            System.exit(1);
        }
        int port = Integer.getInteger("report.port", 0);
        HttpServer server = serve(root, port);
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        System.out.println("The Allure report of " + root + " is at " + url + " (Ctrl-C stops it)");
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(url);
        }
        new CountDownLatch(1).await();
    }
}
