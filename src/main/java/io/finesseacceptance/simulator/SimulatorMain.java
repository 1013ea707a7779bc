package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.Variant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded Finesse on its own, for exploring with Postman and an XMPP client:
 * {@code ./mvnw -q -Psimulator [-Dexec.args="--rest-port 8445 --xmpp-port 5222 --xmpp BOSH_HTTPS"]}.
 * Prints its settings, then serves until Ctrl-C.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions options = parse(args);
        FinesseSimulator simulator = FinesseSimulator.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        System.out.println(describe(simulator));
        stopped.await();
    }

    static SimulatorOptions parse(String[] args) {
        SimulatorOptions options = SimulatorOptions.defaults();
        int rest = 0;
        int xmpp = 0;
        Set<Fault> faults = EnumSet.noneOf(Fault.class);
        Set<Variant> variants = EnumSet.noneOf(Variant.class);
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--rest-port" -> rest = Integer.parseInt(value);
                case "--xmpp-port" -> xmpp = Integer.parseInt(value);
                case "--agents" -> options = options.withAgentCount(Integer.parseInt(value));
                case "--deployment" -> options = options.withDeploymentType(
                        DeploymentType.valueOf(value.toUpperCase(Locale.ROOT)));
                case "--fault" -> faults.add(Fault.valueOf(value.toUpperCase(Locale.ROOT)));
                case "--variant" -> variants.add(Variant.valueOf(value.toUpperCase(Locale.ROOT)));
                case "--xmpp" -> options = options.withXmppAccess(XmppAccess.valueOf(value.toUpperCase(Locale.ROOT)));
                case "--rest" -> options = options.withRestHttps(!value.equalsIgnoreCase("http"));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --rest-port, --xmpp-port, --agents, --deployment UCCE|UCCX, --fault NAME, --variant NAME,"
                        + " --xmpp TCP_PLAIN|TCP_STARTTLS|DIRECT_TLS|BOSH_HTTP|BOSH_HTTPS, --rest http|https)");
            }
        }
        return options.withPorts(rest, xmpp).withFaults(faults).withVariants(variants);
    }

    static String describe(FinesseSimulator simulator) {
        Map<String, String> settings = simulator.labSettings();
        StringBuilder text = new StringBuilder("Finesse simulator running (")
                .append(simulator.options().deploymentType()).append("). Ctrl-C stops it.\n\n")
                .append(simulator.describeDoors()).append("\n")
                .append("Agents (id:password:extension): ").append(settings.get("FINESSE_AGENTS")).append("\n")
                .append("Faults on: ").append(simulator.options().faults().isEmpty() ? "none"
                        : simulator.options().faults()).append("\n")
                .append("Documented variants on: ").append(simulator.options().variants().isEmpty() ? "none"
                        : simulator.options().variants()).append("\n\n")
                .append("Run the suite against it from another shell (notifications over ")
                .append(simulator.options().xmppAccess()).append("):\n");
        settings.forEach((name, value) -> text.append("  export ").append(name).append("='").append(value)
                .append("'\n"));
        return text.append("  ./mvnw -B verify -Plab").toString();
    }
}
