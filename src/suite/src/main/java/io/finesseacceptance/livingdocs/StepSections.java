package io.finesseacceptance.livingdocs;

import io.cucumber.messages.types.JavaMethod;
import io.cucumber.messages.types.StepDefinition;
import io.finesseacceptance.steps.Checks;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * The contract sections a step definition checks, read from its {@link Checks} annotation: the run's messages
 * name the Java method behind every step, and the step definitions are on this tool's class path.
 */
public final class StepSections {

    private final ClassLoader loader;

    public StepSections(ClassLoader loader) {
        this.loader = loader;
    }

    List<String> of(StepDefinition definition) {
        return definition.getSourceReference().getJavaMethod().flatMap(this::method)
                .map(method -> method.getAnnotation(Checks.class))
                .map(checks -> List.of(checks.value()))
                .orElse(List.of());
    }

    private Optional<Method> method(JavaMethod javaMethod) {
        try {
            Class<?> type = Class.forName(javaMethod.getClassName(), false, loader);
            for (Method method : type.getMethods()) {
                if (method.getName().equals(javaMethod.getMethodName())
                        && method.getParameterCount() == javaMethod.getMethodParameterTypes().size()) {
                    return Optional.of(method);
                }
            }
            return Optional.empty();
        } catch (ClassNotFoundException gone) {
            // a run recorded by another version of the suite: its steps are shown without their sections
            return Optional.empty();
        }
    }
}
