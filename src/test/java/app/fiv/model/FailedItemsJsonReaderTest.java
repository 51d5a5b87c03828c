package app.fiv.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FailedItemsJsonReaderTest {

    private static FailedItemsTable read(String json) throws Exception {
        return Tables.json(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static FailedItemsTable readSample(String name) throws Exception {
        try (InputStream in = FailedItemsJsonReaderTest.class.getResourceAsStream("/app/fiv/demo/" + name)) {
            assertThat(in).as("sample " + name + " on the class path").isNotNull();
            return Tables.json(in);
        }
    }

    @Test
    void documentedListSampleBecomesTwoColumnsOfText() throws Exception {
        FailedItemsTable table = readSample("failed-items-list.json");

        assertThat(table.shape()).isEqualTo(Shape.LIST);
        assertThat(table.columns()).containsExactly("failureReason", "entity");
        assertThat(table.rowCount()).isEqualTo(2);
        assertThat(table.cell(0, 0)).isEqualTo("Access is denied.");
        assertThat(table.cell(1, 1)).isEqualTo("C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\1.txt");
    }

    @Test
    void documentedCsvSampleUsesItsHeader() throws Exception {
        FailedItemsTable table = readSample("failed-items-csv.json");

        assertThat(table.shape()).isEqualTo(Shape.CSV);
        assertThat(table.columns()).containsExactly("Item Type", "Item Name", "Team Name", "Path", "Status", "Reason", "GUID");
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.cell(0, table.columnIndex("Path"))).isEqualTo("\\WikiTestTeam1");
        assertThat(table.cell(0, table.columnIndex("Reason"))).startsWith("Error in performing post items web request");
    }

    @Test
    void listColumnsAreTheKeysInFirstSeenOrderWithBlanksWhereAnItemLacksOne() throws Exception {
        FailedItemsTable table = read("""
                {"failedItems": [
                  {"entity": "/a", "failureReason": "r1"},
                  {"failureReason": "r2", "itemType": "File", "entity": "/b"},
                  {"sizeBytes": 12, "entity": "/c"}
                ]}""");

        assertThat(table.columns()).containsExactly("entity", "failureReason", "itemType", "sizeBytes");
        assertThat(table.cell(0, 2)).isEmpty();
        assertThat(table.cell(1, 2)).isEqualTo("File");
        assertThat(table.cell(2, 3)).isEqualTo("12");
        assertThat(table.cell(2, 1)).isEmpty();
    }

    @Test
    void valuesOfAnyJsonTypeAreShownAsText() throws Exception {
        FailedItemsTable table = read("""
                {"failedItems": [{"n": 42, "f": 1.5, "b": true, "z": null, "o": {"k": [1, "x"]}, "a": [1,2]}]}""");

        assertThat(table.columns()).containsExactly("n", "f", "b", "z", "o", "a");
        assertThat(table.cell(0, 0)).isEqualTo("42");
        assertThat(table.cell(0, 1)).isEqualTo("1.5");
        assertThat(table.cell(0, 2)).isEqualTo("true");
        assertThat(table.cell(0, 3)).isEmpty();
        assertThat(table.cell(0, 4)).isEqualTo("{\"k\":[1,\"x\"]}");
        assertThat(table.cell(0, 5)).isEqualTo("[1,2]");
    }

    @Test
    void shapeIsDecidedByTheContentNotTheFlag() throws Exception {
        FailedItemsTable table = read("""
                {"isFailedItemsCSV": true, "failedItems": [{"failureReason": "r", "entity": "e"}]}""");

        assertThat(table.shape()).isEqualTo(Shape.LIST);
        assertThat(table.rowCount()).isEqualTo(1);
    }

    @Test
    void csvRowsShorterOrLongerThanTheHeaderKeepEveryCell() throws Exception {
        FailedItemsTable table = read("""
                {"isFailedItemsCSV": true, "failedItemsCSV": {"columns": ["A", "B"],
                  "rows": [{"row": ["a1"]}, {"row": ["a2", "b2", "extra"]}]}}""");

        assertThat(table.columns()).containsExactly("A", "B", "Column 3");
        assertThat(table.cell(0, 1)).isEmpty();
        assertThat(table.cell(1, 2)).isEqualTo("extra");
    }

    @Test
    void duplicateAndEmptyColumnNamesAreMadeDistinct() throws Exception {
        FailedItemsTable table = read("""
                {"failedItemsCSV": {"columns": ["Path", "Path", "", "Reason"], "rows": [{"row": ["p", "q", "r", "s"]}]}}""");

        assertThat(table.columns()).containsExactly("Path", "Path (2)", "Column 3", "Reason");
    }

    @Test
    void rowsBeforeColumnsStillLineUp() throws Exception {
        FailedItemsTable table = read("""
                {"failedItemsCSV": {"rows": [{"row": ["x", "y"]}], "columns": ["X", "Y"]}}""");

        assertThat(table.columns()).containsExactly("X", "Y");
        assertThat(table.cell(0, 1)).isEqualTo("y");
    }

    @Test
    void anEmptyListKeepsTheDocumentedColumns() throws Exception {
        FailedItemsTable table = read("{\"isFailedItemsCSV\": false, \"failedItems\": []}");

        assertThat(table.rowCount()).isZero();
        assertThat(table.columns()).containsExactly("failureReason", "entity");
    }

    @Test
    void onlyTheFlagMeansNoItems() throws Exception {
        assertThat(read("{\"isFailedItemsCSV\": false}").rowCount()).isZero();
    }

    @Test
    void commvaultErrorBodyIsReportedWithItsMessageAndCode() {
        assertThatThrownBy(() -> read("{\"errorCode\": 19, \"errorMessage\": \"Index not available.\"}"))
                .isInstanceOf(ErrorBodyException.class)
                .hasMessage("Index not available. (error code 19)");
    }

    @Test
    void errListIsAnErrorBodyToo() {
        assertThatThrownBy(() -> read("""
                {"errList": [{"errorCode": 1136, "errLogMessage": "Access denied.", "errorType": 0},
                             {"errorCode": 7, "errLogMessage": "Second."}]}"""))
                .isInstanceOf(ErrorBodyException.class)
                .hasMessage("Access denied. (error code 1136)");
    }

    @Test
    void nullFailedItemsIsAJobWithoutItemsButNotWhenTheAnswerIsAnError() throws Exception {
        FailedItemsTable table = read("{\"failedItems\": null}");
        assertThat(table.rowCount()).isZero();
        assertThat(table.columns()).isEqualTo(FailedItemsJsonReader.LIST_COLUMNS);

        assertThatThrownBy(() -> read("{\"failedItems\": null, \"errorCode\": 2, \"errorMessage\": \"No index.\"}"))
                .isInstanceOf(ErrorBodyException.class).hasMessage("No index. (error code 2)");
    }

    @Test
    void errorCodeZeroBesideDataIsNotAnError() throws Exception {
        FailedItemsTable table = read("{\"errorCode\": 0, \"failedItems\": [{\"entity\": \"e\"}]}");

        assertThat(table.rowCount()).isEqualTo(1);
    }

    @Test
    void brokenDocumentsGiveReadableMessages() {
        assertThatThrownBy(() -> read("")).isInstanceOf(ResponseFormatException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> read("{\"failedItems\": [{\"entity\": \"a\"}, {\"ent"))
                .isInstanceOf(ResponseFormatException.class).hasMessageContaining("cut off");
        assertThatThrownBy(() -> read("{\"failedItems\": [{\"entity\": \"a\"} {]}"))
                .isInstanceOf(ResponseFormatException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read("{\"jobs\": []}"))
                .isInstanceOf(ResponseFormatException.class).hasMessageContaining("neither failedItems nor failedItemsCSV");
        assertThatThrownBy(() -> read("{\"failedItems\": [{\"entity\": \"a\"}, \"oops\"]}"))
                .hasMessage("Item 2 of failedItems is not an object but a string.");
    }

    @Test
    void repeatedValuesShareOneString() throws Exception {
        FailedItemsTable table = read("""
                {"failedItems": [{"failureReason": "Access is denied.", "entity": "a"},
                                 {"failureReason": "Access is denied.", "entity": "b"}]}""");

        assertThat(table.cell(0, 0)).isSameAs(table.cell(1, 0));
    }

    @Test
    void nonLatinTextSurvives() throws IOException, ResponseFormatException {
        String path = "/srv/プロジェクト/Résumé 📁/отчёт.txt";
        FailedItemsTable table = Tables.json(new ByteArrayInputStream(
                ("{\"failedItems\": [{\"entity\": \"" + path + "\"}]}").getBytes(StandardCharsets.UTF_8)));

        assertThat(table.cell(0, 0)).isEqualTo(path);
    }
}
