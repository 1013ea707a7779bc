package io.finesseacceptance.load;

import io.finesseacceptance.agent.RequestIds;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.Side;
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
import java.util.stream.Collectors;

/**
 * The agents one injector drives: agent i (0-based, in FINESSE_AGENTS order, of the first {@code load.agents})
 * belongs to injector {@code i mod load.injectors}, and with two sides to side {@code i mod 2}, as in
 * {@code -Pload} ({@link ConnectedSides}). {@link #open} opens their XMPP sessions and signs out any
 * that are signed in (every cycle starts with the sign-in); the JMeter thread with number n drives
 * {@link #agent agent(n)}; {@link #finish} reads every agent back, puts back those found signed in, closes
 * the sessions and writes the slice's
 * {@code put-latency.hlog}, {@code notification-latency.hlog} and {@code counts.properties} (each with the
 * sides' figures too, on two sides), once.
 * The JMeter samplers of this JVM find it through {@link #installed()}.
 */
final class InjectorSlice implements AutoCloseable {

    /** Every JMeter iteration starts with the sign-in. */
    private static final Set<AgentState> EVERY_ITERATION_STARTS = EnumSet.of(AgentState.LOGOUT);
    private static final AtomicReference<InjectorSlice> INSTALLED = new AtomicReference<>();

    private final int injector;
    private final int injectors;
    private final LoadPlan plan;
    private final ConnectedSides sides;
    private final List<VirtualAgent> agents;
    private final LoadCounters counters;
    private InjectorResult result;
    private final CompletableFuture<Thread> finishedBy = new CompletableFuture<>();

    /** @param sides null when the slice has no agents (nothing is connected then) */
    private InjectorSlice(int injector, int injectors, LoadPlan plan, ConnectedSides sides, List<VirtualAgent> agents) {
        this.injector = injector;
        this.injectors = injectors;
        this.plan = plan;
        this.sides = sides;
        this.agents = agents;
        this.counters = new LoadCounters(sides == null ? List.of(Side.PRIMARY) : sides.sides());
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
        List<Integer> slice = new ArrayList<>();
        for (int i = injector; i < plan.agents(); i += injectors) {
            slice.add(i);
        }
        if (slice.isEmpty()) {
            return new InjectorSlice(injector, injectors, plan, null, List.of());
        }
        ConnectedSides sides = ConnectedSides.connect(settings);
        try {
            String reasonCode = VirtualAgent.notReadyReasonCode(sides.primary().rest(),
                    settings.agents().get(slice.get(0)));
            return new InjectorSlice(injector, injectors, plan, sides,
                    openSessions(sides, settings.agents(), slice, reasonCode, plan));
        } catch (RuntimeException | InterruptedException failed) {
            sides.close();
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

    /** Where a step of the agent that JMeter thread {@code threadNumber} drives is counted (its side's). */
    TransitionStats stats(int threadNumber, Transition transition) {
        return counters.forStep(agent(threadNumber).side(), transition);
    }

    /** Which sides the slice drives, as the first line of a server or injector says it. */
    String describeSides() {
        return sides == null || !sides.twoSides() ? "" : "; sides " + sides.describe();
    }

    /** {@link Afterwards#settle Settles} the agents and writes the slice's files; later calls return the same. */
    synchronized InjectorResult finish() throws InterruptedException {
        if (result == null) {
            ExecutorService pool = Executors.newFixedThreadPool(plan.sessionConcurrency());
            try {
                Map<Side, Integer> agentsBySide = new EnumMap<>(Side.class);
                counters.bySide().keySet().forEach(side -> agentsBySide.put(side,
                        (int) agents.stream().filter(agent -> agent.side() == side).count()));
                InjectorResult finished = new InjectorResult(injector, injectors,
                        agents.stream().map(VirtualAgent::id).toList(), counters, agentsBySide,
                        Afterwards.settle(agents, pool));
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
        if (sides != null) {
            sides.close();
        }
        INSTALLED.compareAndSet(this, null);
    }

    /** The sessions of the agents at {@code slice} (indexes into {@code accounts}), each on its index's side. */
    private static List<VirtualAgent> openSessions(ConnectedSides sides, List<AgentAccount> accounts,
                                                   List<Integer> slice, String reasonCode, LoadPlan plan)
            throws InterruptedException {
        RequestIds requestIds = new RequestIds();
        ExecutorService opener = Executors.newFixedThreadPool(plan.sessionConcurrency());
        try {
            List<Future<VirtualAgent>> opening = new ArrayList<>();
            for (int index : slice) {
                AgentAccount account = accounts.get(index);
                ConnectedSides.Connection side = sides.forAgent(index);
                opening.add(opener.submit(() -> VirtualAgent.open(side.lab(), account, side.rest(), requestIds,
                        reasonCode, plan.notificationTimeout(), EVERY_ITERATION_STARTS)));
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

    /**
     * The slice's latency logs (one interval; each side's tagged as in {@link HlogFiles}) and its counts, which
     * the logs do not hold (requests, errors): {@code SIGN_IN.requests=...} and, with two sides,
     * {@code sides=primary,secondary}, {@code primary.agents=...}, {@code primary.SIGN_IN.requests=...}.
     */
    static void write(Path directory, InjectorResult result) {
        try {
            Files.createDirectories(directory);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        try (HlogFiles logs = HlogFiles.open(directory)) {
            logs.write(result.counters().everyOne());
        }
        Properties counts = new Properties();
        counts.setProperty("injector", Integer.toString(result.injector()));
        counts.setProperty("injectors", Integer.toString(result.injectors()));
        counts.setProperty("agents", String.join(",", result.agentIds()));
        counts.setProperty("signedOut", Integer.toString(result.afterwards().signedOut()));
        counts.setProperty("foundSignedIn", Integer.toString(result.afterwards().foundSignedIn()));
        counts.setProperty("putBack", Integer.toString(result.afterwards().putBack()));
        counts.setProperty("closed", Integer.toString(result.afterwards().closed()));
        putCounts(counts, "", result.stats().values());
        if (!result.agentsBySide().isEmpty()) {
            counts.setProperty("sides", result.agentsBySide().keySet().stream().map(Side::label)
                    .collect(Collectors.joining(",")));
            result.agentsBySide().forEach((side, agents) ->
                    counts.setProperty(side.label() + ".agents", Integer.toString(agents)));
            result.counters().bySide().forEach((side, stats) -> putCounts(counts, side.label() + ".", stats.values()));
        }
        try (var writer = Files.newBufferedWriter(directory.resolve("counts.properties"))) {
            counts.store(writer, "load injector " + result.injector() + " of " + result.injectors());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void putCounts(Properties counts, String prefix, Iterable<TransitionStats> stats) {
        for (TransitionStats one : stats) {
            String key = prefix + one.transition().name();
            counts.setProperty(key + ".requests", Long.toString(one.requests()));
            counts.setProperty(key + ".accepted", Long.toString(one.acceptedCount()));
            counts.setProperty(key + ".errors", Long.toString(one.errorCount()));
            counts.setProperty(key + ".expected", Long.toString(one.expectedCount()));
            counts.setProperty(key + ".received", Long.toString(one.receivedCount()));
            counts.setProperty(key + ".missing", Long.toString(one.missingCount()));
        }
    }
}
