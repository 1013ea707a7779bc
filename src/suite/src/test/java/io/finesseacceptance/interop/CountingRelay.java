package io.finesseacceptance.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 in front of one server port, for a client whose every byte is to be counted: what the
 * client sent after a moment ({@link #mark()}), as bytes and as HTTP requests, and whether it closed each connection.
 * Plain transports only (TCP without TLS, BOSH over http, ws://): through TLS only record sizes would show.
 */
public final class CountingRelay implements AutoCloseable {

    /** One relayed connection: what the client sent, with when, and whether the client ended it. */
    private static final class Relayed {
        final List<long[]> chunks = new CopyOnWriteArrayList<>(); // {nanoTime, bytes, requests}
        volatile boolean endedByClient;
        volatile boolean open = true;
    }

    private final ServerSocket listener;
    private final int target;
    private final List<Relayed> connections = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private CountingRelay(ServerSocket listener, int target) {
        this.listener = listener;
        this.target = target;
    }

    /** Relays 127.0.0.1:{@link #port()} to 127.0.0.1:{@code targetPort}. */
    public static CountingRelay to(int targetPort) {
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            CountingRelay relay = new CountingRelay(listener, targetPort);
            Thread acceptor = new Thread(relay::accept, "counting-relay-" + listener.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
            return relay;
        } catch (IOException failed) {
            throw new IllegalStateException("cannot start a relay to port " + targetPort, failed);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Now, as {@link System#nanoTime()}: what the client sends from here on is counted by the methods below. */
    public long mark() {
        return System.nanoTime();
    }

    /** Bytes the client sent after {@code mark}, on every connection. */
    public long bytesFromClientSince(long mark) {
        return connections.stream().flatMap(connection -> connection.chunks.stream())
                .filter(chunk -> chunk[0] > mark).mapToLong(chunk -> chunk[1]).sum();
    }

    /** HTTP requests (a chunk starting {@code POST }) the client sent after {@code mark}: BOSH's requests. */
    public long httpRequestsSince(long mark) {
        return connections.stream().flatMap(connection -> connection.chunks.stream())
                .filter(chunk -> chunk[0] > mark).mapToLong(chunk -> chunk[2]).sum();
    }

    /** Connections still open from the client's side. */
    public long openConnections() {
        return connections.stream().filter(connection -> connection.open).count();
    }

    public long connectionsEver() {
        return connections.size();
    }

    /** How each connection ended so far, for a failure message. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < connections.size(); i++) {
            Relayed connection = connections.get(i);
            lines.add("#" + i + ": " + connection.chunks.size() + " chunks, "
                    + (connection.open ? "open" : connection.endedByClient ? "ended by the client" : "ended by the server"));
        }
        return String.join("; ", lines);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(client);
                sockets.add(server);
                Relayed relayed = new Relayed();
                connections.add(relayed);
                pump(client, server, relayed, true);
                pump(server, client, relayed, false);
            } catch (IOException closedOrRefused) {
                if (listener.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void pump(Socket from, Socket to, Relayed relayed, boolean fromClient) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (fromClient) {
                        String start = new String(buffer, 0, Math.min(read, 5), StandardCharsets.ISO_8859_1);
                        relayed.chunks.add(new long[] {System.nanoTime(), read, start.equals("POST ") ? 1 : 0});
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
                if (fromClient) {
                    relayed.endedByClient = relayed.open;
                }
            } catch (SocketException reset) {
                if (fromClient && relayed.open) {
                    relayed.endedByClient = true;
                }
            } catch (IOException broken) {
                // the other direction reports it
            } finally {
                relayed.open = false;
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "counting-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        sockets.forEach(CountingRelay::closeQuietly);
    }
}
