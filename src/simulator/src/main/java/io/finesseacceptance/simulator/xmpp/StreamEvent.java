package io.finesseacceptance.simulator.xmpp;

/** What the stream decoder hands to the connection handler. */
sealed interface StreamEvent {

    /** The client opened (or reopened) its {@code <stream:stream>}. */
    record Opened(String to) implements StreamEvent {
    }

    /** A complete top-level stanza or nonza. */
    record Stanza(XmlElement element) implements StreamEvent {
    }

    /** The client sent {@code </stream:stream>}. */
    record Closed() implements StreamEvent {
    }

    /** The input is not acceptable XML (malformed, DTD, too large); the stream must end. */
    record Malformed(String reason) implements StreamEvent {
    }
}
