package io.finesseacceptance.lab;

import io.finesseacceptance.finesse.SystemInfo;

/** SystemInfo says Finesse cannot serve requests now; no scenario could tell anything about it. */
public final class LabNotInService extends RuntimeException {

    public LabNotInService(SystemInfo info) {
        super("Finesse is not in service: SystemInfo status " + info.status()
                + (info.statusReason().isBlank() ? "" : " (" + info.statusReason() + ")"));
    }
}
