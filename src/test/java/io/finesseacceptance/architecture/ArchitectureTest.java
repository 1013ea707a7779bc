package io.finesseacceptance.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The tree as it is: main code and the glue (test code), without the planted violations. */
class ArchitectureTest {

    static final String ROOT = "io.finesseacceptance";

    private static final JavaClasses TREE = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/architecture/planted/"))
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @TestFactory
    Stream<DynamicTest> theTreeKeepsEveryRule() {
        return new ArchitectureRules(ROOT).all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(TREE)));
    }

}
