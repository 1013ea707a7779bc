package io.finesseacceptance.simulator.xmpp;

import com.fasterxml.aalto.AsyncByteArrayFeeder;
import com.fasterxml.aalto.AsyncXMLInputFactory;
import com.fasterxml.aalto.AsyncXMLStreamReader;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Parses the client's XML stream incrementally, without ever blocking for more bytes, and emits one
 * {@link StreamEvent} per stream header, top-level element and stream end.
 */
final class XmppStreamDecoder extends ChannelInboundHandlerAdapter {

    static final String STREAM_NAMESPACE = "http://etherx.jabber.org/streams";
    static final int MAX_STANZA_BYTES = 1024 * 1024;

    private static final AsyncXMLInputFactory FACTORY = newFactory();

    private final int maxStanzaBytes;
    private final Deque<XmlElement> openElements = new ArrayDeque<>();
    private AsyncXMLStreamReader<AsyncByteArrayFeeder> reader;
    /** Bytes received since the last complete top-level element; counted per read, so it may lag one read behind. */
    private long pendingBytes;
    private boolean streamOpened;
    private boolean finished;

    XmppStreamDecoder() {
        this(MAX_STANZA_BYTES);
    }

    XmppStreamDecoder(int maxStanzaBytes) {
        this.maxStanzaBytes = maxStanzaBytes;
        restart();
    }

    /**
     * Starts over with a fresh parser: each stream restart (after STARTTLS, after SASL) begins a new
     * XML document. Safe to call while a read is being decoded.
     */
    void restart() {
        reader = FACTORY.createAsyncForByteArray();
        openElements.clear();
        pendingBytes = 0;
        streamOpened = false;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf buffer)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            if (finished) {
                return;
            }
            byte[] bytes = ByteBufUtil.getBytes(buffer);
            pendingBytes += bytes.length;
            reader.getInputFeeder().feedInput(bytes, 0, bytes.length);
            decode(ctx);
            if (!finished && pendingBytes > maxStanzaBytes) {
                fail(ctx, "stanza larger than " + maxStanzaBytes + " bytes");
            }
        } catch (XMLStreamException | RuntimeException e) {
            fail(ctx, e.getMessage());
        } finally {
            buffer.release();
        }
    }

    private void decode(ChannelHandlerContext ctx) throws XMLStreamException {
        // re-read the field each round: a handler may restart() the stream from inside fireChannelRead
        while (!finished) {
            int event = reader.next();
            switch (event) {
                case AsyncXMLStreamReader.EVENT_INCOMPLETE -> {
                    return;
                }
                case XMLStreamConstants.START_ELEMENT -> startElement(ctx);
                case XMLStreamConstants.END_ELEMENT -> endElement(ctx);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> {
                    // XMPP forbids DTDs and entity declarations (RFC 6120 section 11.1)
                    fail(ctx, "DTD or entity reference");
                    return;
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    return;
                }
                default -> {
                    // comments, processing instructions, the XML declaration: nothing to route
                }
            }
        }
    }

    private void startElement(ChannelHandlerContext ctx) {
        if (!streamOpened) {
            if (!"stream".equals(reader.getLocalName()) || !STREAM_NAMESPACE.equals(reader.getNamespaceURI())) {
                fail(ctx, "expected <stream:stream>, got <" + reader.getLocalName() + ">");
                return;
            }
            pendingBytes = 0;
            streamOpened = true;
            ctx.fireChannelRead(new StreamEvent.Opened(reader.getAttributeValue(null, "to")));
            return;
        }
        XmlElement element = new XmlElement(reader.getLocalName(), reader.getNamespaceURI());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = reader.getAttributePrefix(i);
            String name = reader.getAttributeLocalName(i);
            element.putAttribute(prefix == null || prefix.isEmpty() ? name : prefix + ":" + name, reader.getAttributeValue(i));
        }
        if (!openElements.isEmpty()) {
            openElements.peek().addChild(element);
        }
        openElements.push(element);
    }

    private void endElement(ChannelHandlerContext ctx) {
        if (openElements.isEmpty()) {
            finished = true;
            ctx.fireChannelRead(new StreamEvent.Closed());
            return;
        }
        XmlElement element = openElements.pop();
        if (openElements.isEmpty()) {
            pendingBytes = 0;
            ctx.fireChannelRead(new StreamEvent.Stanza(element));
        }
    }

    private void text() {
        // whitespace between stanzas (keep-alives) belongs to the stream element and is dropped
        if (!openElements.isEmpty()) {
            openElements.peek().appendText(reader.getText());
        }
    }

    private void fail(ChannelHandlerContext ctx, String reason) {
        if (!finished) {
            finished = true;
            ctx.fireChannelRead(new StreamEvent.Malformed(reason));
        }
    }

    private static AsyncXMLInputFactory newFactory() {
        AsyncXMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
