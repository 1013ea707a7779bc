package io.finesseacceptance.simulator;

/**
 * An unknown option or property, or a value it does not take. The message is one line that names the
 * option as it was given ({@code --agents} or {@code -Dfinesse.simulator.agents}) and what it accepts.
 */
public final class SimulatorOptionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SimulatorOptionException(String message) {
        super(message);
    }
}
