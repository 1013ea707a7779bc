package io.finesseacceptance.lab;

import io.finesseacceptance.notify.FailureChain;
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
import java.security.SecureRandom;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
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
        return problem(setting, host, port, tlsName, firstWords, null);
    }

    /**
     * As above, and {@code judge} reads the answer's first line (an HTTP status line): a problem it finds is the
     * door's problem.
     */
    public Optional<String> problem(String setting, String host, int port, Optional<String> tlsName, String firstWords,
                                    Function<String, Optional<String>> judge) {
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
            int first = in.read();
            if (first < 0) {
                return Optional.of(where + ": the connection was closed without an answer");
            }
            return judge == null ? Optional.empty()
                    : judge.apply(firstLine(first, in)).map(problem -> where + ": " + problem);
        } catch (UnknownHostException unknown) {
            return Optional.of(where + ": unknown host");
        } catch (ConnectException refused) {
            return Optional.of(where + ": connection refused");
        } catch (SocketTimeoutException silent) {
            return Optional.of(where + ": no answer within " + STEP_TIMEOUT.toSeconds() + " s");
        } catch (SSLHandshakeException untrusted) {
            if (!FailureChain.contains(untrusted, CertPathBuilderException.class)
                    && !FailureChain.contains(untrusted, CertPathValidatorException.class)) {
                // a chain the run trusts, for a name other than the one dialled: no other CA would help
                return Optional.of(where + ": TLS certificate not accepted for host " + tlsName.orElse(host) + " ("
                        + rootMessage(untrusted) + ")");
            }
            return Optional.of(where + ": TLS certificate not accepted (" + rootMessage(untrusted) + "); "
                    + trustedBy());
        } catch (SSLException tlsFailed) {
            return Optional.of(where + ": TLS failed (" + rootMessage(tlsFailed) + ")");
        } catch (IOException unreachable) {
            return Optional.of(where + ": " + rootMessage(unreachable));
        }
    }

    private static String firstLine(int first, InputStream in) throws IOException {
        StringBuilder line = new StringBuilder().append((char) first);
        for (int next = in.read(); next >= 0 && next != '\r' && next != '\n' && line.length() < 200; next = in.read()) {
            line.append((char) next);
        }
        return line.toString();
    }

    /** A request any web server answers, with or without credentials. */
    public static String httpGet(String host, String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
    }

    /** The opening handshake of XMPP over WebSocket (RFC 7395): a server answers 101 where it serves it. */
    public static String webSocketUpgrade(String host, int port, String path) {
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        return "GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: xmpp\r\n\r\n";
    }

    /** Judges the status line answering {@link #webSocketUpgrade}: 101, or what is wrong. */
    public static Optional<String> webSocketUpgradeRefused(String path, String statusLine) {
        String[] parts = statusLine.split(" ", 3);
        if (parts.length >= 2 && parts[0].startsWith("HTTP/") && parts[1].equals("101")) {
            return Optional.empty();
        }
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return Optional.of("the WebSocket upgrade was answered with something other than HTTP: '" + statusLine + "'");
        }
        return Optional.of("the WebSocket upgrade was answered HTTP " + parts[1] + ", not 101"
                + (parts[1].equals("404") ? " (no WebSocket at " + path + "; Finesse serves it at /ws/)" : ""));
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
        Throwable root = FailureChain.root(failure);
        if (root instanceof CertificateException || root.getMessage() == null) {
            return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        }
        return root.getMessage();
    }
}
