package io.finesseacceptance.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import us.abstracta.jmeter.javadsl.core.TestPlanStats;
import us.abstracta.jmeter.javadsl.core.engines.DistributedJmeterEngine;

/**
 * The controller of JMeter's distributed mode: sends the {@link VirtualAgentPlan} to every
 * {@link LoadServer} in {@code load.servers} (host:port, comma-separated) through jmeter-java-dsl's
 * {@link DistributedJmeterEngine} (JMeter's DistributedRunner over RMI), starts them together and waits,
 * bounded, until each has ended. Every server runs the plan with its own slice's thread count, so the
 * samples reported back must add up to agents × cycles × transitions. The controller touches no Finesse:
 * the servers hold the sessions and write the histograms that {@link LoadMerge} adds up. Exits 0 when every
 * sample arrived and none failed, 1 otherwise.
 */
public final class LoadController {

    private LoadController() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(control(System.getProperties(), System.out));
    }

    static int control(Properties properties, PrintStream out) throws Exception {
        List<String> servers = Arrays.stream(properties.getProperty("load.servers", "").split(","))
                .map(String::trim).filter(server -> !server.isEmpty()).toList();
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("-Dload.servers=host:port,... names the LoadServers to run the plan on");
        }
        LoadPlan plan = LoadPlan.from(properties, 0);
        if (plan.cycles() < 1) {
            throw new IllegalArgumentException("a distributed run has a fixed number of cycles per agent: set -Dload.cycles");
        }
        RmiAddress.bind();
        DistributedJmeterEngine engine = new DistributedJmeterEngine(servers.toArray(String[]::new));
        engine.prop("server.rmi.ssl.disable", properties.getProperty("load.rmiSslDisable", "true"));
        long expected = (long) plan.agents() * plan.cycles() * Transition.values().length;
        Duration limit = limit(plan);
        out.printf("Controller: %d agents over %d JMeter servers %s, %d cycles each, %d ms between steps;"
                + " %d samples expected, at most %d s%n", plan.agents(), servers.size(), servers, plan.cycles(),
                plan.pace().toMillis(), expected, limit.toSeconds());
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<TestPlanStats> running = runner.submit(() -> VirtualAgentPlan.of(VirtualAgentPlan.EACH_SERVERS_SLICE,
                    plan).runIn(engine));
            TestPlanStats stats;
            try {
                stats = running.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException late) {
                out.printf("Controller: the servers had not all ended after %d s%n", limit.toSeconds());
                return 1;
            } catch (ExecutionException failed) {
                out.printf("Controller: the distributed run failed: %s%n", failed.getCause());
                return 1;
            }
            long samples = stats.overall().samplesCount();
            long errors = stats.overall().errorsCount();
            for (Transition transition : Transition.values()) {
                var one = stats.byLabel(transition.label());
                out.printf("  %-28s %8d samples %6d failed%n", transition.label(),
                        one == null ? 0 : one.samplesCount(), one == null ? 0 : one.errorsCount());
            }
            out.printf("Controller: %d of %d samples from %d servers, %d failed%n", samples, expected, servers.size(),
                    errors);
            return samples == expected && errors == 0 ? 0 : 1;
        } finally {
            runner.shutdownNow();
        }
    }

    /** Ramp-up, then every step of every cycle taking its think time and its whole notification timeout. */
    private static Duration limit(LoadPlan plan) {
        Duration step = plan.pace().plus(plan.notificationTimeout());
        return plan.rampUp().plus(step.multipliedBy((long) plan.cycles() * Transition.values().length))
                .plus(Duration.ofMinutes(2));
    }
}
