package app.fiv.model;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import javax.xml.stream.XMLInputFactory;

/**
 * StAX readers for answers from a server: Woodstox with DTDs and external entities off, so a
 * hostile or broken answer can neither read local files (XXE) nor expand entities without end
 * ("billion laughs"). Woodstox rather than the JDK's parser, which prints "[Fatal Error]" lines to
 * stderr for some broken input before it throws.
 */
public final class SafeXml {
    /** The longest attribute value or text run accepted: a cell's limit, which the readers apply to whole values. */
    static final int MAX_VALUE_CHARS = CellLimit.MAX_CHARS;
    private SafeXml() {
    }

    /** A new factory each time: JAXP does not promise that factories are thread-safe. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // Commvault writes values as attributes, and a path may be long (a 1 MB one has been seen in
        // a runaway folder loop); Woodstox's default of 512 KB would refuse it. Still bounded.
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_VALUE_CHARS);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_VALUE_CHARS);
        return factory;
    }
}
