package io.finesseacceptance.report;

import io.qameta.allure.listener.FixtureLifecycleListener;
import io.qameta.allure.listener.StepLifecycleListener;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.StepResult;

/**
 * Attaches every notification to the report step during which it reached the feed: Allure calls this
 * on the scenario's thread just before it closes a step (or an After hook), while that step is still the
 * current one.
 */
public final class NotificationAttacher implements StepLifecycleListener, FixtureLifecycleListener {

    @Override
    public void beforeStepStop(StepResult result) {
        ScenarioNotifications.attachNew();
    }

    @Override
    public void beforeFixtureStop(FixtureResult result) {
        ScenarioNotifications.attachNew();
    }
}
