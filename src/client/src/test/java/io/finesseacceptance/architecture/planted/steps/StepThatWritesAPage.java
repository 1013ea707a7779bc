package io.finesseacceptance.architecture.planted.steps;

import io.finesseacceptance.architecture.planted.livingdocs.PageThatAsksTheSimulator;

/** Planted violation: a step that needs the living documentation. */
public class StepThatWritesAPage {
    public Object page() {
        return new PageThatAsksTheSimulator();
    }
}
