package app.fiv.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.model.FailedItemsTable;
import app.fiv.model.Tables;
import app.fiv.settings.AppSettings;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.DirectTaskExecutor;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports through the real writers and atomic file, with the file chooser answered by the test. */
class ExportViewModelTest {
    private static final List<String> HARD = List.of("a,b", "say \"hi\"", "two\nlines", "C:\\dir\\", "日本語 ✓ é", "=1+2", "-3", "@x");

    private final Preferences preferences = Preferences.userRoot().node("app/fiv/tests/export-" + System.nanoTime());
    private final AppSettings settings = new AppSettings(preferences);
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<String> statuses = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();
    private final ExportSettings exportSettings = new ExportSettings(settings);
    private final ExportViewModel exporter = new ExportViewModel(dialogs, exportSettings, new DirectTaskExecutor(), new Notices() {
        @Override
        public void status(String message) {
            statuses.add(message);
        }

        @Override
        public void error(String message) {
            errors.add(message);
        }
    });

    @TempDir
    Path folder;

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    private static FailedItemsTable table() {
        List<List<String>> rows = new ArrayList<>();
        for (String cell : HARD) {
            rows.add(List.of(cell, "/path/" + rows.size()));
        }
        return Tables.csv(List.of("Reason", "Path"), rows);
    }

    private static List<List<String>> readCsv(Path file) throws Exception {
        CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).readValues(file.toFile())) {
            return rows.readAll();
        }
    }

    private RowsToExport all(FailedItemsTable table) {
        int[] rows = new int[table.rowCount()];
        java.util.Arrays.setAll(rows, i -> i);
        return new RowsToExport(1005, table, rows, new int[] {1, 0}, "all rows");
    }

    @Test
    void cellsSurviveARoundTripAndFormulasAreDefusedByDefault() throws Exception {
        Path target = folder.resolve("out.csv");
        dialogs.answer(target);
        exporter.progressProperty().addListener((p, old, now) -> progress.add(now.doubleValue()));

        exporter.export(all(table()));

        List<List<String>> read = readCsv(target);
        assertThat(read.get(0)).containsExactly("Path", "Reason");
        assertThat(read.subList(1, read.size())).extracting(row -> row.get(1)).containsExactly(
                "a,b", "say \"hi\"", "two\nlines", "C:\\dir\\", "日本語 ✓ é", "'=1+2", "'-3", "'@x");
        assertThat(dialogs.asked()).singleElement().isEqualTo(new FakeDialogs.Asked("Export all rows", null, "job-1005-failed-items.csv"));
        assertThat(statuses).last().isEqualTo("Exported 8 rows to " + target + ".");
        assertThat(progress).last().isEqualTo(1.0);
        assertThat(Files.readAllBytes(target)[0]).as("no byte-order mark unless asked").isEqualTo((byte) 'P');
    }

    /** Issue 13: the window's export protects what spreadsheets skip before a sign, and full-width signs. */
    @Test
    void formulaSignsAfterBlanksOrInFullWidthAreDefusedToo() throws Exception {
        List<String> lookalikes = List.of(" =1+2", "\u00A0=cmd|' /C calc'!A0", "\u3000+SUM(A1)", "\n-2", "\u0000@x",
                "\uFF1D1", "\uFF0B1", "\uFF0D1", "\uFF20x");
        List<List<String>> rows = new ArrayList<>();
        lookalikes.forEach(cell -> rows.add(List.of(cell, "/p")));
        Path target = folder.resolve("lookalikes.csv");
        dialogs.answer(target);

        exporter.export(all(Tables.csv(List.of("Reason", "Path"), rows)));

        assertThat(readCsv(target).subList(1, rows.size() + 1)).extracting(row -> row.get(1))
                .isEqualTo(lookalikes.stream().map(cell -> "'" + cell).toList());
    }

    @Test
    void withoutProtectionAndWithABomCellsAreWrittenAsTheyAre() throws Exception {
        exportSettings.formulaSafeProperty().set(false);
        exportSettings.byteOrderMarkProperty().set(true);
        Path target = folder.resolve("raw.csv");
        dialogs.answer(target);

        exporter.export(all(table()));

        byte[] bytes = Files.readAllBytes(target);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n/path/5,=1+2\r\n");
        assertThat(new ExportSettings(settings).formulaSafeProperty().get()).as("remembered").isFalse();
    }

    @Test
    void theLastFolderIsProposedNextTime() {
        dialogs.answer(folder.resolve("first.tsv"));
        exporter.export(all(table()));

        exporter.export(all(table()));

        assertThat(dialogs.asked()).last().extracting(FakeDialogs.Asked::folder).isEqualTo(folder.toAbsolutePath());
        assertThat(Files.exists(folder.resolve("first.tsv"))).isTrue();
    }

    @Test
    void aFailedExportLeavesTheExistingFileAndSaysWhy() throws Exception {
        Path target = folder.resolve("keep.csv");
        Files.writeString(target, "precious");
        dialogs.answer(target);
        FailedItemsTable table = table();
        // A row that is not there makes the writer fail half-way, after some rows were written.
        RowsToExport broken = new RowsToExport(1005, table, new int[] {0, 1, 99}, new int[] {0}, "3 rows");

        exporter.export(broken);

        assertThat(Files.readString(target)).isEqualTo("precious");
        assertThat(errors).singleElement().asString().startsWith("An unexpected error occurred");
        try (var files = Files.list(folder)) {
            assertThat(files).as("no temporary file left").containsExactly(target);
        }
        assertThat(exporter.busyProperty().get()).isFalse();
    }

    @Test
    void aFolderThatIsNotThereIsAClearMessage() {
        dialogs.answer(folder.resolve("gone").resolve("x.csv"));

        exporter.export(all(table()));

        assertThat(errors).singleElement().asString().contains("the folder does not exist");
    }

    @Test
    void cancellingTheChooserWritesNothing() {
        exporter.export(all(table()));

        assertThat(statuses).isEmpty();
        assertThat(dialogs.asked()).hasSize(1);
    }
}
