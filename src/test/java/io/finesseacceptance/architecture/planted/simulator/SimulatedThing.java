package io.finesseacceptance.architecture.planted.simulator;

/** Planted: a simulator class that client code must never see. */
public class SimulatedThing {
}
