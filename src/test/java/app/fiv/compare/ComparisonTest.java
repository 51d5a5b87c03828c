package app.fiv.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.model.TableBuilder;
import app.fiv.model.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Matching the items of two runs: by path or GUID, case as the paths' system has it, reasons, duplicates, shapes. */
class ComparisonTest {
    private static final List<String> LIST_COLUMNS = List.of("entity", "failureReason", "size");

    static FailedItemsTable list(List<String> columns, String[]... rows) {
        TableBuilder builder = new TableBuilder(Shape.LIST);
        columns.forEach(builder::columnFor);
        for (String[] row : rows) {
            builder.addRow(row.clone());
        }
        return builder.build();
    }

    static FailedItemsTable list(String[]... rows) {
        return list(LIST_COLUMNS, rows);
    }

    static String[] row(String... cells) {
        return cells;
    }

    static List<List<String>> rows(FailedItemsTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < table.columnCount(); column++) {
                cells.add(table.cell(row, column));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void newStillFailingAndFixedByPathWithTheEarlierReasonWhereItChanged() {
        FailedItemsTable earlier = list(
                row("E:\\Users\\ann\\mail.pst", "The file is locked", "10"),
                row("E:\\Users\\bob\\old.docx", "Access is denied", "20"),
                row("E:\\Users\\cid\\a.xlsx", "The file is locked", "30"));
        FailedItemsTable current = list(
                row("E:\\Users\\ann\\mail.pst", "The file is locked", "11"),
                row("E:\\Users\\dan\\new.txt", "Access is denied", "40"),
                row("E:\\Users\\cid\\a.xlsx", "Sharing violation", "31"));

        ComparedTable compared = Comparison.of(current, earlier);

        FailedItemsTable table = compared.table();
        assertThat(table.columns()).containsExactly("Change", "entity", "failureReason", "size", "Earlier reason");
        assertThat(compared.changeColumn()).isZero();
        assertThat(compared.earlierReasonColumn()).isEqualTo(4);
        assertThat(rows(table)).containsExactly(
                List.of("still failing", "E:\\Users\\ann\\mail.pst", "The file is locked", "11", ""),
                List.of("new", "E:\\Users\\dan\\new.txt", "Access is denied", "40", ""),
                List.of("still failing", "E:\\Users\\cid\\a.xlsx", "Sharing violation", "31", "The file is locked"),
                List.of("fixed", "E:\\Users\\bob\\old.docx", "Access is denied", "20", ""));
        assertThat(compared.counts()).isEqualTo(new ComparisonCounts(1, 2, 1, 1));
        assertThat(compared.currentRows()).isEqualTo(3);
        assertThat(compared.change(1)).isEqualTo(Change.NEW);
        assertThat(compared.change(3)).isEqualTo(Change.FIXED);
        assertThat(compared.matching()).isEqualTo(Matching.PATH);
        assertThat(table.shape()).isEqualTo(Shape.LIST);
    }

    @Test
    void windowsStylePathsMatchIgnoringCaseOthersExactly() {
        FailedItemsTable earlier = list(
                row("C:\\Users\\Ann\\Mail.PST", "locked", ""),
                row("\\\\nas01\\Share\\A.txt", "locked", ""),
                row("\\Mailbox\\Inbox", "locked", ""),
                row("/home/Ann/Mail.pst", "locked", ""),
                row("/srv/www/index.html", "locked", ""));
        FailedItemsTable current = list(
                row("c:\\users\\ann\\mail.pst", "locked", ""),
                row("\\\\NAS01\\share\\a.TXT", "locked", ""),
                row("\\MAILBOX\\inbox", "locked", ""),
                row("/home/ann/mail.pst", "locked", ""),
                row("/srv/www/index.html", "locked", ""));

        ComparedTable compared = Comparison.of(current, earlier);

        assertThat(changes(compared)).containsExactly("still failing", "still failing", "still failing", "new",
                "still failing", "fixed");
        assertThat(compared.table().cell(5, 1)).as("the Unix path differs in case: another file")
                .isEqualTo("/home/Ann/Mail.pst");
    }

    @Test
    void theGuidWinsInTheCsvShapeIgnoringCaseAndABlankGuidFallsBackToThePath() {
        List<String> header = List.of("Path", "GUID", "Reason");
        FailedItemsTable earlier = Tables.csv(header, List.of(
                List.of("\\Mailboxes\\ann\\Inbox", "7C9E6679-7425-40DE-944B-E07FC1F90AE7", "Item too large"),
                List.of("\\Mailboxes\\bob\\Sent", "", "Item too large"),
                List.of("\\Mailboxes\\cid\\Inbox", "0f8fad5b-d9cb-469f-a165-70867728950e", "Quota exceeded")));
        FailedItemsTable current = Tables.csv(header, List.of(
                List.of("\\Mailboxes\\ann (renamed)\\Inbox", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "Item too large"),
                List.of("\\Mailboxes\\BOB\\Sent", "", "Item is corrupt"),
                List.of("\\Mailboxes\\cid\\Inbox", "1f8fad5b-d9cb-469f-a165-70867728950e", "Quota exceeded")));

        ComparedTable compared = Comparison.of(current, earlier);

        assertThat(compared.matching()).isEqualTo(Matching.GUID);
        assertThat(compared.table().shape()).isEqualTo(Shape.CSV);
        assertThat(compared.table().columns()).containsExactly("Change", "Path", "GUID", "Reason", "Earlier reason");
        assertThat(rows(compared.table())).containsExactly(
                List.of("still failing", "\\Mailboxes\\ann (renamed)\\Inbox", "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                        "Item too large", ""),
                List.of("still failing", "\\Mailboxes\\BOB\\Sent", "", "Item is corrupt", "Item too large"),
                List.of("new", "\\Mailboxes\\cid\\Inbox", "1f8fad5b-d9cb-469f-a165-70867728950e", "Quota exceeded", ""),
                List.of("fixed", "\\Mailboxes\\cid\\Inbox", "0f8fad5b-d9cb-469f-a165-70867728950e", "Quota exceeded", ""));
        assertThat(compared.counts()).isEqualTo(new ComparisonCounts(1, 2, 1, 1));
    }

    @Test
    void aPathNeverMatchesAGuid() {
        List<String> header = List.of("Path", "GUID", "Reason");
        FailedItemsTable earlier = Tables.csv(header, List.of(List.of("abc", "", "r")));
        FailedItemsTable current = Tables.csv(header, List.of(List.of("x", "abc", "r")));

        assertThat(changes(Comparison.of(current, earlier))).containsExactly("new", "fixed");
    }

    @Test
    void duplicatedItemsPairOneToOneInOrder() {
        FailedItemsTable earlier = list(row("/a", "first", "1"), row("/b", "b", ""), row("/a", "second", "2"));
        FailedItemsTable current = list(row("/a", "first", "x"), row("/a", "second", "y"), row("/a", "third", "z"));

        ComparedTable compared = Comparison.of(current, earlier);

        assertThat(rows(compared.table())).containsExactly(
                List.of("still failing", "/a", "first", "x", ""),
                List.of("still failing", "/a", "second", "y", ""),
                List.of("new", "/a", "third", "z", ""),
                List.of("fixed", "/b", "b", "", ""));

        ComparedTable fewerNow = Comparison.of(list(row("/a", "second", "")), earlier);
        assertThat(rows(fewerNow.table())).containsExactly(
                List.of("still failing", "/a", "second", "", "first"),
                List.of("fixed", "/b", "b", "", ""),
                List.of("fixed", "/a", "second", "2", ""));
        assertThat(fewerNow.counts()).isEqualTo(new ComparisonCounts(0, 1, 2, 1));
    }

    @Test
    void anEmptyRunMakesEverythingNewOrFixed() {
        FailedItemsTable earlier = list(row("/a", "r", "1"), row("/b", "r", "2"));
        FailedItemsTable nothing = new TableBuilder(Shape.LIST).build();

        ComparedTable allFixed = Comparison.of(nothing, earlier);
        assertThat(allFixed.table().columns()).containsExactly("Change", "entity", "failureReason", "size",
                "Earlier reason");
        assertThat(rows(allFixed.table())).containsExactly(List.of("fixed", "/a", "r", "1", ""),
                List.of("fixed", "/b", "r", "2", ""));
        assertThat(allFixed.counts()).isEqualTo(new ComparisonCounts(0, 0, 2, 0));

        ComparedTable allNew = Comparison.of(earlier, nothing);
        assertThat(changes(allNew)).containsExactly("new", "new");
        assertThat(allNew.counts()).isEqualTo(new ComparisonCounts(2, 0, 0, 0));

        ComparedTable none = Comparison.of(nothing, nothing);
        assertThat(none.table().columns()).containsExactly("Change", "Earlier reason");
        assertThat(none.table().rowCount()).isZero();
        assertThat(none.counts().rows()).isZero();
    }

    @Test
    void runsInDifferentShapesMatchByTheirPathColumnsAndFixedRowsFillThisRunsColumns() {
        FailedItemsTable earlier = Tables.csv(List.of("Path", "Reason", "Mailbox"), List.of(
                List.of("\\Inbox\\a", "too large", "ann"),
                List.of("\\Inbox\\b", "corrupt", "bob")));
        FailedItemsTable current = list(List.of("entity", "failureReason"), row("\\inbox\\A", "too large"));

        ComparedTable compared = Comparison.of(current, earlier);

        assertThat(compared.table().columns()).containsExactly("Change", "entity", "failureReason", "Mailbox",
                "Earlier reason");
        assertThat(rows(compared.table())).containsExactly(
                List.of("still failing", "\\inbox\\A", "too large", "", ""),
                List.of("fixed", "\\Inbox\\b", "corrupt", "bob", ""));
    }

    @Test
    void aColumnOnlyTheEarlierRunHasComesAfterThisRunsAndItsOwnChangeColumnKeepsItsName() {
        FailedItemsTable earlier = list(List.of("entity", "failureReason", "owner"), row("/a", "r", "ann"), row("/b", "r", "bob"));
        FailedItemsTable current = list(List.of("Change", "entity", "failureReason"), row("data", "/a", "r"));

        ComparedTable compared = Comparison.of(current, earlier);

        assertThat(compared.table().columns()).containsExactly("Change (2)", "Change", "entity", "failureReason",
                "owner", "Earlier reason");
        assertThat(rows(compared.table())).containsExactly(
                List.of("still failing", "data", "/a", "r", "", ""),
                List.of("fixed", "", "/b", "r", "bob", ""));
    }

    @Test
    void dataWithoutAPathColumnIsMatchedByAllItsCellsButTheReason() {
        List<String> columns = List.of("server", "database", "error");
        FailedItemsTable earlier = list(columns, row("sql01", "HR", "log full"), row("sql01", "FIN", "offline"));
        FailedItemsTable current = list(columns, row("sql01", "HR", "log corrupt"), row("sql02", "FIN", "offline"));

        ComparedTable compared = Comparison.of(current, earlier);

        assertThat(compared.matching()).isEqualTo(Matching.WHOLE_ROW);
        assertThat(rows(compared.table())).containsExactly(
                List.of("still failing", "sql01", "HR", "log corrupt", "log full"),
                List.of("new", "sql02", "FIN", "offline", ""),
                List.of("fixed", "sql01", "FIN", "offline", ""));
    }

    @Test
    void aLargeComparisonKeepsEveryCellAndIsCancelled() {
        TableBuilder before = new TableBuilder(Shape.LIST);
        TableBuilder now = new TableBuilder(Shape.LIST);
        LIST_COLUMNS.forEach(before::columnFor);
        LIST_COLUMNS.forEach(now::columnFor);
        for (int i = 0; i < 50_000; i++) {
            before.addRow(new String[] {"/data/file-" + i, "reason " + (i % 7), Integer.toString(i)});
            if (i % 10 != 0) {
                now.addRow(new String[] {"/data/file-" + i, "reason " + (i % 5), "n" + i});
            }
        }
        for (int i = 0; i < 1_000; i++) {
            now.addRow(new String[] {"/data/new-" + i, "denied", ""});
        }
        FailedItemsTable earlier = before.build();
        FailedItemsTable current = now.build();

        ComparedTable compared = Comparison.of(current, earlier);

        assertThat(compared.counts().added()).isEqualTo(1_000);
        assertThat(compared.counts().stillFailing()).isEqualTo(45_000);
        assertThat(compared.counts().fixed()).isEqualTo(5_000);
        FailedItemsTable table = compared.table();
        assertThat(table.rowCount()).isEqualTo(51_000);
        assertThat(table.cell(46_000, 1)).isEqualTo("/data/file-0");
        assertThat(table.cell(46_000, 3)).isEqualTo("0");
        assertThat(table.cell(50_999, 1)).isEqualTo("/data/file-49990");
        assertThat(table.cell(0, 1)).isEqualTo("/data/file-1");
        assertThat(table.cell(0, 3)).isEqualTo("n1");
        assertThat(table.cell(2, 4)).as("file-3: reason 3 then, reason 3 now").isEmpty();
        assertThat(table.cell(5, 4)).as("file-6: reason 6 then, reason 1 now").isEqualTo("reason 6");
        assertThatThrownBy(() -> Comparison.of(current, earlier, () -> true)).isInstanceOf(CancellationException.class);
    }

    static List<String> changes(ComparedTable compared) {
        List<String> changes = new ArrayList<>();
        for (int row = 0; row < compared.table().rowCount(); row++) {
            changes.add(compared.table().cell(row, 0));
            assertThat(compared.change(row).text()).isEqualTo(changes.get(row));
        }
        return changes;
    }
}
