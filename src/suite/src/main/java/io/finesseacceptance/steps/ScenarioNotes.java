package io.finesseacceptance.steps;

import io.cucumber.java.Scenario;
import java.util.Collection;

/**
 * What a scenario notes in the run's Cucumber messages for the living documentation: the sides of the
 * deployment that served it, and the documented forms the lab answered it in. One line a note, so the Cucumber
 * HTML report reads them too.
 */
public final class ScenarioNotes {

    public static final String SIDE = "Side: ";
    public static final String FORM = "Documented form: ";

    private ScenarioNotes() {
    }

    static void write(Scenario scenario, Collection<String> sides, Collection<String> forms) {
        StringBuilder notes = new StringBuilder();
        sides.forEach(side -> notes.append(SIDE).append(side).append('\n'));
        forms.forEach(form -> notes.append(FORM).append(form).append('\n'));
        if (!notes.isEmpty()) {
            scenario.log(notes.toString().strip());
        }
    }
}
