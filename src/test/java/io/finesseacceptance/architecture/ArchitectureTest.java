package io.finesseacceptance.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import io.finesseacceptance.lab.FinesseLab;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The tree as it is: main code and the glue (test code), without the planted violations. */
class ArchitectureTest {

    static final String ROOT = "io.finesseacceptance";

    /** The build's own class folders only: scanning the whole class path for the package takes seconds. */
    private static final JavaClasses TREE = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/architecture/planted/"))
            .importLocations(Set.of(folderOf(FinesseLab.class), folderOf(ArchitectureTest.class)));

    private static Location folderOf(Class<?> type) {
        try {
            return Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @TestFactory
    Stream<DynamicTest> theTreeKeepsEveryRule() {
        return new ArchitectureRules(ROOT).all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(TREE)));
    }

}
