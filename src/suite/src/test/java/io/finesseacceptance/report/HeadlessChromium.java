package io.finesseacceptance.report;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's chromium, run headless to look at a page the way a person would: after its scripts ran.
 * Virtual time lets a single-page app load its data without the test guessing how long that takes.
 */
public final class HeadlessChromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** -Dchromium.binary, else the first of chromium, chromium-browser, google-chrome on the PATH. */
    public static Optional<HeadlessChromium> find() {
        String configured = System.getProperty("chromium.binary", "");
        if (!configured.isBlank()) {
            return Optional.of(new HeadlessChromium(Path.of(configured)));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(directory -> NAMES.stream().map(name -> Path.of(directory, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .map(HeadlessChromium::new);
    }

    /** The page's DOM once its scripts have run. */
    public String dumpDom(URI url) {
        return run(List.of("--dump-dom", url.toString()));
    }

    public void screenshot(URI url, Path png, int width, int height) {
        run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
                url.toString()));
        if (!Files.isRegularFile(png)) {
            throw new IllegalStateException("chromium wrote no screenshot of " + url);
        }
    }

    private String run(List<String> task) {
        Path profile = null;
        Path output = null;
        try {
            profile = Files.createTempDirectory("chromium-profile");
            output = Files.createTempFile("chromium-output", ".html");
            List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--user-data-dir=" + profile, "--virtual-time-budget=15000"));
            command.addAll(task);
            Process chromium = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (chromium.exitValue() != 0) {
                throw new IllegalStateException("chromium exited with " + chromium.exitValue() + ": " + command);
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException("could not run " + binary, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while chromium ran", interrupted);
        } finally {
            delete(profile);
            delete(output);
        }
    }

    private static void delete(Path path) {
        if (path == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
