package app.fiv.model;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX readers for answers from a server: the JDK's own parser with DTDs and external entities
 * off, so a hostile or broken answer can neither read local files (XXE) nor expand entities
 * without end ("billion laughs").
 */
public final class SafeXml {
    private SafeXml() {
    }

    /** A new factory each time: JAXP does not promise that factories are thread-safe. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
