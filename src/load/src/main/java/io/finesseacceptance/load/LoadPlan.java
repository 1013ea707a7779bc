package io.finesseacceptance.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * What one load run does, from {@code -Dload.*} properties: how many virtual agents, for how long, how
 * fast they start and how long each thinks between steps. Bounded: a run never exceeds
 * {@link #MAX_AGENTS} agents or {@link #MAX_MINUTES} minutes, and an agent never more than its cycles.
 *
 * @param agents             virtual agents, one XMPP session each ({@code load.agents}, 1000; against a lab
 *                           every agent in FINESSE_AGENTS unless fewer are asked for)
 * @param duration           how long agents start new cycles ({@code load.minutes}, 2; or {@code load.seconds})
 * @param rampUp             agents start evenly spread over this ({@code load.rampSeconds}, 60: the JIT compiles the
 *                           hot paths while the load grows, instead of competing with full load; docs/benchmarks.md)
 * @param pace               think time between an agent's steps ({@code load.paceMs}, 400: what 1000 agents need
 *                           to offer 2000 changes/s with room to spare; docs/benchmarks.md)
 * @param ctiDelay           the embedded simulator's CTI round trip, 202 to notification ({@code load.ctiDelayMs}, 20)
 * @param cycles             at most this many cycles per agent, 0 for as many as the time allows ({@code load.cycles})
 * @param sessionConcurrency XMPP sessions opened at once ({@code load.sessionConcurrency}, 24)
 * @param requestThreads     REST requests in flight at once ({@code load.requestThreads}, 16: the client's pool)
 * @param notificationTimeout a notification later than this counts as missing ({@code load.timeoutMs}, 10000)
 * @param outputDir          where the logs, summary and chart go ({@code load.outputDir}, target/load)
 */
record LoadPlan(int agents, Duration duration, Duration rampUp, Duration pace, Duration ctiDelay, int cycles,
                int sessionConcurrency, int requestThreads, Duration notificationTimeout, Path outputDir) {

    static final int MAX_AGENTS = 5000;
    static final int MAX_MINUTES = 60;
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    LoadPlan {
        if (agents < 1 || agents > MAX_AGENTS) {
            throw new IllegalArgumentException("load.agents must be 1.." + MAX_AGENTS + ", not " + agents);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofMinutes(MAX_MINUTES)) > 0) {
            throw new IllegalArgumentException("a load run lasts more than 0 and at most " + MAX_MINUTES + " minutes");
        }
        if (rampUp.isNegative() || pace.isNegative() || ctiDelay.isNegative() || cycles < 0) {
            throw new IllegalArgumentException("negative load setting");
        }
        if (sessionConcurrency < 1 || requestThreads < 1 || notificationTimeout.isZero()) {
            throw new IllegalArgumentException("load.sessionConcurrency, load.requestThreads and load.timeoutMs must be positive");
        }
    }

    /** The plan the properties ask for; {@code labAgents} is the default agent count against a lab (0: simulator). */
    static LoadPlan from(Properties properties, int labAgents) {
        int defaultAgents = labAgents > 0 ? labAgents : 1000;
        Duration duration = properties.getProperty("load.seconds") != null
                ? Duration.ofSeconds(number(properties, "load.seconds", 0))
                : Duration.ofMinutes(number(properties, "load.minutes", 2));
        return new LoadPlan(number(properties, "load.agents", defaultAgents), duration,
                Duration.ofSeconds(number(properties, "load.rampSeconds", 60)),
                Duration.ofMillis(number(properties, "load.paceMs", 400)),
                Duration.ofMillis(number(properties, "load.ctiDelayMs", 20)),
                number(properties, "load.cycles", 0),
                number(properties, "load.sessionConcurrency", 24),
                number(properties, "load.requestThreads", 16),
                Duration.ofMillis(number(properties, "load.timeoutMs", 10_000)),
                Path.of(properties.getProperty("load.outputDir", "target/load")));
    }

    /** The same plan with another agent count and length: for the short run in the test command. */
    LoadPlan scaledTo(int agentCount, Duration length, Duration ramp, Path output) {
        return new LoadPlan(agentCount, length, ramp, pace, ctiDelay, cycles, sessionConcurrency, requestThreads,
                notificationTimeout, output);
    }

    /** How long the run may go on after {@link #duration} for agents to finish their cycle and sign out. */
    Duration drain() {
        return notificationTimeout.multipliedBy(4).plus(pace.multipliedBy(4));
    }

    String describe() {
        return "%d agents, %d s after a %d s ramp-up, %d ms between steps%s, notification timeout %d ms".formatted(
                agents, duration.toSeconds(), rampUp.toSeconds(), pace.toMillis(),
                cycles == 0 ? "" : ", at most " + cycles + " cycles each", notificationTimeout.toMillis());
    }

    /** A whole-number setting, or {@code fallback} when it is not given. */
    static int number(Properties properties, String name, int fallback) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("-D" + name + " must be a whole number, not '" + value + "'");
        }
    }
}
