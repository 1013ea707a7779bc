package io.finesseacceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The acceptance suite: every feature under {@code features/}, against the lab in FINESSE_* settings or,
 * when none is set, the embedded simulator. Select scenarios with {@code -Dcucumber.filter.tags=...}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.finesseacceptance.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "pretty, summary,"
        + " html:target/cucumber-report/index.html, junit:target/cucumber-report/junit.xml,"
        + " io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm")
public class RunAcceptanceSuite {
}
