package io.finesseacceptance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder of generated pages served on 127.0.0.1 and looked at in headless Chromium: the browser checks' shared
 * fixture. Opening it skips the test (with the reason) where no chromium is installed; .ci/run installs it.
 */
public final class ServedSite implements AutoCloseable {

    private final HeadlessChromium chromium;
    private final HttpServer server;
    private final URI base;

    private ServedSite(HeadlessChromium chromium, HttpServer server) {
        this.chromium = chromium;
        this.server = server;
        this.base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** @param what what the folder holds, for the failure when its index.html is missing */
    public static ServedSite open(Path folder, String what) {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), "no chromium on this machine (.ci/run installs Debian's chromium)");
        assertThat(folder.resolve("index.html")).as(what).isRegularFile();
        try {
            return new ServedSite(found.get(), ReportServer.serve(folder, 0));
        } catch (IOException unservable) {
            throw new UncheckedIOException("cannot serve " + folder, unservable);
        }
    }

    public URI base() {
        return base;
    }

    public HeadlessChromium chromium() {
        return chromium;
    }

    /** The DOM of a page of the site, as served, once its scripts have run. */
    public String dom(String relative) {
        return chromium.dumpDom(base.resolve(relative));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
