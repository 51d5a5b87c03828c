package app.fiv.demo;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes failed items as Commvault's XML: scalars become attributes, lists become repeated
 * elements ({@code <failedItems .../>}, {@code <columns>}, {@code <rows><row>cell</row>...</rows>}).
 */
final class XmlFailedItemsSink implements FailedItemsSink {

    static final String ROOT = "CVGui_JobFailedItemsResp";

    private final OutputStream out;
    private final XMLStreamWriter xml;
    private boolean csv;

    XmlFailedItemsSink(OutputStream out) throws IOException {
        this.out = out;
        this.xml = XmlTreeWriter.open(out);
    }

    @Override
    public void pace(long millis) throws IOException {
        try {
            xml.flush();
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IOException(e);
        }
        out.flush();
        Pacing.sleep(millis);
    }

    @Override
    public void verbatimJson(byte[] json) throws IOException {
        FailedItemsReplay.replay(json, this);
    }

    @Override
    public void beginList() throws IOException {
        try {
            xml.writeStartElement(ROOT);
            xml.writeAttribute("isFailedItemsCSV", "false");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void item(Map<String, ?> fields) throws IOException {
        try {
            xml.writeEmptyElement("failedItems");
            for (Map.Entry<String, ?> field : fields.entrySet()) {
                xml.writeAttribute(field.getKey(), String.valueOf(field.getValue()));
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void beginCsv(List<String> columns) throws IOException {
        csv = true;
        try {
            xml.writeStartElement(ROOT);
            xml.writeAttribute("isFailedItemsCSV", "true");
            xml.writeStartElement("failedItemsCSV");
            for (String column : columns) {
                textElement("columns", column);
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void row(List<String> cells) throws IOException {
        try {
            xml.writeStartElement("rows");
            for (String cell : cells) {
                textElement("row", cell);
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void end() throws IOException {
        try {
            if (csv) {
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close(); // flushes; the underlying stream stays open for its owner
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void textElement(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
