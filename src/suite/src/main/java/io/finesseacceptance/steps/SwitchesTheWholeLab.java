package io.finesseacceptance.steps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a step that changes Finesse for every agent at once: a scenario using it must be tagged
 * {@value #TAG}, which makes it run alone (junit-platform.properties); ParallelSafetyTest checks the features.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SwitchesTheWholeLab {

    String TAG = "@simulator-only";
}
