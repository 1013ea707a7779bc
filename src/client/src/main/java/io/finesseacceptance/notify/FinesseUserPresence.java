package io.finesseacceptance.notify;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The presence of the {@code finesse} XMPP user as one session hears it: available while Finesse's web
 * services are connected to the notification service, unavailable when Tomcat or the web app is down
 * (docs/finesse-contract.md §20). A lab need not show it to every user: then it stays {@link Seen#NOT_SHOWN}.
 */
public final class FinesseUserPresence {

    public enum Seen { NOT_SHOWN, AVAILABLE, UNAVAILABLE }

    /** The bare JID the presence comes from. */
    public static String userOf(String xmppDomain) {
        return "finesse@" + xmppDomain;
    }

    private final CompletableFuture<Seen> first = new CompletableFuture<>();
    private final List<Consumer<Seen>> listeners = new CopyOnWriteArrayList<>();
    private volatile Seen last = Seen.NOT_SHOWN;

    void heard(boolean available) {
        Seen seen = available ? Seen.AVAILABLE : Seen.UNAVAILABLE;
        last = seen;
        first.complete(seen);
        listeners.forEach(listener -> listener.accept(seen));
    }

    public Seen last() {
        return last;
    }

    /** The first presence heard, waiting up to {@code within} for it; {@link Seen#NOT_SHOWN} if none came. */
    public Seen awaitFirst(Duration within) {
        try {
            return first.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException notShown) {
            return Seen.NOT_SHOWN;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return last;
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Hears every later change, on the session's stanza thread. */
    public void onChange(Consumer<Seen> listener) {
        listeners.add(listener);
    }
}
