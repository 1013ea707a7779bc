package io.finesseacceptance.load;

import io.finesseacceptance.agent.RequestIds;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.lab.FinesseLab;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.TlsTrust;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The agents one injector drives: agent i (0-based, in FINESSE_AGENTS order, of the first {@code load.agents})
 * belongs to injector {@code i mod load.injectors}. {@link #open} opens their XMPP sessions and signs out any
 * that are signed in (every cycle starts with the sign-in); the JMeter thread with number n drives
 * {@link #agent agent(n)}; {@link #finish} reads every agent back, puts back those found signed in, closes
 * the sessions and writes the slice's
 * {@code put-latency.hlog}, {@code notification-latency.hlog} and {@code counts.properties}, once.
 * The JMeter samplers of this JVM find it through {@link #installed()}.
 */
final class InjectorSlice implements AutoCloseable {

    /** Every JMeter iteration starts with the sign-in. */
    private static final Set<AgentState> EVERY_ITERATION_STARTS = EnumSet.of(AgentState.LOGOUT);
    private static final AtomicReference<InjectorSlice> INSTALLED = new AtomicReference<>();

    private final int injector;
    private final int injectors;
    private final LoadPlan plan;
    private final FinesseLab lab;
    private final List<VirtualAgent> agents;
    private final Map<Transition, TransitionStats> stats = new EnumMap<>(Transition.class);
    private InjectorResult result;
    private final CompletableFuture<Thread> finishedBy = new CompletableFuture<>();

    private InjectorSlice(int injector, int injectors, LoadPlan plan, FinesseLab lab, List<VirtualAgent> agents) {
        this.injector = injector;
        this.injectors = injectors;
        this.plan = plan;
        this.lab = lab;
        this.agents = agents;
        for (Transition transition : Transition.values()) {
            stats.put(transition, new TransitionStats(transition));
        }
    }

    static InjectorSlice open(LabSettings settings, Properties properties) throws InterruptedException {
        LoadPlan plan = LoadPlan.from(properties, settings.agents().size());
        int injectors = LoadPlan.number(properties, "load.injectors", 1);
        int injector = LoadPlan.number(properties, "load.injector", 0);
        if (injectors < 1 || injector < 0 || injector >= injectors) {
            throw new IllegalArgumentException("-Dload.injector must be 0.." + (injectors - 1) + ", not " + injector);
        }
        if (settings.agents().size() < plan.agents()) {
            throw new IllegalArgumentException("load.agents=" + plan.agents() + " but only " + settings.agents().size()
                    + " agents are configured (FINESSE_AGENTS)");
        }
        List<AgentAccount> slice = new ArrayList<>();
        for (int i = injector; i < plan.agents(); i += injectors) {
            slice.add(settings.agents().get(i));
        }
        if (slice.isEmpty()) {
            return new InjectorSlice(injector, injectors, plan, null, List.of());
        }
        FinesseLab lab = FinesseLab.connect(settings, ExchangeListener.NONE);
        try {
            FinesseRestClient rest = FinesseRestClient.lean(settings, TlsTrust.from(settings));
            String reasonCode = VirtualAgent.notReadyReasonCode(rest, slice.get(0));
            return new InjectorSlice(injector, injectors, plan, lab, openSessions(lab, slice, rest, reasonCode, plan));
        } catch (RuntimeException | InterruptedException failed) {
            lab.close();
            throw failed;
        }
    }

    /** Makes this the slice the JMeter samplers of this JVM drive. */
    InjectorSlice install() {
        INSTALLED.set(this);
        return this;
    }

    static InjectorSlice installed() {
        InjectorSlice slice = INSTALLED.get();
        if (slice == null) {
            throw new IllegalStateException("no injector slice in this JVM: the sampler runs in LoadInjector or LoadServer");
        }
        return slice;
    }

    int injector() {
        return injector;
    }

    int injectors() {
        return injectors;
    }

    LoadPlan plan() {
        return plan;
    }

    int size() {
        return agents.size();
    }

    VirtualAgent agent(int threadNumber) {
        return agents.get(threadNumber);
    }

    TransitionStats stats(Transition transition) {
        return stats.get(transition);
    }

    /** {@link Afterwards#settle Settles} the agents and writes the slice's files; later calls return the same. */
    synchronized InjectorResult finish() throws InterruptedException {
        if (result == null) {
            ExecutorService pool = Executors.newFixedThreadPool(plan.sessionConcurrency());
            try {
                InjectorResult finished = new InjectorResult(injector, injectors,
                        agents.stream().map(VirtualAgent::id).toList(), stats, Afterwards.settle(agents, pool));
                write(plan.outputDir(), finished);
                result = finished;
                finishedBy.complete(Thread.currentThread());
            } finally {
                pool.shutdownNow();
            }
        }
        return result;
    }

    /** Completes with the thread that called {@link #finish} first (on a JMeter server: the engine's thread). */
    CompletableFuture<Thread> finishedBy() {
        return finishedBy;
    }

    @Override
    public void close() {
        agents.forEach(agent -> {
            if (!agent.closed()) {
                agent.close();
            }
        });
        if (lab != null) {
            lab.close();
        }
        INSTALLED.compareAndSet(this, null);
    }

    private static List<VirtualAgent> openSessions(FinesseLab lab, List<AgentAccount> slice, FinesseRestClient rest,
                                                   String reasonCode, LoadPlan plan) throws InterruptedException {
        RequestIds requestIds = new RequestIds();
        ExecutorService opener = Executors.newFixedThreadPool(plan.sessionConcurrency());
        try {
            List<Future<VirtualAgent>> opening = new ArrayList<>();
            for (AgentAccount account : slice) {
                opening.add(opener.submit(() -> VirtualAgent.open(lab, account, rest, requestIds, reasonCode,
                        plan.notificationTimeout(), EVERY_ITERATION_STARTS)));
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

    /** The slice's latency logs (one interval) and its counts, which the logs do not hold (requests, errors). */
    private static void write(Path directory, InjectorResult result) {
        try {
            Files.createDirectories(directory);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        try (HlogFiles logs = HlogFiles.open(directory)) {
            logs.write(result.stats().values());
        }
        Properties counts = new Properties();
        counts.setProperty("injector", Integer.toString(result.injector()));
        counts.setProperty("injectors", Integer.toString(result.injectors()));
        counts.setProperty("agents", String.join(",", result.agentIds()));
        counts.setProperty("signedOut", Integer.toString(result.afterwards().signedOut()));
        counts.setProperty("foundSignedIn", Integer.toString(result.afterwards().foundSignedIn()));
        counts.setProperty("putBack", Integer.toString(result.afterwards().putBack()));
        counts.setProperty("closed", Integer.toString(result.afterwards().closed()));
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
}
