package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One BOSH session (XEP-0124, XEP-0206) as the transport of one XMPP conversation: processes
 * requests in rid order, holds at most {@code hold} of them open and answers the oldest with
 * whatever stanzas are queued. All state lives on one event loop; other threads hop onto it.
 */
final class BoshSession implements StreamTransport {

    private static final Logger LOG = LoggerFactory.getLogger(BoshSession.class);
    // queued characters a session may accumulate before it is ended as not polling
    private static final int BACKLOG_LIMIT = 16 * 1024 * 1024;

    private final BoshSessionParameters parameters;
    private final EventLoop loop;
    private final Duration inactivity;
    private final Runnable onTerminated;
    private final Object remoteAddress;
    private final XmppConversation conversation;
    private final Deque<Held> held = new ArrayDeque<>();
    private final StringBuilder queued = new StringBuilder();
    // the latest answers by rid, for clients that repeat a request whose answer they lost
    private final Map<Long, String> answers = new LinkedHashMap<>();
    // requests that overtook an earlier one on another connection, waiting for it
    private final TreeMap<Long, Pending> early = new TreeMap<>();
    private long lastRid;
    private final InactivityTimer inactivityTimer;
    private boolean flushScheduled;
    private boolean terminated;

    BoshSession(StanzaCore core, BoshSessionParameters parameters, EventLoop loop, Object remoteAddress,
                Runnable onTerminated) {
        this.parameters = parameters;
        this.loop = loop;
        this.inactivity = core.config().boshInactivity();
        this.remoteAddress = remoteAddress;
        this.onTerminated = onTerminated;
        this.conversation = core.conversation(this);
        this.inactivityTimer = new InactivityTimer(loop, inactivity, this::inactive);
    }

    String sid() {
        return parameters.sid();
    }

    /** Answers the session creation request with the first stream features. */
    void start(long rid, BoshExchange exchange) {
        loop.execute(() -> {
            lastRid = rid;
            conversation.streamOpened();
            String body = BoshBodies.created(parameters, takeQueued());
            answers.put(rid, body);
            exchange.answer(body);
            inactivityTimer.start();
        });
    }

    void request(long rid, BoshBody body, BoshExchange exchange) {
        loop.execute(() -> receive(rid, body, exchange));
    }

    /** The service is stopping: answer whatever is held and forget the session. */
    void shutDown() {
        loop.execute(() -> {
            conversation.serverEnded(StreamError.SYSTEM_SHUTDOWN);
            terminate("system-shutdown", StreamError.element(StreamError.SYSTEM_SHUTDOWN));
        });
    }

    private void receive(long rid, BoshBody body, BoshExchange exchange) {
        if (terminated) {
            exchange.answer(BoshBodies.terminate("item-not-found", ""));
            return;
        }
        inactivityTimer.stop();
        if (rid <= lastRid) {
            repeated(rid, exchange);
        } else if (rid > lastRid + parameters.requests()) {
            LOG.info("BOSH session {} got rid {} outside its window after {}", sid(), rid, lastRid);
            exchange.answer(BoshBodies.terminate("item-not-found", ""));
            terminate("item-not-found", "");
        } else {
            Pending overtaken = early.put(rid, new Pending(body, exchange));
            if (overtaken != null) {
                overtaken.exchange().answer(BoshBodies.payload(""));
            }
            while (!terminated && !early.isEmpty() && early.firstKey() == lastRid + 1) {
                lastRid++;
                Pending next = early.pollFirstEntry().getValue();
                process(lastRid, next.body(), next.exchange());
            }
            flush();
        }
        startInactivityTimerIfIdle();
    }

    private void repeated(long rid, BoshExchange exchange) {
        String answer = answers.get(rid);
        if (answer != null) {
            exchange.answer(answer);
            return;
        }
        for (Held waiting : held) {
            if (waiting.rid() == rid) {
                // the client gave up on the connection that carried it: answer on the new one instead
                waiting.exchange().answer(BoshBodies.payload(""));
                held.remove(waiting);
                held.addFirst(new Held(rid, exchange, waiting.waitTimer()));
                watchClose(held.peekFirst());
                return;
            }
        }
        exchange.answer(BoshBodies.terminate("item-not-found", ""));
        terminate("item-not-found", "");
    }

