package io.finesseacceptance.simulator.xmpp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * A bare XMPP over WebSocket client (RFC 7395) on the JDK's {@link WebSocket}: one XML element per text
 * frame, for checking exact frames on the wire and for sending what a library never would. Public for the
 * simulator-level tests; it trusts what its {@link SSLContext} trusts (e.g. the simulator's printed CA).
 */
public final class RawWebSocketClient implements AutoCloseable {

    public static final String FRAMING = "urn:ietf:params:xml:ns:xmpp-framing";
    public static final String SUBPROTOCOL = "xmpp";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final Frames frames;

    private RawWebSocketClient(WebSocket socket, Frames frames) {
        this.socket = socket;
        this.frames = frames;
    }

    /** Upgraded with the {@code xmpp} subprotocol; nothing sent yet. */
    public static RawWebSocketClient connect(URI url, SSLContext trust) {
        Frames frames = new Frames();
        try {
            WebSocket socket = builder(trust).subprotocols(SUBPROTOCOL).buildAsync(url, frames)
                    .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return new RawWebSocketClient(socket, frames);
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("no WebSocket at " + url, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /**
     * The HTTP status of an upgrade the server refused, asking for {@code subprotocols} (none when empty);
     * fails when the upgrade succeeds.
     */
    public static int refusedUpgrade(URI url, SSLContext trust, String... subprotocols) {
        WebSocket.Builder builder = builder(trust);
        if (subprotocols.length > 0) {
            builder.subprotocols(subprotocols[0], Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        try {
            WebSocket upgraded = builder.buildAsync(url, new Frames()).join();
            upgraded.abort();
            throw new AssertionError("the server upgraded " + url + " with subprotocol '" + upgraded.getSubprotocol() + "'");
        } catch (CompletionException refused) {
            if (refused.getCause() instanceof WebSocketHandshakeException handshake) {
                return handshake.getResponse().statusCode();
            }
            throw new AssertionError("the upgrade failed without an HTTP answer", refused);
        }
    }

    /** Opens the stream, authenticates with SASL PLAIN, binds {@code resource}, sends presence; a pong means all was seen. */
    public static RawWebSocketClient loggedIn(URI url, SSLContext trust, String domain, String user, String password,
                                              String resource) {
        RawWebSocketClient client = connect(url, trust);
        client.open(domain);
        client.awaitFrame("<mechanisms");
        client.send(auth(user, password));
        client.awaitFrame("<success");
        client.open(domain);
        client.awaitFrame("<bind");
        client.send("<iq xmlns='jabber:client' type='set' id='bind1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                + "<resource>" + resource + "</resource></bind></iq>");
        client.awaitFrame("id='bind1'");
        client.send("<presence xmlns='jabber:client'/>");
        client.ping("login");
        return client;
    }

    /** {@code <auth/>} with SASL PLAIN's initial response. */
    public static String auth(String user, String password) {
        String plain = Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
        return "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + plain + "</auth>";
    }

    /** {@code <open/>} to {@code domain}; returns the server's {@code <open/>}. */
    public String open(String domain) {
        send("<open xmlns='" + FRAMING + "' to='" + domain + "' version='1.0'/>");
        return awaitFrame("<open ");
    }

    /** An XMPP ping; returns once its result is back (the server handles one stream's stanzas in order). */
    public void ping(String id) {
        send("<iq xmlns='jabber:client' type='get' id='" + id + "'><ping xmlns='urn:xmpp:ping'/></iq>");
        awaitFrame("id='" + id + "'");
    }

    /** One text frame holding {@code xml}. */
    public void send(String xml) {
        try {
            socket.sendText(xml, true).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("could not send " + xml, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** The next frame containing {@code fragment}; the frames before it are passed over. */
    public String awaitFrame(String fragment) {
        List<String> passed = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String frame = frames.text.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame != null && frame.contains(fragment)) {
                    return frame;
                }
                if (frame != null) {
                    passed.add(frame);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no frame with " + fragment + " within " + WAIT + "; got " + passed);
    }

    /** The next frame, whatever it holds. */
    public String nextFrame() {
        return awaitFrame("");
    }

    /** Waits for the server's closing handshake or the connection's end; returns the close status (-1: no close frame). */
    public int awaitClosed() {
        try {
            return frames.closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("the server did not close the WebSocket", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** The WebSocket's closing handshake, without {@code <close/>} first. */
    public void sendCloseFrame() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
    }

    /** The TCP connection closes at once: no {@code <close/>}, no close frame, as a desktop whose network went. */
    public void drop() {
        socket.abort();
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static WebSocket.Builder builder(SSLContext trust) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(WAIT);
        if (trust != null) {
            client.sslContext(trust);
        }
        return client.build().newWebSocketBuilder().connectTimeout(WAIT);
    }

    /** Whole text messages in arrival order, and how the connection ended. */
    private static final class Frames implements WebSocket.Listener {

        final BlockingQueue<String> text = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                text.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.complete(-1);
        }
    }
}
