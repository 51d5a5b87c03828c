package app.fiv.model;

import java.util.List;

/**
 * What the JSON and XML readers share: the shape is decided by the content, the sink is told the
 * column names before the first row and after every change, and what a response without data
 * means (an empty job, a Commvault error body, or not a failed-items answer at all) is decided
 * once the whole document has been read.
 *
 * <p>Rows go to the sink as soon as they are parsed, so the first section with data decides the
 * shape; a response carrying data in both shapes is refused rather than half shown.
 */
final class RowAssembler {
    private final RowSink sink;
    private final ColumnNames names = new ColumnNames();
    private Shape shape;
    private boolean listSeen;
    private boolean csvSeen;
    private boolean nullListSeen;
    private boolean columnsSent;
    private Boolean csvFlag;
    private String errorCode;
    private String errorMessage;
    private long rows;

    RowAssembler(RowSink sink) {
        this.sink = sink;
    }

    void listSeen() {
        listSeen = true;
    }

    void csvSeen() {
        csvSeen = true;
    }

    /** {@code "failedItems": null}: no items, unless the rest of the answer says otherwise. */
    void nullListSeen() {
        nullListSeen = true;
    }

    void flag(String value) {
        csvFlag = "true".equalsIgnoreCase(value == null ? "" : value.strip());
    }

    void errorCode(String value) {
        errorCode = value;
    }

    void errorMessage(String value) {
        errorMessage = value;
    }

    /** The first entry of Commvault's {@code errList}, unless the answer had its own error fields. */
    void errListEntry(String code, String message) {
        if (!isError()) {
            errorCode = code;
            errorMessage = message;
        }
    }

    long rowCount() {
        return rows;
    }

    /** The column of a list item's key. */
    int columnFor(String key) throws ResponseFormatException {
        enter(Shape.LIST);
        return names.columnFor(key);
    }

    void listRow(String[] cells) throws ResponseFormatException {
        enter(Shape.LIST);
        deliver(cells);
    }

    void csvHeader(List<String> header) throws ResponseFormatException {
        enter(Shape.CSV);
        names.setHeader(header);
        sendColumnsIfChanged();
    }

    void csvRow(String[] cells) throws ResponseFormatException {
        enter(Shape.CSV);
        names.widenTo(cells.length);
        deliver(cells);
    }

    /** Ends a complete document: tells the sink, or says why there is no data. */
    Shape finish() throws ResponseFormatException {
        if (shape == null) {
            if (csvSeen) {
                enter(Shape.CSV);
            } else if (listSeen) {
                enter(Shape.LIST);
            } else if (isError()) {
                throw new ErrorBodyException(errorCode, errorMessage);
            } else if (csvFlag != null) {
                enter(csvFlag ? Shape.CSV : Shape.LIST);
            } else if (nullListSeen) {
                enter(Shape.LIST);
            } else {
                throw new ResponseFormatException("The response has neither failedItems nor failedItemsCSV.");
            }
        }
        if (shape == Shape.LIST && names.size() == 0) {
            names.setHeader(FailedItemsJsonReader.LIST_COLUMNS);
        }
        sendColumnsIfChanged();
        if (!columnsSent) {
            sink.columns(names.snapshot());
        }
        sink.end();
        return shape;
    }

    private void deliver(String[] cells) {
        sendColumnsIfChanged();
        if (!columnsSent) {
            sink.columns(names.snapshot());
            columnsSent = true;
        }
        rows++;
        sink.row(cells);
    }

    private void sendColumnsIfChanged() {
        if (names.takeChange()) {
            sink.columns(names.snapshot());
            columnsSent = true;
        }
    }

    private void enter(Shape wanted) throws ResponseFormatException {
        if (shape == null) {
            shape = wanted;
            sink.begin(wanted);
        } else if (shape != wanted) {
            throw new ResponseFormatException("The response has failed items in both shapes (failedItems and"
                    + " failedItemsCSV); it cannot be read as one table.");
        }
    }

    private boolean isError() {
        boolean hasCode = errorCode != null && !errorCode.isBlank() && !errorCode.strip().equals("0");
        boolean hasMessage = errorMessage != null && !errorMessage.isBlank();
        return hasCode || hasMessage;
    }
}
