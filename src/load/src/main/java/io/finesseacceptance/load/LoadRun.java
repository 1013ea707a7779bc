package io.finesseacceptance.load;

import io.finesseacceptance.agent.RequestIds;
import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.settings.AgentAccount;
import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.Side;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * One load run over a connected Finesse: opens one XMPP session per virtual agent (a bounded number at
 * a time; with two sides, agents in turn on the primary and the secondary, each on its side's REST API and
 * notification service), starts the agents spread over the ramp-up, lets each cycle sign-in, READY,
 * NOT_READY, sign-out with the plan's think time until the time is up (or its cycles are done), then brings
 * every agent to LOGOUT, reads each one back and closes every session. Every step is timed and counted per
 * transition, and with two sides per side as well.
 */
final class LoadRun {

    /** A feed keeps this many notifications: enough for a wait to find one that landed before it began. */
    private static final Set<AgentState> CYCLE_STARTS = EnumSet.of(AgentState.LOGOUT, AgentState.NOT_READY,
            AgentState.READY);
    private static final long PROGRESS_NANOS = LoadPlan.PROGRESS_EVERY.toNanos();

    private final ConnectedSides sides;
    private final LoadPlan plan;
    private final PrintStream out;
    private final LoadCounters counters;
    private final List<VirtualAgent> agents = Collections.synchronizedList(new ArrayList<>());
    private final LongAdder sessionFailures = new LongAdder();
    private final AtomicInteger sessionsUp = new AtomicInteger();
    private final LongAdder confirmedChanges = new LongAdder();
    private final ResourceUse resources = new ResourceUse();
    private double peakChangesPerSecond;
    private final AtomicLong confirmedAtRampEnd = new AtomicLong(-1);
    private final AtomicLong confirmedAtDeadline = new AtomicLong(-1);
    private volatile long deadlineNanos;
    private volatile CountDownLatch finished;

    LoadRun(ConnectedSides sides, LoadPlan plan, PrintStream out) {
        this.sides = sides;
        this.plan = plan;
        this.out = out;
        this.counters = new LoadCounters(sides.sides());
    }

