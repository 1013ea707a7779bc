package io.finesseacceptance.steps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The sections of docs/finesse-contract.md a step definition holds Finesse to, e.g. {@code @Checks({"§5.1",
 * "§16.7"})}. The living documentation links every step of every scenario to them, and through them to the
 * Cisco pages they cite; a step that only arranges the lab names the sections whose behaviour it relies on.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Checks {

    /** Section numbers as the contract writes them: "§5" or "§5.1". */
    String[] value();
}
