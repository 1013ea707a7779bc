package io.finesseacceptance.agent;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** requestId values unique to this run, so a shared lab's notifications can be told apart by run too. */
public final class RequestIds {

    private final String run = "fa-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong next = new AtomicLong();

    String next() {
        return run + "-" + next.incrementAndGet();
    }
}
