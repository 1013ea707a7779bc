package io.finesseacceptance.load;

import static us.abstracta.jmeter.javadsl.JmeterDsl.constantTimer;
import static us.abstracta.jmeter.javadsl.JmeterDsl.jsr223Sampler;
import static us.abstracta.jmeter.javadsl.JmeterDsl.testPlan;
import static us.abstracta.jmeter.javadsl.JmeterDsl.threadGroup;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.agent.ConfirmationListener;
import io.finesseacceptance.agent.DeskSnapshot;
import io.finesseacceptance.agent.RequestIds;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.notify.AwaitedUpdates;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.XmppSession;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.LabSettingsReader;
import io.finesseacceptance.settings.RunTarget;
import io.finesseacceptance.settings.SettingsSource;
import io.finesseacceptance.settings.TlsTrust;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import us.abstracta.jmeter.javadsl.core.DslTestPlan;
import us.abstracta.jmeter.javadsl.core.TestPlanStats;
import us.abstracta.jmeter.javadsl.core.threadgroups.DslDefaultThreadGroup;

/**
 * One injector of a load run spread over several JVMs or machines: {@code -Dload.injector=K
 * -Dload.injectors=N} takes the agents whose index i (0-based, in FINESSE_AGENTS order, of the first
 * {@code load.agents}) has {@code i mod N == K}, and runs them as a JMeter test plan (jmeter-java-dsl, embedded
 * JMeter engine): one JMeter thread per virtual agent, {@code load.cycles} iterations each, one sampler per
 * transition over the suite's own client ({@link VirtualAgent#perform}, the same step the single-machine load
 * run takes). Writes its slice's {@code put-latency.hlog}, {@code notification-latency.hlog} and
 * {@code counts.properties} to {@code load.outputDir}; {@link LoadMerge} adds the injectors' files up.
 * Always against FINESSE_BASE_URL (a lab, or a simulator started on its own), with FINESSE_LOAD_CONFIRM.
 */
public final class LoadInjector {

    private static final int FEED_RETAINED = 8;

    private LoadInjector() {
    }

