package io.finesseacceptance.notify;

import io.finesseacceptance.settings.TlsTrust;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLSession;
import org.jivesoftware.smack.c2s.internal.ModularXmppClientToServerConnectionInternal;
import org.jivesoftware.smack.websocket.impl.AbstractWebSocket;
import org.jivesoftware.smack.websocket.impl.WebSocketFactory;
import org.jivesoftware.smack.websocket.rce.WebSocketRemoteConnectionEndpoint;

/**
 * The WebSocket under Smack's XMPP-over-WebSocket transport (RFC 7395), on the JDK's java.net.http, with the run's
 * TLS trust. Smack's own (smack-websocket-java11) shares one HttpClient built with the JVM's default SSLContext and
 * no timeout, and ignores a close from the server; this one takes the lab's CA (FINESSE_CA_CERT) or the JVM's, checks
 * the host name as REST does (the JDK does, unless FINESSE_TLS_INSECURE=true), gives up on an upgrade unanswered
 * within {@link #HANDSHAKE_TIMEOUT} (or half the connection's reply timeout, if shorter), and reports a server's close
 * as a dropped connection, so the session reconnects.
 * A failed upgrade comes back as one line ({@link WebSocketFailure}).
 */
final class LabWebSocket extends AbstractWebSocket {

    /** For TCP connect, TLS and the HTTP upgrade together: a live Finesse answers in milliseconds. */
    static final Duration HANDSHAKE_TIMEOUT = Duration.ofSeconds(5);
    /** How long a send may take before the connection counts as broken. */
    private static final long SEND_TIMEOUT_SECONDS = 10;

    /** One HttpClient (one selector thread) per trust, shared by every session of a run; dropped with the trust. */
    private static final Map<TlsTrust, HttpClient> CLIENTS = Collections.synchronizedMap(new WeakHashMap<>());

    private volatile WebSocket webSocket;
    /** Set once this side sends the stream's {@code <close/>} or closes the socket: a close then is expected. */
    private volatile boolean closing;

    private LabWebSocket(WebSocketRemoteConnectionEndpoint endpoint,
                         ModularXmppClientToServerConnectionInternal connectionInternal, HttpClient client,
                         TlsTrust trust) {
        super(endpoint, connectionInternal);
        // Smack waits one reply timeout for the attempt and asserts it ended by then: give up well before
        Duration limit = Duration.ofMillis(Math.min(HANDSHAKE_TIMEOUT.toMillis(),
                connectionInternal.connection.getReplyTimeout() / 2));
        client.newWebSocketBuilder()
                .subprotocols(SEC_WEBSOCKET_PROTOCOL_HEADER_FILED_VALUE_XMPP)
                .connectTimeout(limit)
                .buildAsync(endpoint.getUri(), new Listener())
                .whenComplete((opened, failed) -> {
                    if (failed == null) {
                        webSocket = opened;
                        future.setResult(this);
                    } else {
                        onWebSocketFailure(WebSocketFailure.of(endpoint.getUri(), failed, trust, limit));
                    }
                });
    }

    /** Smack asks the factory for one WebSocket per connection attempt. */
    static WebSocketFactory factory(TlsTrust trust) {
        HttpClient client = CLIENTS.computeIfAbsent(trust, LabWebSocket::httpClient);
        return (endpoint, connectionInternal) -> new LabWebSocket(endpoint, connectionInternal, client, trust);
    }

    private static HttpClient httpClient(TlsTrust trust) {
        return HttpClient.newBuilder()
                .sslContext(trust.sslContext())
                .connectTimeout(HANDSHAKE_TIMEOUT)
                .build();
    }

    private final class Listener implements WebSocket.Listener {
        private StringBuilder received = new StringBuilder();

        @Override
        public void onOpen(WebSocket opened) {
            opened.request(1);
        }

        /** RFC 7395: one top-level element per message, which may come in parts. */
        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            received.append(data);
            if (last) {
                String element = received.toString();
                received = new StringBuilder();
                onIncomingWebSocketElement(element);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            if (!closing) {
                onWebSocketFailure(new IOException("the server closed the WebSocket (" + statusCode
                        + (reason == null || reason.isEmpty() ? "" : " " + reason) + ")"));
            }
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            if (!closing) {
                onWebSocketFailure(error);
            }
        }

        @Override
        public CompletionStage<?> onPing(WebSocket socket, ByteBuffer message) {
            // the JDK answers the pong itself
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
            socket.request(1);
            return null;
        }
    }

    /** Called by Smack's one sender per connection, element after element. */
    @Override
    protected void send(String element) {
        if (element.startsWith("<close")) {
            closing = true;
        }
        try {
            webSocket.sendText(element, true).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            onWebSocketFailure(failed.getCause());
        } catch (TimeoutException stuck) {
            onWebSocketFailure(new IOException("a send took longer than " + SEND_TIMEOUT_SECONDS + " s", stuck));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * After the stream's {@code <close/>} a WebSocket close frame; after an instant shutdown (a desktop dropped without
     * a word) none: the TCP connection just ends, as it does for XMPP over TCP.
     */
    @Override
    public void disconnect(int code, String message) {
        boolean graceful = closing;
        closing = true;
        WebSocket open = webSocket;
        if (open == null) {
            return;
        }
        try {
            if (graceful && !open.isOutputClosed()) {
                open.sendClose(code, message).get(1, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException gone) {
            // the socket is aborted below either way
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            open.abort();
        }
    }

    /** The JDK's WebSocket does not expose its TLS session; Smack needs it only for SCRAM-PLUS, which Finesse lacks. */
    @Override
    public SSLSession getSSLSession() {
        return null;
    }
}
