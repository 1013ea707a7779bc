package io.finesseacceptance.notify;

import io.finesseacceptance.settings.LabSettings;
import io.finesseacceptance.settings.TlsTrust;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocketHandshakeException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.jivesoftware.smack.fsm.StateMachineException.SmackStateGraphDeadEndException;
import org.jivesoftware.smack.fsm.StateTransitionResult;
import org.jivesoftware.smack.websocket.WebSocketConnectionAttemptState.FailedToConnectToAnyWebSocketEndpoint;

/**
 * Why a WebSocket could not be opened, in one line a lab's owner can act on: a wrong path (the upgrade answered 404),
 * a closed port, a silent host, a certificate for another host, a CA the run does not trust.
 */
final class WebSocketFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private WebSocketFailure(String message, Throwable cause) {
        super(message, cause);
    }

    static WebSocketFailure of(URI url, Throwable failure, TlsTrust trust, Duration limit) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        // the URL and the setting are named by whoever reports the failure (NotificationServiceUnreachable)
        return new WebSocketFailure(explain(url, cause, trust, limit), cause);
    }

    private static String explain(URI url, Throwable cause, TlsTrust trust, Duration limit) {
        if (cause instanceof WebSocketHandshakeException refused) {
            int status = refused.getResponse().statusCode();
            return "the WebSocket upgrade was answered HTTP " + status + ", not 101"
                    + (status == 404 ? " (no WebSocket at " + url.getRawPath() + "; Finesse serves it at /ws/)" : "");
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer to the WebSocket upgrade within " + (limit.toMillis() % 1000 == 0
                    ? limit.toSeconds() + " s" : limit.toMillis() + " ms");
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host";
        }
        if (cause instanceof SSLHandshakeException || cause instanceof SSLException) {
            if (FailureChain.contains(cause, CertPathBuilderException.class) || FailureChain.contains(cause, CertPathValidatorException.class)) {
                return "TLS certificate not accepted (" + rootMessage(cause) + "); " + (trust.labCa().isPresent()
                        ? "is " + LabSettings.CA_CERT + " the CA that signed it?"
                        : "set " + LabSettings.CA_CERT + " to the lab's CA");
            }
            return "TLS certificate not accepted for host " + url.getHost() + " (" + rootMessage(cause) + ")";
        }
        return rootMessage(cause);
    }

    /**
     * The WebSocket's own failure inside Smack's "no successor" exception, which says only which state of its
     * connection graph was a dead end.
     */
    static Optional<IOException> within(SmackStateGraphDeadEndException deadEnd) {
        for (StateTransitionResult result : deadEnd.getFailedStates().values()) {
            if (result instanceof FailedToConnectToAnyWebSocketEndpoint failed) {
                List<Exception> failures = failed.getFailures();
                for (Exception failure : failures) {
                    if (failure.getCause() instanceof IOException explained) {
                        return Optional.of(explained);
                    }
                }
                return Optional.of(new IOException(failures.isEmpty() ? failed.toString()
                        : rootMessage(failures.get(0)), failures.isEmpty() ? null : failures.get(0)));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = FailureChain.root(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().replaceAll("\\s+", " ");
    }
}
