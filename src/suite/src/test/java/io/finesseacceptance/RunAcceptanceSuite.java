package io.finesseacceptance;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The acceptance suite: every feature under {@code features/}, against the lab in FINESSE_* settings or,
 * when none is set, the embedded simulator. Select scenarios with {@code -Dcucumber.filter.tags=...}.
 * How the features run (glue, reports, parallelism, locks) is in junit-platform.properties, which a
 * feature run from the IDE and the self-tests read too.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class RunAcceptanceSuite {
}
