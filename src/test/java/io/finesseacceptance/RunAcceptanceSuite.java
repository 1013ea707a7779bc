package io.finesseacceptance;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_CUSTOM_CLASS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The acceptance suite: every feature under {@code features/}, against the lab in FINESSE_* settings or,
 * when none is set, the embedded simulator. Select scenarios with {@code -Dcucumber.filter.tags=...}.
 * Scenarios run in parallel, one agent each; those that switch the whole lab (@simulator-only) run alone.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.finesseacceptance.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "pretty, summary,"
        + " html:target/cucumber-report/index.html, junit:target/cucumber-report/junit.xml,"
        + " io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm")
@ConfigurationParameter(key = PARALLEL_EXECUTION_ENABLED_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = PARALLEL_CONFIG_STRATEGY_PROPERTY_NAME, value = "custom")
@ConfigurationParameter(key = PARALLEL_CONFIG_CUSTOM_CLASS_PROPERTY_NAME,
        value = "io.finesseacceptance.steps.AgentCountParallelism")
// switching the whole lab (out of service, reason codes required) must not overlap any other scenario:
// the area tags every feature carries share the lab, @simulator-only scenarios take it for themselves
@ConfigurationParameter(key = "cucumber.execution.exclusive-resources.simulator-only.read-write", value = "finesse-lab")
@ConfigurationParameter(key = "cucumber.execution.exclusive-resources.sign-in.read", value = "finesse-lab")
@ConfigurationParameter(key = "cucumber.execution.exclusive-resources.sign-out.read", value = "finesse-lab")
@ConfigurationParameter(key = "cucumber.execution.exclusive-resources.state.read", value = "finesse-lab")
@ConfigurationParameter(key = "cucumber.execution.exclusive-resources.negative.read", value = "finesse-lab")
public class RunAcceptanceSuite {
}
