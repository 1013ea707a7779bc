package io.finesseacceptance.lab;

import java.util.List;

/** Closes labs one after another: one that fails to close does not keep the others open. */
public final class ClosingInTurn {

    private ClosingInTurn() {
    }

    /** Closes each; rethrows the first failure, with the later ones suppressed in it. */
    public static void close(List<FinesseLab> labs) {
        RuntimeException first = null;
        for (FinesseLab lab : labs) {
            try {
                lab.close();
            } catch (RuntimeException failed) {
                if (first == null) {
                    first = failed;
                } else {
                    first.addSuppressed(failed);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
