package io.finesseacceptance.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.xmpp.RawWebSocketClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar the package phase built, run as a child process the way a person or another
 * project's build runs it: {@code java -jar target/finesse-simulator.jar ...}. Builds nothing itself.
 */
class SimulatorJarIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern EXPORT = Pattern.compile("\\s*export (FINESSE_\\w+)='(.*)'");

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsStillRunning() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void helpListsEveryOptionAndExitsZero() throws Exception {
        long begin = System.nanoTime();
        Finished help = runToEnd("--help");
        long millis = (System.nanoTime() - begin) / 1_000_000;

        assertThat(help.status()).isZero();
        for (SimulatorFlag option : SimulatorFlag.values()) {
            assertThat(help.out()).contains(option.commandLine() + " " + option.valueForm())
                    .contains("-D" + option.property() + "=");
        }
        assertThat(help.out()).contains("POST /simulator/shutdown");
        System.out.println("java -jar finesse-simulator.jar --help took " + millis + " ms");
    }

    @Test
    void versionAndABadOption() throws Exception {
        Finished version = runToEnd("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("finesse-simulator 0.");

        Finished bad = runToEnd("--agents", "many");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("finesse-simulator: --agents: expected a whole number from 1 to 10000,"
                + " not 'many'\n");
    }

    @Test
    void servesTheApiAndTheControlEndpointsUntilStoppedByPid() throws Exception {
        long begin = System.nanoTime();
        Running simulator = start("--rest-port", "0", "--agents", "2", "--deployment", "UCCX");
        System.out.println("java -jar finesse-simulator.jar: start to ready " + (System.nanoTime() - begin) / 1_000_000
                + " ms (the simulator says: " + simulator.readyLine() + ")");
        SimulatorTestClient http = new SimulatorTestClient(simulator.settings());
        String[] agent = simulator.settings().get("FINESSE_AGENTS").split(",")[0].split(":");

        HttpResponse<String> info = http.api("/finesse/api/SystemInfo", agent[0], agent[1]);
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("<status>IN_SERVICE</status>").contains("<deploymentType>UCCX");
        assertThat(http.api("/finesse/api/User/" + agent[0], agent[0], "wrong").statusCode()).isEqualTo(401);

        assertThat(http.control("GET", "/health", null).body()).isEqualTo("ready\n");
        assertThat(http.control("PUT", "/service", "OUT_OF_SERVICE").statusCode()).isEqualTo(204);
        assertThat(http.api("/finesse/api/SystemInfo", agent[0], agent[1]).body())
                .contains("<status>OUT_OF_SERVICE</status>");
        assertThat(http.api("/finesse/api/User/" + agent[0], agent[0], agent[1]).statusCode()).isEqualTo(503);

        ProcessHandle handle = ProcessHandle.of(simulator.process().pid()).orElseThrow();
        handle.destroy();
        assertThat(simulator.process().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(Path.of(simulator.settings().get("FINESSE_CA_CERT"))).as("the temporary CA file").doesNotExist();
    }

    @Test
    void stopsWithStatusZeroOnAShutdownRequest() throws Exception {
        Running simulator = start("--agents", "1", "--rest", "http", "--xmpp", "BOSH_HTTP");
        assertThat(simulator.settings()).containsEntry("FINESSE_XMPP_TRANSPORT", "bosh");
        assertThat(simulator.settings().get("FINESSE_BASE_URL")).startsWith("http://127.0.0.1:");
        SimulatorTestClient http = new SimulatorTestClient(simulator.settings());

        HttpResponse<String> shutdown = http.control("POST", "/shutdown", null);

        assertThat(shutdown.statusCode()).isEqualTo(202);
        assertThat(simulator.process().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(simulator.process().exitValue()).isZero();
    }

    @Test
    void runsTwoNodesWhenAskedToAndPrintsTheSecondarysSettings() throws Exception {
        Running simulator = start("--agents", "1", "--nodes", "2", "--secondary-xmpp-domain", "finesse-b.jar.example");
        Map<String, String> settings = simulator.settings();
        assertThat(settings).containsKeys("FINESSE_SECONDARY_BASE_URL", "FINESSE_SECONDARY_XMPP_PORT");
        SimulatorTestClient secondary = new SimulatorTestClient(Map.of("FINESSE_BASE_URL",
                settings.get("FINESSE_SECONDARY_BASE_URL"), "FINESSE_SIMULATOR_CONTROL",
                settings.get("FINESSE_SIMULATOR_CONTROL"), "FINESSE_CA_CERT", settings.get("FINESSE_CA_CERT")));
        String[] agent = settings.get("FINESSE_AGENTS").split(",")[0].split(":");

        HttpResponse<String> info = secondary.api("/finesse/api/SystemInfo", agent[0], agent[1]);

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("<xmppDomain>finesse-b.jar.example</xmppDomain>", "<secondaryNode><host>");
        assertThat(secondary.control("PUT", "/sides/secondary/service", "OUT_OF_SERVICE").statusCode())
                .isEqualTo(204);
        assertThat(secondary.api("/finesse/api/User/" + agent[0], agent[0], agent[1]).statusCode()).isEqualTo(503);
    }

    @Test
    void servesXmppOverWebSocketOnTheRestPortWhenAskedTo() throws Exception {
        Running simulator = start("--agents", "1", "--xmpp", "WEBSOCKET");
        Map<String, String> settings = simulator.settings();
        int restPort = URI.create(settings.get("FINESSE_BASE_URL")).getPort();
        assertThat(settings).containsEntry("FINESSE_XMPP_TRANSPORT", "websocket")
                .containsEntry("FINESSE_XMPP_WEBSOCKET_URL", "wss://127.0.0.1:" + restPort + "/ws/");

        try (RawWebSocketClient desktop = RawWebSocketClient.loggedIn(URI.create(settings.get(
                "FINESSE_XMPP_WEBSOCKET_URL")), SimulatorTestClient.trusting(Path.of(settings.get("FINESSE_CA_CERT"))),
                settings.get("FINESSE_XMPP_DOMAIN"), "1001", SimulatorTestClient.password("1001"), "desktop")) {
            desktop.ping("from-the-jar");
        }
        assertThat(new SimulatorTestClient(settings).control("POST", "/shutdown", null).statusCode()).isEqualTo(202);
        assertThat(simulator.process().waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("stopped").isTrue();
    }

    private record Finished(int status, String out, String err) {
    }

    private record Running(Process process, Map<String, String> settings, String readyLine) {
    }

    private Finished runToEnd(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(buildDir(), "simulator-jar-", ".out");
        Path err = Files.createTempFile(buildDir(), "simulator-jar-", ".err");
        Process process = new ProcessBuilder(command(args)).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        started.add(process);
        assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("ended").isTrue();
        return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Starts the jar and waits for its ready line, collecting the FINESSE_* settings it printed before. */
    private Running start(String... args) throws IOException, InterruptedException {
        Path err = Files.createTempFile(buildDir(), "simulator-jar-", ".err");
        Process process = new ProcessBuilder(command(args)).redirectError(err.toFile()).start();
        started.add(process);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // the process ended
            }
        }, "simulator-jar-stdout");
        reader.setDaemon(true);
        reader.start();
        Map<String, String> settings = new LinkedHashMap<>();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                assertThat(process.isAlive()).as("the simulator ended before it was ready: %s",
                        Files.readString(err)).isTrue();
                continue;
            }
            Matcher export = EXPORT.matcher(line);
            if (export.matches()) {
                settings.put(export.group(1), export.group(2));
            } else if (line.startsWith(SimulatorMain.READY)) {
                return new Running(process, settings, line);
            }
        }
        throw new AssertionError("no '" + SimulatorMain.READY + "' line within " + PATIENCE);
    }

    private static List<String> command(String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static Path jar() {
        String configured = System.getProperty("simulator.jar");
        assertThat(configured).as("the failsafe property simulator.jar").isNotBlank();
        Path jar = Path.of(configured);
        assertThat(jar).as("the jar the package phase builds").isRegularFile();
        return jar;
    }

    private static Path buildDir() {
        return jar().toAbsolutePath().getParent();
    }
}
