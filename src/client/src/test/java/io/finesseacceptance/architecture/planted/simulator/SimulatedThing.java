package io.finesseacceptance.architecture.planted.simulator;

/** Planted: a simulator class that steps and load code must not reach (only their bootstraps start it). */
public class SimulatedThing {
}
