package io.finesseacceptance.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.finesseacceptance.simulator.FinesseSimulator;
import io.finesseacceptance.simulator.SimulatorConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JMeter's own distributed mode: a {@link LoadController} sends the plan over RMI to {@link LoadServer}s (each a
 * JVM of its own on loopback, holding its slice's sessions), first one server with every agent, then two with
 * half each. The servers' files merged give the same totals both times, and the controller receives every
 * JMeter sample. Counts only, never times. {@code ./mvnw -q -Pload-distributed test}.
 */
class RemoteLoadIT {

    private static final int AGENTS = 20;
    private static final int CYCLES = 3;
    private static final Duration READY = Duration.ofMinutes(1);
    private static final Duration RUN = Duration.ofMinutes(3);

    @Test
    void twoJmeterServersMergedGiveTheSameTotalsAsOne(@TempDir Path output) throws Exception {
        SimulatorConfig options = SimulatorConfig.defaults().withAgentCount(AGENTS)
                .withNotificationDelay(Duration.ofMillis(20));
        try (FinesseSimulator simulator = FinesseSimulator.start(options)) {
            Map<String, String> settings = ChildJvm.settingsToLoad(simulator);

            LoadMerge.Merged one = LoadMerge.merge(distributedRun(settings, 1, output.resolve("one-server")));
            LoadMerge.Merged two = LoadMerge.merge(distributedRun(settings, 2, output.resolve("two-servers")));

            MergedTotals.assertSameTotals(one, two, AGENTS, CYCLES);
            assertThat(one.injectorsRead()).isEqualTo(1);
            assertThat(two.injectorsRead()).isEqualTo(2);
        }
    }

    @Test
    void theControllerFailsWhenTheServersSendFewerSamplesThanThePlanHas(@TempDir Path output) throws Exception {
        try (FinesseSimulator simulator = FinesseSimulator.start(SimulatorConfig.defaults().withAgentCount(AGENTS))) {
            Map<String, String> settings = ChildJvm.settingsToLoad(simulator);

            // the one server was started for half the agents the controller plans for
            Run run = run(settings, 1, AGENTS / 2, output);

            assertThat(run.controllerExit()).as(run.controllerOutput()).isEqualTo(1);
            long planned = (long) AGENTS * CYCLES * Transition.values().length;
            assertThat(run.controllerOutput()).contains(planned / 2 + " of " + planned + " samples from 1 servers");
        }
    }

    private record Run(int controllerExit, String controllerOutput, List<Path> serverOutputs) {
    }

    /** Servers and controller for every agent; the servers' output directories, once each run has ended well. */
    private static List<Path> distributedRun(Map<String, String> settings, int servers, Path directory)
            throws Exception {
        Run run = run(settings, servers, AGENTS, directory);
        assertThat(run.controllerExit()).as(() -> "controller exit code; its output:\n" + run.controllerOutput())
                .isZero();
        long samples = (long) AGENTS * CYCLES * Transition.values().length;
        assertThat(run.controllerOutput()).contains(samples + " of " + samples + " samples from " + servers
                + " servers, 0 failed");
        return run.serverOutputs();
    }

    /**
     * Starts the servers (for {@code serverAgents} agents), waits until each is ready, runs the controller (for
     * {@link #AGENTS}) and waits for the servers to end, each of which must end well.
     */
    private static Run run(Map<String, String> settings, int servers, int serverAgents, Path directory)
            throws Exception {
        List<ChildJvm> started = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        try {
            for (int k = 0; k < servers; k++) {
                int port = freeLoopbackPort();
                Path out = directory.resolve("server-" + k);
                outputs.add(out);
                addresses.add("127.0.0.1:" + port);
                started.add(ChildJvm.start(LoadServer.class, List.of("-Dload.injector=" + k,
                        "-Dload.injectors=" + servers, "-Dload.agents=" + serverAgents, "-Dload.serverPort=" + port,
                        "-Dload.serverLocalPort=" + freeLoopbackPort(), "-Dload.serverWaitMinutes=3",
                        "-Dload.outputDir=" + out), settings, out.resolve("server.log")));
            }
            for (ChildJvm server : started) {
                server.awaitPrinted("LoadServer ready", READY);
            }
            int controllerExit;
            String controllerOutput;
            try (ChildJvm controller = ChildJvm.start(LoadController.class, List.of(
                    "-Dload.servers=" + String.join(",", addresses), "-Dload.agents=" + AGENTS,
                    "-Dload.cycles=" + CYCLES, "-Dload.paceMs=50", "-Dload.rampSeconds=1"),
                    Map.of(), directory.resolve("controller.log"))) {
                controllerExit = controller.awaitExit(RUN);
                controllerOutput = controller.output();
                System.out.print(controllerOutput);
            }
            for (ChildJvm server : started) {
                int exit = server.awaitExit(READY);
                System.out.print(server.output());
                assertThat(exit).as("server exit code").isZero();
            }
            return new Run(controllerExit, controllerOutput, outputs);
        } finally {
            started.forEach(ChildJvm::close);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