    private void process(long rid, BoshBody body, BoshExchange exchange) {
        // held before its stanzas run: should they end the session, this request carries the reason
        Held request = new Held(rid, exchange, loop.schedule(() -> waited(rid), parameters.waitSeconds(), TimeUnit.SECONDS));
        held.addLast(request);
        watchClose(request);
        if (body.isRestart()) {
            conversation.streamOpened();
        }
        body.stanzas().forEach(conversation::stanza);
        if (terminated) {
            return;
        }
        if (body.isTerminate()) {
            LOG.info("BOSH session {} of {} terminated by the client", sid(), conversation.who());
            conversation.clientClosedStream();
            held.remove(request);
            held.forEach(waiting -> answer(waiting, BoshBodies.payload(takeQueued())));
            held.clear();
            answer(request, BoshBodies.terminate(null, ""));
            end();
            return;
        }
        while (held.size() > parameters.hold()) {
            answer(held.pollFirst(), BoshBodies.payload(takeQueued()));
        }
    }

    private void waited(long rid) {
        Iterator<Held> waiting = held.iterator();
        while (waiting.hasNext()) {
            Held request = waiting.next();
            if (request.rid() == rid) {
                waiting.remove();
                answer(request, BoshBodies.payload(takeQueued()));
            }
        }
        startInactivityTimerIfIdle();
    }

    private void watchClose(Held request) {
        request.exchange().onClose(() -> loop.execute(() -> {
            if (held.remove(request)) {
                request.waitTimer().cancel(false);
                startInactivityTimerIfIdle();
            }
        }));
    }

    private void answer(Held request, String body) {
        request.waitTimer().cancel(false);
        answers.put(request.rid(), body);
        // a client may repeat any request of its window
        answers.keySet().removeIf(rid -> rid <= lastRid - parameters.requests() - 1);
        request.exchange().answer(body);
    }

    @Override
    public void send(String xml) {
        if (!loop.inEventLoop()) {
            loop.execute(() -> send(xml));
            return;
        }
        if (terminated) {
            return;
        }
        queued.append(StanzaNamespaces.inClientNamespace(xml));
        if (queued.length() > BACKLOG_LIMIT) {
            LOG.warn("Ending BOSH session {} of {}: it stopped polling and its backlog hit the limit", sid(), conversation.who());
            queued.setLength(0);
            terminate("policy-violation", "");
        } else if (!flushScheduled) {
            // stanzas queued by tasks already waiting on this loop go out in the same answer
            flushScheduled = true;
            loop.execute(() -> {
                flushScheduled = false;
                flush();
            });
        }
    }

    private void flush() {
        if (queued.length() > 0 && !held.isEmpty()) {
            answer(held.pollFirst(), BoshBodies.payload(takeQueued()));
            startInactivityTimerIfIdle();
        }
    }

    private String takeQueued() {
        String content = queued.toString();
        queued.setLength(0);
        return content;
    }

    @Override
    public void expectStreamRestart() {
        // nothing to reset: the client's next request carries xmpp:restart='true'
    }

    @Override
    public boolean canStartTls() {
        return false;
    }

    @Override
    public void startTls() {
        send("<failure xmlns='" + StreamGreeting.TLS + "'/>");
        terminate("remote-stream-error", "");
    }

    @Override
    public boolean isSecure() {
        return parameters.secure();
    }

    @Override
    public void endStream(String condition) {
        if (!loop.inEventLoop()) {
            loop.execute(() -> endStream(condition));
            return;
        }
        conversation.serverEnded(condition);
        terminate("remote-stream-error", StreamError.element(condition));
    }

    @Override
    public Object remoteAddress() {
        return remoteAddress;
    }

    /** Server-side end: the oldest held request carries what is queued and the reason, the rest a bare terminate. */
    private void terminate(String condition, String extra) {
        if (terminated) {
            return;
        }
        String content = takeQueued() + extra;
        for (Held waiting : held) {
            answer(waiting, BoshBodies.terminate(condition, content));
            content = "";
        }
        held.clear();
        end();
    }

    private void end() {
        terminated = true;
        inactivityTimer.stop();
        early.values().forEach(pending -> pending.exchange().answer(BoshBodies.terminate("item-not-found", "")));
        early.clear();
        conversation.transportClosed();
        onTerminated.run();
    }

    private void startInactivityTimerIfIdle() {
        if (held.isEmpty() && !terminated) {
            inactivityTimer.start();
        }
    }

    private void inactive() {
        if (held.isEmpty() && !terminated) {
            LOG.info("Ending BOSH session {} of {}: no request for {}", sid(), conversation.who(), inactivity);
            terminate("remote-stream-error", StreamError.element(StreamError.CONNECTION_TIMEOUT));
        }
    }

    private record Held(long rid, BoshExchange exchange, ScheduledFuture<?> waitTimer) {
    }

    private record Pending(BoshBody body, BoshExchange exchange) {
    }
}
