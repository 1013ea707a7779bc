package io.finesseacceptance.architecture.planted.load;

import io.finesseacceptance.architecture.planted.simulator.SimulatedThing;
import org.jivesoftware.smack.packet.Presence;

/** Planted violation: load code that builds XMPP stanzas and reaches into the simulator itself. */
public class LoadThatSpeaksXmpp {
    public String presence() {
        return Presence.Type.available.name() + new SimulatedThing();
    }
}
