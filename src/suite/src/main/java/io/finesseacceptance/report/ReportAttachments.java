package io.finesseacceptance.report;

import io.qameta.allure.Allure;

/** Adds an attachment to the current report step; outside a scenario (start-up checks, self-tests) there is none. */
public final class ReportAttachments {

    private ReportAttachments() {
    }

    public static void attach(String name, String type, String content, String extension) {
        if (Allure.getLifecycle().getCurrentTestCaseOrStep().isPresent()) {
            Allure.addAttachment(name, type, content, extension);
        }
    }
}
