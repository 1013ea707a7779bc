package io.finesseacceptance.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import io.finesseacceptance.lab.FinesseLab;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The client's main code keeps its walls: the layers point one way, no package cycles. */
public class ArchitectureTest {

    public static final String ROOT = "io.finesseacceptance";

    @TestFactory
    Stream<DynamicTest> theClientKeepsEveryRule() {
        return check(new ArchitectureRules(ROOT).client(), FinesseLab.class);
    }

    /**
     * Every rule over the class folder (or jar) {@code type} was loaded from: the module's own main code
     * only, since scanning the whole class path for the package takes seconds. For the suite's and load's
     * tests too.
     */
    public static Stream<DynamicTest> check(List<ArchRule> rules, Class<?> type) {
        JavaClasses tree = new ClassFileImporter().importLocations(List.of(folderOf(type)));
        return rules.stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(tree)));
    }

    private static Location folderOf(Class<?> type) {
        try {
            return Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
