package io.finesseacceptance.architecture;

import io.finesseacceptance.load.LoadCommand;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Load's main code keeps its walls: it drives the client API, and only its command starts the simulator. */
class LoadArchitectureTest {

    @TestFactory
    Stream<DynamicTest> loadKeepsEveryRule() {
        return ArchitectureTest.check(new ArchitectureRules(ArchitectureTest.ROOT).load(), LoadCommand.class);
    }
}
