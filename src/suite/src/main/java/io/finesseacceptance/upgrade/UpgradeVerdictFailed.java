package io.finesseacceptance.upgrade;

/** Ends a comparing run as failed: the upgrade changed the contract or removed an element. */
public final class UpgradeVerdictFailed extends AssertionError {

    UpgradeVerdictFailed(String message) {
        super(message);
    }
}
