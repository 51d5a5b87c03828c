package app.fiv.model;

import com.ctc.wstx.exc.WstxEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML form of a FailedItems response (what a CommServe sends for
 * {@code Accept: application/xml}) into a {@link RowSink}, row by row, like
 * {@link FailedItemsJsonReader}. Commvault writes scalars as attributes and lists as repeated
 * elements:
 * <pre>
 * &lt;AnyRoot isFailedItemsCSV="false"&gt;&lt;failedItems failureReason=".." entity=".."/&gt;...&lt;/AnyRoot&gt;
 * &lt;AnyRoot isFailedItemsCSV="true"&gt;&lt;failedItemsCSV&gt;&lt;columns&gt;A&lt;/columns&gt;...
 *     &lt;rows&gt;&lt;row&gt;cell&lt;/row&gt;...&lt;/rows&gt;...&lt;/failedItemsCSV&gt;&lt;/AnyRoot&gt;
 * &lt;AnyRoot errorCode="19" errorMessage=".."/&gt;
 * </pre>
 * The root element's name is not relied on, and a value may come as an attribute or as a child
 * element alike.
 */
public final class FailedItemsXmlReader {
    private FailedItemsXmlReader() {
    }

    /** Streams the response into the sink; {@link RowSink#end()} is called only if it was complete. */
    public static Shape read(InputStream body, RowSink sink) throws IOException, ResponseFormatException {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        int first = in.read();
        if (first == -1) {
            throw new ResponseFormatException("The response is empty.");
        }
        in.unread(first);
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.inputFactory().createXMLStreamReader(in);
            return readDocument(xml, new RowAssembler(sink));
        } catch (WstxEOFException e) {
            throw new ResponseFormatException("The response ended too early: it was cut off before the end.", e);
        } catch (XMLStreamException e) {
            // The network's own failures stay I/O errors; bytes that are not text in the declared
            // encoding are a broken answer, however the parser reports them.
            Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
            if (cause instanceof CharConversionException) {
                throw new ResponseFormatException("The response is not valid text in its declared encoding.", e);
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new ResponseFormatException("The response is not valid XML (" + reason(e) + ").", e);
        } finally {
            closeQuietly(xml);
        }
    }

    private static Shape readDocument(XMLStreamReader xml, RowAssembler rows)
            throws XMLStreamException, ResponseFormatException {
        if (!toNextElement(xml)) {
            throw new ResponseFormatException("The response is empty.");
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            scalar(rows, xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        // XML has no null: an answer of {"failedItems": null} is an empty root element.
        boolean empty = xml.getAttributeCount() == 0;
        int event;
        while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            empty = false;
            switch (xml.getLocalName()) {
                case "failedItems" -> readItem(xml, rows);
                case "failedItemsCSV" -> readCsv(xml, rows);
                case "isFailedItemsCSV", "errorCode", "errorMessage" -> scalar(rows, xml.getLocalName(), XmlValues.text(xml));
                case "errList" -> readErrListEntry(xml, rows);
                default -> skipElement(xml);
            }
        }
        if (empty) {
            rows.nullListSeen();
        }
        return rows.finish();
    }

    private static void scalar(RowAssembler rows, String name, String value) {
        switch (name) {
            case "isFailedItemsCSV" -> rows.flag(value);
            case "errorCode" -> rows.errorCode(value);
            case "errorMessage" -> rows.errorMessage(value);
            default -> { }
        }
    }

    /** One {@code <failedItems>} element is one item: its attributes and child elements are its keys. */
    private static void readItem(XMLStreamReader xml, RowAssembler rows) throws XMLStreamException, ResponseFormatException {
        rows.listSeen();
        String[] cells = new String[Math.max(8, xml.getAttributeCount())];
        int width = 0;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            int column = rows.columnFor(xml.getAttributeLocalName(i));
            cells = fit(cells, column);
            cells[column] = xml.getAttributeValue(i);
            width = Math.max(width, column + 1);
        }
        int event;
        while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                int column = rows.columnFor(xml.getLocalName());
                cells = fit(cells, column);
                cells[column] = XmlValues.text(xml);
                width = Math.max(width, column + 1);
            }
        }
        rows.listRow(Arrays.copyOf(cells, width));
    }

    /** {@code <errList errorCode=".." errLogMessage=".."/>}, attributes or child elements alike. */
    private static void readErrListEntry(XMLStreamReader xml, RowAssembler rows)
            throws XMLStreamException, ResponseFormatException {
        String code = null;
        String message = null;
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            switch (xml.getAttributeLocalName(i)) {
                case "errorCode" -> code = xml.getAttributeValue(i);
                case "errLogMessage", "errorMessage" -> message = xml.getAttributeValue(i);
                default -> { }
            }
        }
        int event;
        while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "errorCode" -> code = XmlValues.text(xml);
                    case "errLogMessage", "errorMessage" -> message = XmlValues.text(xml);
                    default -> skipElement(xml);
                }
            }
        }
        rows.errListEntry(code, message);
    }

    private static void readCsv(XMLStreamReader xml, RowAssembler rows) throws XMLStreamException, ResponseFormatException {
        rows.csvSeen();
        List<String> header = new ArrayList<>();
        boolean headerSent = false;
        int event;
        while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (xml.getLocalName().equals("columns")) {
                header.add(XmlValues.text(xml));
                headerSent = false;
            } else if (xml.getLocalName().equals("rows")) {
                // Each <columns> element is one name, so the header is complete when the rows begin.
                if (!headerSent && !header.isEmpty()) {
                    rows.csvHeader(header);
                    headerSent = true;
                }
                rows.csvRow(readCells(xml));
            } else {
                skipElement(xml);
            }
        }
        if (!headerSent && !header.isEmpty()) {
            rows.csvHeader(header);
        }
    }

    private static String[] readCells(XMLStreamReader xml) throws XMLStreamException, ResponseFormatException {
        List<String> cells = new ArrayList<>();
        int event;
        while ((event = xml.next()) != XMLStreamConstants.END_ELEMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("row")) {
                    cells.add(XmlValues.text(xml));
                } else {
                    skipElement(xml);
                }
            }
        }
        return cells.toArray(String[]::new);
    }

    private static boolean toNextElement(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String[] fit(String[] cells, int column) {
        return column < cells.length ? cells : Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
    }

    /** The parser's reason without its position, which means nothing to an admin. */
    private static String reason(XMLStreamException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        int position = text.indexOf("\n at [");
        text = (position >= 0 ? text.substring(0, position) : text).strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? e.getClass().getSimpleName() : text;
    }

    private static void closeQuietly(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Closing a StAX reader only frees its buffers.
            }
        }
    }
}
