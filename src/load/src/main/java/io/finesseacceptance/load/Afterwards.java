package io.finesseacceptance.load;

import io.finesseacceptance.finesse.AgentState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * How the agents were left after a load run: read back (every cycle ends signed out), then those found
 * signed in before the run put back as they were found (a lab's agents are left as the run found them),
 * then every session closed. Each of the three counts must equal its total.
 *
 * @param agents         agents the run drove
 * @param signedOut      read back as LOGOUT after the last cycle
 * @param foundSignedIn  found READY or NOT_READY before the run
 * @param putBack        of those, put back in the state, extension and reason code they were found in
 * @param closed         sessions closed without an error
 */
record Afterwards(int agents, int signedOut, int foundSignedIn, int putBack, int closed) {

    /** Reads back, puts back and closes every agent, on the pool's threads. */
    static Afterwards settle(List<VirtualAgent> agents, ExecutorService pool) throws InterruptedException {
        int signedOut = count(agents, pool, agent -> agent.readBack() == AgentState.LOGOUT);
        List<VirtualAgent> signedIn = agents.stream().filter(VirtualAgent::foundSignedIn).toList();
        int putBack = count(signedIn, pool, VirtualAgent::putBack);
        int closed = count(agents, pool, VirtualAgent::close);
        return new Afterwards(agents.size(), signedOut, signedIn.size(), putBack, closed);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (signedOut != agents) {
            problems.add(signedOut + " of " + agents + " agents signed out afterwards");
        }
        if (putBack != foundSignedIn) {
            problems.add(putBack + " of " + foundSignedIn + " agents found signed in put back as found");
        }
        if (closed != agents) {
            problems.add(closed + " of " + agents + " sessions closed afterwards");
        }
        return problems;
    }

    @Override
    public String toString() {
        return "%d of %d agents signed out, %d of %d found signed in put back, %d of %d sessions closed"
                .formatted(signedOut, agents, putBack, foundSignedIn, closed, agents);
    }

    private static int count(List<VirtualAgent> agents, ExecutorService pool, Predicate<VirtualAgent> check)
            throws InterruptedException {
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
}
