package io.finesseacceptance.simulator.webservices;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;

/**
 * Remembers the threads it made so close() can wait for them to end: Netty completes its
 * termination future just before its event-loop threads actually exit.
 */
final class JoinableThreadFactory implements ThreadFactory {

    private final ThreadFactory delegate;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    JoinableThreadFactory(String poolName) {
        this.delegate = new DefaultThreadFactory(poolName, true);
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = delegate.newThread(task);
        threads.add(thread);
        return thread;
    }

    void joinAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Thread thread : threads) {
                long remainingMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
                thread.join(remainingMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
