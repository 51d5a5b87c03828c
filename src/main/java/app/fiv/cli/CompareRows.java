package app.fiv.cli;

import app.fiv.compare.Change;
import app.fiv.compare.ComparedTable;
import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import app.fiv.io.FormulaGuard;
import app.fiv.io.RowWriter;
import app.fiv.io.RowWriters;
import app.fiv.known.KnownMarks;
import app.fiv.known.KnownMatcher;
import app.fiv.known.KnownRules;
import app.fiv.known.KnownSink;
import app.fiv.known.MatchTarget;
import app.fiv.model.ColumnPlacement;
import app.fiv.model.ColumnRoles;
import app.fiv.model.ExtraColumn;
import app.fiv.model.FailedItemsTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A comparison as the command line writes it: {@code change}, then {@code known} with
 * {@code --known}, then the job's columns, then {@code earlierReason}; known rows left out with
 * {@code --hide-known}. A job column of one of those names is written as {@code change (2)},
 * as export writes a column called {@code known}.
 */
final class CompareRows {
    static final String CHANGE = "change";
    static final String EARLIER_REASON = "earlierReason";

    private final ComparedTable compared;
    private final KnownMarks marks;
    private final boolean hideKnown;
    private final List<String> header;
    private long written;
    private long formulaLike;

    private CompareRows(ComparedTable compared, KnownMarks marks, boolean hideKnown) {
        this.compared = compared;
        this.marks = marks;
        this.hideKnown = hideKnown;
        this.header = header(compared.table(), marks != null);
    }

    /**
     * @param known          the rules, or null without {@code --known}
     * @param client         the job's client, whose rules fit its rows
     * @param earlierClient  the other job's client, whose rules fit the fixed rows (another client with {@code --with})
     */
    static CompareRows of(ComparedTable compared, KnownOptions.KnownFilter known, String client, String earlierClient) {
        if (known == null) {
            return new CompareRows(compared, null, false);
        }
        return new CompareRows(compared, mark(compared, known.rules(), client, earlierClient), known.hide());
    }

    /** Marks every row, each with its own job's client: the fixed rows are the other job's. */
    private static KnownMarks mark(ComparedTable compared, KnownRules rules, String client, String earlierClient) {
        FailedItemsTable table = compared.table();
        int[] whose = new int[table.rowCount()];
        Arrays.fill(whose, compared.currentRows(), whose.length, 1);
        FailedItemsTable withClients = table.withColumns(ColumnPlacement.LAST,
                ExtraColumn.ofCodes("client", List.of(client, earlierClient), whose));
        List<String> data = table.columns().subList(1, table.columnCount() - 1);
        MatchTarget target = new MatchTarget(ColumnRoles.reasonColumn(data).orElse(-2) + 1,
                ColumnRoles.pathColumn(data).orElse(-2) + 1, withClients.columnCount() - 1, null);
        return KnownMatcher.mark(withClients, rules, target, () -> false);
    }

    private static List<String> header(FailedItemsTable table, boolean known) {
        List<String> ours = new ArrayList<>(List.of(CHANGE));
        if (known) {
            ours.add(KnownSink.COLUMN);
        }
        Set<String> taken = new HashSet<>(ours);
        taken.add(EARLIER_REASON);
        List<String> data = table.columns().subList(1, table.columnCount() - 1);
        taken.addAll(data);
        List<String> names = new ArrayList<>(ours);
        for (String name : data) {
            String unique = name;
            if (ours.contains(name) || name.equals(EARLIER_REASON)) {
                for (int n = 2; taken.contains(unique); n++) {
                    unique = name + " (" + n + ")";
                }
                taken.add(unique);
            }
            names.add(unique);
        }
        names.add(EARLIER_REASON);
        return names;
    }

    List<String> header() {
        return header;
    }

    void writeTo(OutputStream out, ExportOptions options) throws IOException {
        // The rules' notes as one more column of the table's store, read like the others.
        FailedItemsTable table = marks == null ? compared.table()
                : compared.table().withColumns(ColumnPlacement.LAST, marks.column(KnownSink.COLUMN));
        int columns = compared.table().columnCount();
        int knownColumn = table.columnCount() - 1;
        boolean countFormulas = options.format() != ExportFormat.JSON && !options.formulaSafe();
        if (countFormulas && options.header()) {
            count(header);
        }
        RowWriter writer = RowWriters.open(out, header, options);
        List<String> cells = new ArrayList<>(header.size());
        for (int row = 0; row < table.rowCount(); row++) {
            if (hideKnown && marks.isKnown(row)) {
                continue;
            }
            cells.clear();
            cells.add(table.cell(row, 0));
            if (marks != null) {
                cells.add(table.cell(row, knownColumn));
            }
            for (int column = 1; column < columns; column++) {
                cells.add(table.cell(row, column));
            }
            if (countFormulas) {
                count(cells);
            }
            writer.write(cells);
            written++;
        }
        writer.finish();
    }

    private void count(List<String> cells) {
        for (String cell : cells) {
            if (FormulaGuard.isRisky(cell)) {
                formulaLike++;
            }
        }
    }

    long writtenRows() {
        return written;
    }

    long formulaLikeCells() {
        return formulaLike;
    }

    /** Rows a rule fits: marked, or left out with {@code --hide-known}. */
    int knownCount() {
        return marks == null ? 0 : marks.knownCount();
    }

    /** The new rows no rule fits: the number an admin acts on. */
    int newAndNotKnown() {
        int count = 0;
        for (int row = 0; row < compared.currentRows(); row++) {
            if (compared.change(row) == Change.NEW && (marks == null || !marks.isKnown(row))) {
                count++;
            }
        }
        return count;
    }

    boolean hidesKnown() {
        return hideKnown;
    }
}
