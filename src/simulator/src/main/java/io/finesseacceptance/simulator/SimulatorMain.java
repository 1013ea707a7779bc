package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.faults.Release;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded Finesse on its own, for exploring with Postman and an XMPP client and for other
 * programs' tests: {@code java -jar target/finesse-simulator.jar [--rest-port 8445 --xmpp BOSH_HTTPS ...]}
 * or {@code ./mvnw -q -Psimulator [-Dexec.args="..."]}; {@code --help} lists the options. Prints its
 * settings and a "Finesse simulator ready" line, then serves until Ctrl-C or {@code POST /simulator/shutdown}.
 */
public final class SimulatorMain {

    static final String READY = "Finesse simulator ready";

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int status = run(List.of(args), System.getProperties(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The exit status; returns once the simulator stops when it runs one. */
    static int run(List<String> args, Properties properties, PrintStream out, PrintStream err)
            throws InterruptedException {
        long started = System.nanoTime();
        SimulatorCommandLine.Invocation invocation;
        try {
            invocation = SimulatorCommandLine.parse(args, properties);
        } catch (SimulatorOptionException bad) {
            err.println(SimulatorCommandLine.PROGRAM + ": " + bad.getMessage());
            return 2;
        }
        if (invocation instanceof SimulatorCommandLine.Help) {
            out.print(SimulatorCommandLine.help());
            out.flush();
            return 0;
        }
        if (invocation instanceof SimulatorCommandLine.Version) {
            out.println(SimulatorCommandLine.PROGRAM + " " + SimulatorCommandLine.version()
                    + " (simulates Cisco Finesse 12.5)");
            return 0;
        }
        SimulatorConfig options = ((SimulatorCommandLine.Run) invocation).options();
        FinesseSimulator simulator;
        try {
            simulator = FinesseSimulator.start(options);
        } catch (Exception unable) { // Netty throws a BindException unchecked, though it is checked
            err.println(SimulatorCommandLine.PROGRAM + ": cannot start: " + oneLine(unable));
            return 1;
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        Thread onInterrupt = new Thread(simulator::close, "simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        simulator.acceptShutdownRequests(stopRequested::countDown);
        out.println(describe(simulator));
        out.println(READY + " in " + (System.nanoTime() - started) / 1_000_000 + " ms (Ctrl-C stops it)");
        out.flush();
        stopRequested.await();
        out.println("Stopping on request (POST " + ControlEndpoint.CONTEXT + "/shutdown)");
        out.flush();
        simulator.close();
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
        return 0;
    }

    private static String oneLine(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString().replace('\n', ' ');
    }

    /** Nothing for today's release; for another, which one and the CTI delay it really waits. */
    private static String release(SimulatorConfig options) {
        if (options.release() == Release.CURRENT) {
            return "";
        }
        return "Release: " + options.release() + " (its planted changes: see --help); CTI delay "
                + options.effectiveNotificationDelay().toMillis() + " ms (" + Release.CTI_DELAY_FACTOR
                + " x --cti-delay-ms " + options.notificationDelay().toMillis() + ")\n";
    }

    static String describe(FinesseSimulator simulator) {
        Map<String, String> settings = simulator.labSettings();
        StringBuilder text = new StringBuilder("Finesse simulator running (")
                .append(simulator.options().deploymentType()).append(").\n\n")
                .append(simulator.describeDoors()).append("\n")
                .append("Agents (id:password:extension): ").append(settings.get("FINESSE_AGENTS")).append("\n")
                .append("Faults on: ").append(simulator.options().faults().isEmpty() ? "none"
                        : simulator.options().faults()).append("\n")
                .append(release(simulator.options())).append("\n")
                .append("Run the suite against it from another shell (notifications over ")
                .append(simulator.options().xmppAccess()).append("):\n");
        settings.forEach((name, value) -> text.append("  export ").append(name).append("='").append(value)
                .append("'\n"));
        return text.append("  ./mvnw -B verify -Plab").toString();
    }
}
