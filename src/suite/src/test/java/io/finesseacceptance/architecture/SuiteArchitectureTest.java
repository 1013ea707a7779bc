package io.finesseacceptance.architecture;

import io.finesseacceptance.steps.AgentCountParallelism;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The suite's main code keeps its walls: thin glue, and only the bootstrap starts the simulator. */
class SuiteArchitectureTest {

    @TestFactory
    Stream<DynamicTest> theSuiteKeepsEveryRule() {
        return ArchitectureTest.check(new ArchitectureRules(ArchitectureTest.ROOT).suite(), AgentCountParallelism.class);
    }
}
