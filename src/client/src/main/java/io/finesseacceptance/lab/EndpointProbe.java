package io.finesseacceptance.lab;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.TlsTrust;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A quick look at one of the lab's doors before the clients with their long timeouts go there: can a TCP
 * connection be opened, does TLS (when the door has it) present a certificate the run trusts for that host,
 * and does the service say anything at all to a first request. Each problem comes back as one line naming
 * the setting, so a wrong host, a silent port or a wrong CA stops the run in seconds, not after 30 s.
 */
public final class EndpointProbe {

    /** Per step (connect, handshake, first answer): a live Finesse answers in milliseconds. */
    public static final Duration STEP_TIMEOUT = Duration.ofSeconds(3);

    private final TlsTrust trust;

    public EndpointProbe(TlsTrust trust) {
        this.trust = trust;
    }

    /**
     * @param setting    the setting(s) that chose this door, for the message
     * @param tlsName    the name the certificate must carry; empty for a door without TLS from the first byte
     * @param firstWords what to send so that any service of this kind answers something
     */
    public Optional<String> problem(String setting, String host, int port, Optional<String> tlsName, String firstWords) {
        String where = setting + " (" + host + ":" + port + ")";
        int timeout = (int) STEP_TIMEOUT.toMillis();
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), timeout);
            plain.setSoTimeout(timeout);
            Socket socket = plain;
            if (tlsName.isPresent()) {
                SSLSocket tls = (SSLSocket) trust.sslContext().getSocketFactory().createSocket(plain, tlsName.get(), port,
                        false);
                if (!trust.insecure()) {
                    SSLParameters parameters = tls.getSSLParameters();
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                    tls.setSSLParameters(parameters);
                }
                tls.startHandshake();
                socket = tls;
            }
            socket.getOutputStream().write(firstWords.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            if (in.read() < 0) {
                return Optional.of(where + ": the connection was closed without an answer");
            }
            return Optional.empty();
        } catch (UnknownHostException unknown) {
            return Optional.of(where + ": unknown host");
        } catch (ConnectException refused) {
            return Optional.of(where + ": connection refused");
        } catch (SocketTimeoutException silent) {
            return Optional.of(where + ": no answer within " + STEP_TIMEOUT.toSeconds() + " s");
        } catch (SSLHandshakeException untrusted) {
            return Optional.of(where + ": TLS certificate not accepted (" + rootMessage(untrusted) + "); "
                    + trustedBy());
        } catch (SSLException tlsFailed) {
            return Optional.of(where + ": TLS failed (" + rootMessage(tlsFailed) + ")");
        } catch (IOException unreachable) {
            return Optional.of(where + ": " + rootMessage(unreachable));
        }
    }

    /** A request any web server answers, with or without credentials. */
    public static String httpGet(String host, String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
    }

    /** The opening of an XMPP client stream: a server answers with its own stream header. */
    public static String xmppStreamHeader(String domain) {
        return "<?xml version='1.0'?><stream:stream to='" + domain + "' xmlns='jabber:client'"
                + " xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>";
    }

    private String trustedBy() {
        return trust.labCa().isPresent() ? "is " + LabSettings.CA_CERT + " the CA that signed it?"
                : "set " + LabSettings.CA_CERT + " to the lab's CA";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof CertificateException || root.getMessage() == null) {
            return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        }
        return root.getMessage();
    }
}
