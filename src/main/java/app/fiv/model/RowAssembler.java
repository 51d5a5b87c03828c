package app.fiv.model;

import java.util.List;

/**
 * What the JSON and XML readers share: the shape is decided by the content, the sink is told the
 * column names before the first row and the new or changed ones after every change, a table wider
 * than {@link #MAX_COLUMNS} is refused, and what a response without data means (an empty job, a
 * Commvault error body, or not a failed-items answer at all) is decided once the whole document
 * has been read.
 *
 * <p>Rows go to the sink as soon as they are parsed, so the first section with data decides the
 * shape; a response carrying data in both shapes is refused rather than half shown.
 */
final class RowAssembler {
    /**
     * Far above any real answer (a list item has a handful of keys, a CSV header a dozen names); an
     * answer whose items keep bringing new keys is broken or hostile, and a table of more columns
     * cannot be shown or exported usefully.
     */
    static final int MAX_COLUMNS = 1_000;

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
        int column = names.columnFor(key);
        if (column >= MAX_COLUMNS) {
            throw tooWide("more than " + count(MAX_COLUMNS) + " columns: item " + count(rows + 1)
                    + " brings column " + count(column + 1) + " (\"" + shortName(key) + "\")");
        }
        return column;
    }

    void listRow(String[] cells) throws ResponseFormatException {
        enter(Shape.LIST);
        deliver(cells);
    }

    void csvHeader(List<String> header) throws ResponseFormatException {
        enter(Shape.CSV);
        if (header.size() > MAX_COLUMNS) {
            throw tooWide(count(header.size()) + " columns in its CSV header");
        }
        names.setHeader(header);
        sendColumnsIfChanged();
    }

    void csvRow(String[] cells) throws ResponseFormatException {
        enter(Shape.CSV);
        if (cells.length > MAX_COLUMNS) {
            throw tooWide(count(cells.length) + " cells in row " + count(rows + 1));
        }
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
            sink.columns(0, names.snapshot());
        }
        sink.end();
        return shape;
    }

    private void deliver(String[] cells) {
        sendColumnsIfChanged();
        if (!columnsSent) {
            sink.columns(0, names.snapshot());
            columnsSent = true;
        }
        rows++;
        sink.row(cells);
    }

    private void sendColumnsIfChanged() {
        int first = names.takeFirstChanged();
        if (first >= 0) {
            sink.columns(first, names.from(first));
            columnsSent = true;
        }
    }

    private static ResponseFormatException tooWide(String what) {
        return new ResponseFormatException("The answer has " + what + ", and the app shows at most "
                + count(MAX_COLUMNS) + ". Failed items have a handful of keys; this answer is broken, or not from"
                + " a CommServe you can trust.");
    }

    private static String shortName(String key) {
        String name = ServerText.clean(key);
        return name.length() <= 80 ? name : name.substring(0, 79) + "…";
    }

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
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