    public static void main(String[] args) throws Exception {
        SettingsSource environment = SettingsSource.systemPropertiesThenEnvironment();
        Optional<String> refusal = LoadConfirmation.refusal(environment);
        if (refusal.isPresent()) {
            throw new IllegalStateException(refusal.get());
        }
        if (RunTarget.decide(environment) != RunTarget.LAB) {
            throw new IllegalStateException("an injector runs against FINESSE_BASE_URL: start the simulator on its own"
                    + " (java -jar target/finesse-simulator.jar) and export the settings it prints");
        }
        InjectorResult result = run(LabSettingsReader.read(environment), System.getProperties(), System.out);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("injector incomplete: " + String.join("; ", result.problems()));
        }
    }

    /** The counts of one injector's slice, and whether each is as it must be. */
    record InjectorResult(int injector, int injectors, List<String> agentIds, Map<Transition, TransitionStats> stats,
                          long jmeterSamples, long jmeterErrors, int signedOut, int closed) {

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (TransitionStats one : stats.values()) {
                if (one.acceptedCount() != one.requests() || one.errorCount() > 0
                        || one.receivedCount() != one.expectedCount()) {
                    problems.add(one.transition().label() + ": " + one.acceptedCount() + " of " + one.requests()
                            + " answered 202, " + one.receivedCount() + " of " + one.expectedCount()
                            + " notifications, errors " + one.errorsByType() + ", missing " + one.missingNames());
                }
            }
            if (jmeterErrors > 0) {
                problems.add(jmeterErrors + " of " + jmeterSamples + " JMeter samples failed");
            }
            if (signedOut != agentIds.size() || closed != agentIds.size()) {
                problems.add(signedOut + " signed out, " + closed + " sessions closed, of " + agentIds.size());
            }
            return problems;
        }
    }

    static InjectorResult run(LabSettings settings, Properties properties, PrintStream out) throws Exception {
        LoadPlan plan = LoadPlan.from(properties, settings.agents().size());
        int injectors = number(properties, "load.injectors", 1);
        int injector = number(properties, "load.injector", 0);
        if (injectors < 1 || injector < 0 || injector >= injectors) {
            throw new IllegalArgumentException("-Dload.injector must be 0.." + (injectors - 1) + ", not " + injector);
        }
        if (plan.cycles() < 1) {
            throw new IllegalArgumentException("an injector runs a fixed number of cycles per agent: set -Dload.cycles");
        }
        if (settings.agents().size() < plan.agents()) {
            throw new IllegalArgumentException("load.agents=" + plan.agents() + " but only " + settings.agents().size()
                    + " agents are configured (FINESSE_AGENTS)");
        }
        List<AgentAccount> slice = new ArrayList<>();
        for (int i = injector; i < plan.agents(); i += injectors) {
            slice.add(settings.agents().get(i));
        }
        out.printf("Injector %d of %d: %d of %d agents, %d cycles each, %d ms between steps (JMeter, embedded engine)%n",
                injector, injectors, slice.size(), plan.agents(), plan.cycles(), plan.pace().toMillis());
        Map<Transition, TransitionStats> stats = new EnumMap<>(Transition.class);
        for (Transition transition : Transition.values()) {
            stats.put(transition, new TransitionStats(transition));
        }
        if (slice.isEmpty()) {
            InjectorResult empty = new InjectorResult(injector, injectors, List.of(), stats, 0, 0, 0, 0);
            write(plan.outputDir(), empty);
            return empty;
        }
        try (FinesseLab lab = FinesseLab.connect(settings, ExchangeListener.NONE)) {
            FinesseRestClient rest = FinesseRestClient.unrecorded(settings, TlsTrust.from(settings));
            String reasonCode = rest.reasonCodes(slice.get(0), "NOT_READY").get(0).id();
            List<VirtualAgent> agents = open(lab, slice, rest, reasonCode, plan);
            try {
                TestPlanStats jmeter = plan(agents, stats, plan).run();
                ExecutorService pool = Executors.newFixedThreadPool(plan.sessionConcurrency());
                try {
                    int signedOut = count(pool, agents, agent -> agent.readBack() == AgentState.LOGOUT);
                    int closed = count(pool, agents, VirtualAgent::close);
                    InjectorResult result = new InjectorResult(injector, injectors,
                            slice.stream().map(AgentAccount::id).toList(), stats, jmeter.overall().samplesCount(),
                            jmeter.overall().errorsCount(), signedOut, closed);
                    write(plan.outputDir(), result);
                    out.printf("Injector %d: JMeter %d samples, %d errors; %d signed out, %d sessions closed; written to %s%n",
                            injector, result.jmeterSamples(), result.jmeterErrors(), signedOut, closed,
                            plan.outputDir().toAbsolutePath());
                    return result;
                } finally {
                    pool.shutdownNow();
                }
            } finally {
                agents.forEach(agent -> {
                    if (!agent.closed()) {
                        agent.close();
                    }
                });
            }
        }
    }

    /**
     * The JMeter plan: one thread per agent of the slice (thread number = index in the slice), started over
     * the ramp-up, each iteration one cycle of four samplers; a sampler fails when its step is not confirmed.
     */
    static DslTestPlan plan(List<VirtualAgent> agents, Map<Transition, TransitionStats> stats, LoadPlan plan) {
        DslDefaultThreadGroup group = threadGroup("virtual agents").rampTo(agents.size(), plan.rampUp())
                .holdIterating(plan.cycles());
        if (!plan.pace().isZero()) {
            // the think time before each step: a timer, so it is no sample of its own
            group = group.children(constantTimer(plan.pace()));
        }
        for (Transition transition : Transition.values()) {
            group = group.children(jsr223Sampler(transition.label(), v -> {
                VirtualAgent agent = agents.get(v.ctx.getThreadNum());
                boolean confirmed = agent.perform(transition, stats.get(transition), plan.notificationTimeout()).join();
                v.sampleResult.setSuccessful(confirmed);
                v.sampleResult.setResponseCode(confirmed ? "202" : "failed");
            }));
        }
        return testPlan(group);
    }

    private static List<VirtualAgent> open(FinesseLab lab, List<AgentAccount> slice, FinesseRestClient rest,
                                           String reasonCode, LoadPlan plan) throws InterruptedException {
        RequestIds requestIds = new RequestIds();
        ExecutorService opener = Executors.newFixedThreadPool(plan.sessionConcurrency());
        try {
            List<Future<VirtualAgent>> opening = new ArrayList<>();
            for (AgentAccount account : slice) {
                opening.add(opener.submit(() -> {
                    NotificationFeed feed = NotificationFeed.keepingLast(account.id(), FEED_RETAINED);
                    XmppSession session = XmppSession.open(lab.notificationEndpoint(), account, feed);
                    AgentDesk desk = new AgentDesk(account, rest, feed, plan.notificationTimeout(),
                            lab.settings().quietPeriod(), requestIds, ConfirmationListener.NONE);
                    if (desk.read().state() != AgentState.LOGOUT) {
                        // every JMeter iteration starts with the sign-in
                        desk.bringTo(DeskSnapshot.signedOut());
                    }
                    return new VirtualAgent(desk, session, new AwaitedUpdates(feed), reasonCode, AgentState.LOGOUT);
                }));
            }
            List<VirtualAgent> agents = new ArrayList<>();
            for (Future<VirtualAgent> one : opening) {
                try {
                    agents.add(one.get());
                } catch (ExecutionException failed) {
                    agents.forEach(VirtualAgent::close);
                    throw new IllegalStateException("XMPP session failed: " + failed.getCause(), failed.getCause());
                }
            }
            return agents;
        } finally {
            opener.shutdownNow();
        }
    }

    private interface Check {
        boolean test(VirtualAgent agent);
    }

    private static int count(ExecutorService pool, List<VirtualAgent> agents, Check check) throws InterruptedException {
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (VirtualAgent agent : agents) {
            outcomes.add(pool.submit(() -> check.test(agent)));
        }
        int yes = 0;
        for (Future<Boolean> outcome : outcomes) {
            try {
                yes += outcome.get() ? 1 : 0;
            } catch (ExecutionException failed) {
                // counted as not done
            }
        }
        return yes;
    }

    /** The slice's latency logs (one interval) and its counts, which the logs do not hold (requests, errors). */
    private static void write(Path directory, InjectorResult result) {
        try (LatencyLogs logs = LatencyLogs.open(directory)) {
            logs.write(result.stats().values());
        }
        Properties counts = new Properties();
        counts.setProperty("injector", Integer.toString(result.injector()));
        counts.setProperty("injectors", Integer.toString(result.injectors()));
        counts.setProperty("agents", String.join(",", result.agentIds()));
        counts.setProperty("signedOut", Integer.toString(result.signedOut()));
        counts.setProperty("closed", Integer.toString(result.closed()));
        counts.setProperty("jmeter.samples", Long.toString(result.jmeterSamples()));
        counts.setProperty("jmeter.errors", Long.toString(result.jmeterErrors()));
        for (TransitionStats one : result.stats().values()) {
            String key = one.transition().name();
            counts.setProperty(key + ".requests", Long.toString(one.requests()));
            counts.setProperty(key + ".accepted", Long.toString(one.acceptedCount()));
            counts.setProperty(key + ".errors", Long.toString(one.errorCount()));
            counts.setProperty(key + ".expected", Long.toString(one.expectedCount()));
            counts.setProperty(key + ".received", Long.toString(one.receivedCount()));
            counts.setProperty(key + ".missing", Long.toString(one.missingCount()));
        }
        try (var writer = Files.newBufferedWriter(directory.resolve("counts.properties"))) {
            counts.store(writer, "load injector " + result.injector() + " of " + result.injectors());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static int number(Properties properties, String name, int fallback) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
