package io.finesseacceptance.steps;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.List;

/**
 * Every class compiled from the glue package or below, the suite's main classes only (not its tests): what the
 * checks over step definitions scan, so that a new step class cannot be missed.
 */
final class GlueClasses {

    static final String GLUE = Checks.class.getPackageName();

    private GlueClasses() {
    }

    static List<Class<?>> all() {
        return new ClassFileImporter().importLocations(List.of(folderOf(Checks.class))).stream()
                .filter(type -> type.getPackageName().equals(GLUE) || type.getPackageName().startsWith(GLUE + "."))
                .<Class<?>>map(JavaClass::reflect)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private static Location folderOf(Class<?> type) {
        try {
            return Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
