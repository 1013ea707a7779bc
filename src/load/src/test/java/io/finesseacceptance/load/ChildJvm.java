package io.finesseacceptance.load;

import io.finesseacceptance.simulator.FinesseSimulator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A main class of the test classpath run as a JVM of its own (an injector, a JMeter server, a controller),
 * with the simulator's settings as its only FINESSE_* environment. Its output goes to a log file, line by
 * line, and {@link #printed} completes when a line holds a text, so a test waits for "ready" without polling.
 * Every wait is bounded; {@link #close} stops the process (this one, by its handle) if it still runs.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final List<Awaited> awaited = new CopyOnWriteArrayList<>();
    private final StringBuffer output = new StringBuffer();
    private volatile boolean ended;

    private record Awaited(String text, CompletableFuture<Void> seen) {
    }

    private ChildJvm(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        Thread copier = new Thread(this::copyOutput, name + "-output");
        copier.setDaemon(true);
        copier.start();
    }

    static ChildJvm start(Class<?> main, List<String> systemProperties, Map<String, String> finesse, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-Dorg.slf4j.simpleLogger.log.io.finesseacceptance=warn"));
        command.addAll(systemProperties);
        command.add(main.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("FINESSE_"));
        builder.environment().putAll(finesse);
        return new ChildJvm(main.getSimpleName(), builder.start(), log);
    }

    /** The simulator's settings with the confirmation an injector, server or load command asks for. */
    static Map<String, String> settingsToLoad(FinesseSimulator simulator) {
        Map<String, String> settings = new HashMap<>(simulator.labSettings());
        settings.put("FINESSE_LOAD_CONFIRM", settings.get("FINESSE_BASE_URL"));
        return settings;
    }

    /** Completes when the process prints a line holding {@code text}. */
    CompletableFuture<Void> printed(String text) {
        Awaited one = new Awaited(text, new CompletableFuture<>());
        awaited.add(one);
        if (output.indexOf(text) >= 0) {
            one.seen().complete(null);
        } else if (ended) {
            one.seen().completeExceptionally(new AssertionError(name + " ended without printing \"" + text + "\""));
        }
        return one.seen();
    }

    void awaitPrinted(String text, Duration limit) throws Exception {
        try {
            printed(text).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new AssertionError(name + " did not print \"" + text + "\" within " + limit + "; its output:\n" + output);
        } catch (ExecutionException ended) {
            throw new AssertionError(ended.getCause().getMessage() + "; its output:\n" + output);
        }
    }

    /** The exit code, once the process has ended (an AssertionError when it has not within the limit). */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " had not ended within " + limit + "; its output:\n" + output);
        }
        return process.exitValue();
    }

    String output() {
        return output.toString();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void copyOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             PrintWriter file = new PrintWriter(Files.newBufferedWriter(log), true)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                file.println(line);
                output.append(line).append('\n');
                for (Awaited one : awaited) {
                    if (line.contains(one.text())) {
                        one.seen().complete(null);
                    }
                }
            }
        } catch (IOException unreadable) {
            output.append("(output ended: ").append(unreadable).append(")\n");
        } finally {
            ended = true;
            for (Awaited one : awaited) {
                one.seen().completeExceptionally(new AssertionError(name + " ended without printing \"" + one.text() + "\""));
            }
        }
    }
}
