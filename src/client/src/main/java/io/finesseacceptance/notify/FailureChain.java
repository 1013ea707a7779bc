package io.finesseacceptance.notify;

/**
 * A failure and its causes, innermost last: what the preflight and the session errors read to say in one
 * line why a door stayed shut (a certificate path, a refused connection) rather than which layer gave up.
 */
public final class FailureChain {

    private FailureChain() {
    }

    /** Whether {@code failure} or any of its causes is a {@code type}. */
    public static boolean contains(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, which says what really happened. */
    public static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