    LoadResult run() throws InterruptedException {
        LabSettings settings = sides.primary().lab().settings();
        if (settings.agents().size() < plan.agents()) {
            throw new IllegalArgumentException("load.agents=" + plan.agents() + " but only " + settings.agents().size()
                    + " agents are configured (FINESSE_AGENTS)");
        }
        List<AgentAccount> accounts = settings.agents().subList(0, plan.agents());
        RequestIds requestIds = new RequestIds();
        String reasonCode = VirtualAgent.notReadyReasonCode(sides.primary().rest(), accounts.get(0));
        resources.baseline();
        out.printf("Load: %s; NOT_READY reason code id %s%n", plan.describe(), reasonCode);
        if (sides.twoSides()) {
            out.printf("Sides: %s; agents in turn on each%n", sides.describe());
        }

        ExecutorService opener = Executors.newFixedThreadPool(plan.sessionConcurrency(), named("load-open"));
        ExecutorService requests = Executors.newFixedThreadPool(plan.requestThreads(), named("load-request"));
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(1, named("load-clock"));
        try (HlogFiles logs = HlogFiles.open(plan.outputDir())) {
            long openStarted = System.nanoTime();
            openSessions(accounts, requestIds, reasonCode, opener);
            Duration openTook = Duration.ofNanos(System.nanoTime() - openStarted);
            resources.sessionsUp();
            out.printf("Sessions: %d up%s, %d failed, opened in %.1f s (%d at a time)%n", agents.size(),
                    perSide(), sessionFailures.sum(), openTook.toMillis() / 1000.0, plan.sessionConcurrency());

            long started = System.nanoTime();
            deadlineNanos = started + plan.rampUp().toNanos() + plan.duration().toNanos();
            finished = new CountDownLatch(agents.size());
            for (int i = 0; i < agents.size(); i++) {
                VirtualAgent agent = agents.get(i);
                long startAfter = agents.size() == 1 ? 0 : plan.rampUp().toNanos() * i / agents.size();
                Transition first = agent.state() == AgentState.LOGOUT ? Transition.SIGN_IN : Transition.from(agent.state());
                later(clock, requests, startAfter, () -> step(agent, first, 0, requests, clock));
            }
            clock.schedule(() -> confirmedAtRampEnd.set(confirmedChanges.sum()), plan.rampUp().toNanos(),
                    TimeUnit.NANOSECONDS);
            clock.schedule(() -> confirmedAtDeadline.set(confirmedChanges.sum()), deadlineNanos - started,
                    TimeUnit.NANOSECONDS);
            long hardStop = deadlineNanos + plan.drain().toNanos();
            long lastConfirmed = 0;
            long lastProgress = started;
            while (!finished.await(Math.min(PROGRESS_NANOS, Math.max(1, hardStop - System.nanoTime())),
                    TimeUnit.NANOSECONDS) && System.nanoTime() < hardStop) {
                long now = System.nanoTime();
                long confirmed = confirmedChanges.sum();
                double rate = (confirmed - lastConfirmed) * 1e9 / Math.max(1, now - lastProgress);
                peakChangesPerSecond = Math.max(peakChangesPerSecond, rate);
                progress(now - started, rate);
                logs.write(counters.everyOne());
                lastConfirmed = confirmed;
                lastProgress = now;
            }
            Duration ran = Duration.ofNanos(System.nanoTime() - started);
            long stillCycling = finished.getCount();
            requests.shutdown();
            clock.shutdownNow();
            requests.awaitTermination(plan.notificationTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
            logs.write(counters.everyOne());
            resources.loaded();

            Afterwards afterwards = Afterwards.settle(agents, opener);
            sessionsUp.addAndGet(-afterwards.closed());
            return new LoadResult(plan, List.copyOf(counters.totals().values()), sideResults(), agents.size(),
                    (int) sessionFailures.sum(),
                    openTook, ran, confirmedChanges.sum(), steadyRate(), peakChangesPerSecond, (int) stillCycling,
                    afterwards, resources.figures(agents.size()));
        } finally {
            requests.shutdownNow();
            clock.shutdownNow();
            opener.shutdownNow();
            agents.forEach(agent -> {
                if (!agent.closed()) {
                    agent.close();
                }
            });
        }
    }

    /** Changes per second between the end of the ramp-up and the end of the planned time: all agents cycling. */
    private double steadyRate() {
        long from = confirmedAtRampEnd.get();
        long to = confirmedAtDeadline.get();
        return from < 0 || to < from ? 0 : (to - from) * 1e9 / plan.duration().toNanos();
    }

    /** One step of one agent, then the next one scheduled after the think time, until its cycles end. */
    private void step(VirtualAgent agent, Transition transition, int cyclesDone, ExecutorService requests,
                      ScheduledExecutorService clock) {
        CompletableFuture<Boolean> outcome = agent.perform(transition, counters.forStep(agent.side(), transition),
                plan.notificationTimeout());
        outcome.thenAccept(confirmed -> {
            if (confirmed) {
                // on the XMPP thread: only counting and scheduling here, never a request
                confirmedChanges.increment();
                carryOn(agent, transition.next(), cyclesDone + (transition == Transition.SIGN_OUT ? 1 : 0),
                        agent.state(), requests, clock);
            } else {
                later(clock, requests, 0, () -> carryOn(agent, Transition.from(agent.readBack()), cyclesDone,
                        agent.state(), requests, clock));
            }
        });
    }

    private void carryOn(VirtualAgent agent, Transition next, int cycles, AgentState now, ExecutorService requests,
                         ScheduledExecutorService clock) {
        boolean timeUp = System.nanoTime() >= deadlineNanos || (plan.cycles() > 0 && cycles >= plan.cycles());
        if (now == AgentState.LOGOUT && timeUp) {
            finished.countDown();
            return;
        }
        // once the time is up the agent finishes its cycle at once, with no more think time
        long delay = timeUp ? 0 : plan.pace().toNanos();
        later(clock, requests, delay, () -> step(agent, next, cycles, requests, clock));
    }

    /** Runs {@code task} on a request thread after {@code delayNanos}; nothing once the run has stopped. */
    private static void later(ScheduledExecutorService clock, ExecutorService requests, long delayNanos, Runnable task) {
        try {
            clock.schedule(() -> {
                try {
                    requests.execute(task);
                } catch (RejectedExecutionException stopped) {
                    // the run's hard stop came first: the agent is counted as still cycling
                }
            }, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            // as above
        }
    }

    private void openSessions(List<AgentAccount> accounts, RequestIds requestIds, String reasonCode,
                              ExecutorService opener) throws InterruptedException {
        List<Future<?>> opened = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            AgentAccount account = accounts.get(i);
            ConnectedSides.Connection side = sides.forAgent(i);
            opened.add(opener.submit(() -> open(account, side, requestIds, reasonCode)));
        }
        for (Future<?> one : opened) {
            try {
                one.get();
            } catch (ExecutionException failed) {
                sessionFailures.increment();
                out.println("Session failed: " + failed.getCause());
            }
        }
    }

    private void open(AgentAccount account, ConnectedSides.Connection side, RequestIds requestIds, String reasonCode) {
        // a load lab's agent left in another state is put where the cycle starts (the scenarios' way)
        agents.add(VirtualAgent.open(side.lab(), account, side.rest(), requestIds, reasonCode,
                plan.notificationTimeout(), CYCLE_STARTS));
        sessionsUp.incrementAndGet();
    }

    private void progress(long elapsedNanos, double changesPerSecond) {
        int pending = 0;
        synchronized (agents) {
            for (VirtualAgent agent : agents) {
                pending += agent.pendingNotifications();
            }
        }
        long errors = counters.totals().values().stream().mapToLong(TransitionStats::errorCount).sum();
        long missing = counters.totals().values().stream().mapToLong(TransitionStats::missingCount).sum();
        out.printf("[%5.1f s] agents up %d, cycling %d, changes/s %.0f, notifications pending %d, errors %d,"
                        + " missing %d%s%n", elapsedNanos / 1e9, sessionsUp.get(), finished.getCount(), changesPerSecond,
                pending, errors, missing, confirmedPerSide());
    }

    /** Each side's agents and counts; none with one side. */
    private List<SideResult> sideResults() {
        List<SideResult> results = new ArrayList<>();
        counters.bySide().forEach((side, stats) -> results.add(new SideResult(side, agentsOn(side),
                List.copyOf(stats.values()))));
        return results;
    }

    private int agentsOn(Side side) {
        synchronized (agents) {
            return (int) agents.stream().filter(agent -> agent.side() == side).count();
        }
    }

    /** "; confirmed primary 1200, secondary 1190" with two sides: how the sides share the load so far. */
    private String confirmedPerSide() {
        if (!sides.twoSides()) {
            return "";
        }
        return counters.bySide().entrySet().stream().map(side -> side.getKey().label() + " " + side.getValue()
                .values().stream().mapToLong(TransitionStats::receivedCount).sum())
                .collect(Collectors.joining(", ", "; confirmed ", ""));
    }

    /** " (primary 500, secondary 500)" with two sides. */
    private String perSide() {
        if (!sides.twoSides()) {
            return "";
        }
        return sides.sides().stream().map(side -> side.label() + " " + agentsOn(side))
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
