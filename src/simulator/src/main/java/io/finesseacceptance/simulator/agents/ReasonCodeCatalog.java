package io.finesseacceptance.simulator.agents;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The reason codes the simulated Finesse knows, and whether a state change must carry one. */
public final class ReasonCodeCatalog {

    private final List<ConfiguredReasonCode> codes = new CopyOnWriteArrayList<>();
    private final Set<ReasonCodeCategory> required = Collections.synchronizedSet(
            EnumSet.noneOf(ReasonCodeCategory.class));

    public static ReasonCodeCatalog withDefaults() {
        ReasonCodeCatalog catalog = new ReasonCodeCatalog();
        catalog.add(new ConfiguredReasonCode(1, ReasonCodeCategory.NOT_READY, 10, "Break", true, false));
        catalog.add(new ConfiguredReasonCode(2, ReasonCodeCategory.NOT_READY, 11, "Lunch", true, false));
        catalog.add(new ConfiguredReasonCode(3, ReasonCodeCategory.NOT_READY, 12, "Meeting", true, false));
        catalog.add(new ConfiguredReasonCode(7, ReasonCodeCategory.LOGOUT, 100, "End of shift", true, false));
        catalog.add(new ConfiguredReasonCode(8, ReasonCodeCategory.LOGOUT, 101, "Training", true, false));
        return catalog;
    }

    public void add(ConfiguredReasonCode code) {
        if (find(code.id()).isPresent()) {
            throw new IllegalArgumentException("duplicate reason code id " + code.id());
        }
        codes.add(code);
    }

    /** Takes the code with this id off the list: no longer listed, no longer accepted. */
    public boolean remove(int id) {
        return codes.removeIf(code -> code.id() == id);
    }

    public Optional<ConfiguredReasonCode> find(int id) {
        return codes.stream().filter(code -> code.id() == id).findFirst();
    }

    public List<ConfiguredReasonCode> inCategory(ReasonCodeCategory category) {
        return codes.stream().filter(code -> code.category() == category).toList();
    }

    /** Mirrors the Finesse administration switch that forces agents to pick a reason. */
    public void requireReasonCode(ReasonCodeCategory category, boolean isRequired) {
        if (isRequired) {
            required.add(category);
        } else {
            required.remove(category);
        }
    }

    public boolean isReasonCodeRequired(ReasonCodeCategory category) {
        return required.contains(category);
    }
}
