package io.finesseacceptance.simulator.xmpp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** A bare socket client, for checking exact bytes on the wire and for sending what Smack never would. */
final class RawXmppClient implements AutoCloseable {

    static final String STREAM_OPEN = "<?xml version='1.0'?><stream:stream to='" + SmackClients.DOMAIN
            + "' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>";

    private final Socket socket;
    private final InputStream in;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private boolean endOfStream;

    RawXmppClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(200);
        in = socket.getInputStream();
    }

    /** Opens the stream, authenticates with SASL PLAIN, binds {@code resource} and sends available presence. */
    static RawXmppClient loggedIn(int port, String user, String resource) throws IOException {
        RawXmppClient client = new RawXmppClient(port);
        client.send(STREAM_OPEN);
        client.awaitText("</stream:features>");
        String plain = Base64.getEncoder().encodeToString(("\0" + user + "\0" + SmackClients.PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.send("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>" + plain + "</auth>");
        client.awaitText("<success");
        client.clear();
        client.send(STREAM_OPEN);
        client.awaitText("</stream:features>");
        client.send("<iq type='set' id='b1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>" + resource
                + "</resource></bind></iq><presence/><iq type='get' id='p1'><ping xmlns='urn:xmpp:ping'/></iq>");
        client.awaitText("id='p1'");
        client.clear();
        return client;
    }

    void send(String xml) throws IOException {
        socket.getOutputStream().write(xml.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** Reads until {@code text} was received (or the server closed); returns everything received so far. */
    String awaitText(String text) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!text().contains(text) && !endOfStream && Instant.now().isBefore(deadline)) {
            readSome();
        }
        if (!text().contains(text)) {
            throw new AssertionError("did not receive " + text + ", got: " + text());
        }
        return text();
    }

    /** Reads until the server closes the connection; returns everything received. */
    String awaitClose(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (!endOfStream && Instant.now().isBefore(deadline)) {
            readSome();
        }
        if (!endOfStream) {
            throw new AssertionError("server did not close the connection, got: " + text());
        }
        return text();
    }

    String text() {
        return received.toString(StandardCharsets.UTF_8);
    }

    void clear() {
        received.reset();
    }

    private void readSome() throws IOException {
        byte[] buffer = new byte[8192];
        try {
            int count = in.read(buffer);
            if (count < 0) {
                endOfStream = true;
            } else {
                received.write(buffer, 0, count);
            }
        } catch (SocketTimeoutException e) {
            // nothing yet: the caller's deadline decides
        } catch (IOException e) {
            // a reset after the server's close counts as closed
            endOfStream = true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
