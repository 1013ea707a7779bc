package io.finesseacceptance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A folder of generated pages served on 127.0.0.1 and looked at in headless Chromium, for the browser checks:
 * {@code @RegisterExtension static final ServedSite SITE = ServedSite.of(folder, "what it holds")}. Before the
 * tests it skips them (with the reason) where no chromium is installed (.ci/run installs it) and fails them where
 * the folder has no index.html; after them it stops serving.
 */
public final class ServedSite implements BeforeAllCallback, AfterAllCallback {

    private final Path folder;
    private final String what;
    private HeadlessChromium chromium;
    private HttpServer server;
    private URI base;

    private ServedSite(Path folder, String what) {
        this.folder = folder;
        this.what = what;
    }

    /** @param what what the folder holds, for the failure when its index.html is missing */
    public static ServedSite of(Path folder, String what) {
        return new ServedSite(folder, what);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), "no chromium on this machine (.ci/run installs Debian's chromium)");
        assertThat(folder.resolve("index.html")).as(what).isRegularFile();
        chromium = found.get();
        try {
            server = ReportServer.serve(folder, 0);
        } catch (IOException unservable) {
            throw new UncheckedIOException("cannot serve " + folder, unservable);
        }
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop(0);
        }
    }

    public URI base() {
        return base;
    }

    public HeadlessChromium chromium() {
        return chromium;
    }
}
