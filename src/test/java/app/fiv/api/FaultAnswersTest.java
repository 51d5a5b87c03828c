package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import app.fiv.io.RowWriter;
import app.fiv.io.RowWriters;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client against every fault mode of the demo CommServe, over real HTTP: each broken answer
 * is a specific message naming the server, each odd but readable one a faithful table.
 */
class FaultAnswersTest {
    private static final ClientTimeouts SHORT = ClientTimeouts.ofSeconds(2, 2, 1);
    private static DemoCommServe demo;
    private static CommServeClient json;
    private static CommServeClient xml;
    private static Session jsonSession;
    private static Session xmlSession;
    private static String where;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.start();
        json = CommServeClient.create("fault-test", TlsTrust.systemDefault(), WireFormat.JSON, SHORT);
        xml = CommServeClient.create("fault-test", TlsTrust.systemDefault(), WireFormat.XML, SHORT);
        jsonSession = DemoLogins.logIn(json, demo);
        xmlSession = DemoLogins.logIn(xml, demo);
        where = "127.0.0.1:" + demo.port();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static FailedItemsTable fetch(WireFormat format, long jobId) throws ApiException {
        return format == WireFormat.JSON
                ? TestClients.items(json, jsonSession, jobId, CancelSignal.none())
                : TestClients.items(xml, xmlSession, jobId, CancelSignal.none());
    }

    private static void assertFails(WireFormat format, long jobId, ApiException.Kind kind, String... parts) {
        assertThatThrownBy(() -> fetch(format, jobId)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(parts).doesNotContain(jsonSession.token()).doesNotContain(xmlSession.token());
        });
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void anEmptyBodyIsNamed(WireFormat format) {
        assertFails(format, DemoJobs.EMPTY_BODY, ApiException.Kind.SERVER, "The server at " + where + " sent an empty answer.");
    }

    @Test
    void plainTextIsQuoted() {
        assertFails(WireFormat.JSON, DemoJobs.PLAIN_TEXT_200, ApiException.Kind.SERVER,
                "sent something that is not API data: \"Service is starting, please retry.\"");
    }

    @Test
    void invalidJsonAndXmlAreNamedWithTheJob() {
        assertFails(WireFormat.JSON, DemoJobs.INVALID_JSON, ApiException.Kind.SERVER,
                "The failed items of job " + DemoJobs.INVALID_JSON + " from " + where + " could not be read.",
                "The response is not valid JSON");
        assertFails(WireFormat.XML, DemoJobs.INVALID_JSON, ApiException.Kind.SERVER, "The response is not valid XML");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void anAnswerOfAnotherShapeIsNamed(WireFormat format) {
        assertFails(format, DemoJobs.OTHER_SHAPE, ApiException.Kind.SERVER, "neither failedItems nor failedItemsCSV");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void theShapeFollowsTheContentWhateverTheFlagSays(WireFormat format) throws Exception {
        FailedItemsTable csv = fetch(format, DemoJobs.CSV_WITHOUT_FLAG);
        FailedItemsTable list = fetch(format, DemoJobs.FLAG_CONTRADICTS);

        assertThat(csv.shape()).isEqualTo(Shape.CSV);
        assertThat(csv.rowCount()).isEqualTo(4);
        assertThat(list.shape()).isEqualTo(Shape.LIST);
        assertThat(list.rowCount()).isEqualTo(4);
        assertThat(list.columns()).contains("failureReason", "entity");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void nullFailedItemsIsAJobWithoutItems(WireFormat format) throws Exception {
        FailedItemsTable table = fetch(format, DemoJobs.NULL_ITEMS);

        assertThat(table.rowCount()).isZero();
        assertThat(table.columns()).containsExactly("failureReason", "entity");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void itemsThatAreNotObjectsAreNamed(WireFormat format) {
        assertFails(format, DemoJobs.ITEMS_NOT_OBJECTS, ApiException.Kind.SERVER,
                "Item 1 of failedItems is not an object but a string.");
    }

    @Test
    void valuesOfEveryJsonTypeAreShownAsText() throws Exception {
        FailedItemsTable table = fetch(WireFormat.JSON, DemoJobs.MIXED_VALUE_TYPES);
        List<JsonNode> raw = items(rawJson(DemoJobs.MIXED_VALUE_TYPES).path("failedItems"));

        assertThat(table.rowCount()).isEqualTo(raw.size());
        for (int row = 0; row < raw.size(); row++) {
            for (String key : table.columns()) {
                JsonNode value = raw.get(row).path(key);
                String expected = value.isMissingNode() || value.isNull() ? ""
                        : value.isValueNode() ? value.asText() : value.toString();
                assertThat(table.cell(row, table.columnIndex(key))).as("row %d %s", row, key).isEqualTo(expected);
            }
        }
        assertThat(column(table, "size")).contains("1048576");
        assertThat(column(table, "retried")).contains("false");
        assertThat(column(table, "details")).contains("{\"code\":5,\"stage\":\"scan\"}");
        assertThat(column(table, "streams")).contains("[1,2]");
    }

    @Test
    void mixedValuesReadAsXmlGiveTheSameColumnsAndRows() throws Exception {
        FailedItemsTable fromJson = fetch(WireFormat.JSON, DemoJobs.MIXED_VALUE_TYPES);
        FailedItemsTable fromXml = fetch(WireFormat.XML, DemoJobs.MIXED_VALUE_TYPES);

        assertThat(fromXml.rowCount()).isEqualTo(fromJson.rowCount());
        assertThat(fromXml.columns()).containsAll(List.of("failureReason", "entity", "size", "retried"));
        assertThat(column(fromXml, "size")).isEqualTo(column(fromJson, "size"));
        assertThat(column(fromXml, "entity")).isEqualTo(column(fromJson, "entity"));
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void raggedCsvRowsKeepEveryCell(WireFormat format) throws Exception {
        FailedItemsTable table = fetch(format, DemoJobs.CSV_RAGGED_ROWS);

        assertThat(table.rowCount()).isEqualTo(6);
        assertThat(table.columns()).hasSize(8).endsWith("Column 6", "Column 7", "Column 8");
        assertThat(row(table, 0)).as("a short row's missing cells are blank").endsWith("", "", "", "", "");
        assertThat(row(table, 2)).as("the longest row fills every column").doesNotContain("");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void duplicateAndBlankColumnNamesAreMadeDistinct(WireFormat format) throws Exception {
        FailedItemsTable table = fetch(format, DemoJobs.CSV_ODD_HEADER);

        assertThat(table.columns()).containsExactly("Path", "Reason", "Path (2)", "Column 4", "Column 5", "Reason (2)");
        assertThat(table.rowCount()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void csvRowsWithoutColumnsGetNumberedColumns(WireFormat format) throws Exception {
        FailedItemsTable table = fetch(format, DemoJobs.CSV_NO_COLUMNS);

        assertThat(table.rowCount()).isEqualTo(3);
        assertThat(table.columns()).isNotEmpty().allMatch(name -> name.matches("Column \\d+"));
    }

    @Test
    void oddTextArrivesAndIsExportedIntact() throws Exception {
        FailedItemsTable table = fetch(WireFormat.JSON, DemoJobs.ODD_TEXT);
        List<JsonNode> raw = items(rawJson(DemoJobs.ODD_TEXT).path("failedItems"));

        assertThat(table.rowCount()).isEqualTo(DemoJobs.ODD_TEXT_ITEMS).isEqualTo(raw.size());
        int longest = 0;
        for (int row = 0; row < raw.size(); row++) {
            for (String key : table.columns()) {
                String cell = table.cell(row, table.columnIndex(key));
                assertThat(cell).as("row %d %s", row, key).isEqualTo(raw.get(row).path(key).asText(""));
                longest = Math.max(longest, cell == null ? 0 : cell.length());
            }
        }
        assertThat(longest).isEqualTo(DemoJobs.ODD_TEXT_LONGEST_CELL);
        String all = String.join("", column(table, "entity"));
        assertThat(all).as("emoji and right-to-left text").contains("\uD83D\uDC69\u200D\uD83D\uDCBB").containsPattern("[\\u0590-\\u06FF]");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(csv, table.columns(), new ExportOptions(ExportFormat.CSV, true, false, false))) {
            for (int row = 0; row < table.rowCount(); row++) {
                writer.write(Arrays.asList(row(table, row)));
            }
            writer.finish();
        }
        List<List<String>> readBack = new ArrayList<>();
        new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerForListOf(String.class)
                .<List<String>>readValues(csv.toByteArray()).forEachRemaining(readBack::add);
        assertThat(readBack).hasSize(table.rowCount() + 1);
        for (int row = 0; row < table.rowCount(); row++) {
            for (int column = 0; column < table.columnCount(); column++) {
                String cell = table.cell(row, column);
                assertThat(readBack.get(row + 1).get(column)).isEqualTo(cell == null ? "" : cell);
            }
        }
    }

    @Test
    void oddTextReadAsXmlKeepsWhatXmlCanCarry() throws Exception {
        FailedItemsTable table = fetch(WireFormat.XML, DemoJobs.ODD_TEXT);

        assertThat(table.rowCount()).isEqualTo(DemoJobs.ODD_TEXT_ITEMS);
        String all = String.join("", column(table, "entity"));
        assertThat(all).contains("\uD83C\uDDEF\uD83C\uDDF5").contains("\t").containsPattern("[\\u0590-\\u06FF]");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void unavailableSaysWhenToTryAgain(WireFormat format) {
        assertFails(format, DemoJobs.UNAVAILABLE_503, ApiException.Kind.SERVER,
                "The CommServe at " + where + " is unavailable (HTTP 503)", "It asks to be tried again in 2 minutes.");
    }

    @Test
    void aMissingEndpointIsNotMistakenForAMissingJobOrApi() {
        assertFails(WireFormat.JSON, DemoJobs.NO_ENDPOINT_404, ApiException.Kind.SERVER,
                "has nothing at /commandcenter/api/Job/" + DemoJobs.NO_ENDPOINT_404 + "/FailedItems (404 Not Found, a web page)");
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void errListIsTheServersOwnMessage(WireFormat format) {
        assertFails(format, DemoJobs.ERRLIST_200, ApiException.Kind.SERVER,
                "could not list the failed items of job " + DemoJobs.ERRLIST_200,
                "Access denied: user does not have View permission on the client. (error code 1136)");
    }

    @Test
    @Timeout(20)
    void aServerThatStallsMidBodyIsGivenUpOnAfterTheStallTimeout() {
        long started = System.nanoTime();
        assertFails(WireFormat.JSON, DemoJobs.STALL_MID_BODY, ApiException.Kind.NETWORK,
                "The answer from " + where + " stopped arriving: nothing came for 1 s (the stall timeout).");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @Timeout(20)
    void aServerThatNeverAnswersIsGivenUpOnAfterTheAnswerTimeout() {
        assertFails(WireFormat.JSON, DemoJobs.STALL_BEFORE_HEADERS, ApiException.Kind.NETWORK,
                "The CommServe at " + where + " did not answer within 2 s (the answer timeout).");
    }

    @Test
    void xmlSentWhenJsonWasAskedIsReadAnyway() throws Exception {
        FailedItemsTable table = fetch(WireFormat.JSON, DemoJobs.XML_ANYWAY);

        assertThat(table.rowCount()).isEqualTo(DemoJobs.XML_ANYWAY_ITEMS);
        assertThat(table.columns()).contains("failureReason", "entity");
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsNamed() {
        assertFails(WireFormat.JSON, DemoJobs.DROPPED_CONNECTION, ApiException.Kind.NETWORK,
                "The server at " + where + " closed the connection without answering.");
    }

    @Test
    void anHtmlPageLabelledJsonIsStillAWebPage() {
        assertFails(WireFormat.JSON, DemoJobs.HTML_AS_JSON, ApiException.Kind.SERVER, "answered with a web page");
    }

    @Test
    void theServerStillWorksAfterEveryFault() throws Exception {
        assertThat(fetch(WireFormat.JSON, DemoJobs.LIST_SAMPLE).rowCount()).isEqualTo(2);
    }

    private static JsonNode rawJson(long jobId) throws Exception {
        HttpResponse<byte[]> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(jsonSession.webService() + "/Job/" + jobId + "/FailedItems"))
                .header("Authtoken", jsonSession.token()).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new ObjectMapper().readTree(raw.body());
    }

    private static List<JsonNode> items(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> column(FailedItemsTable table, String name) {
        int index = table.columnIndex(name);
        List<String> cells = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            cells.add(table.cell(row, index));
        }
        return cells;
    }

    private static String[] row(FailedItemsTable table, int row) {
        String[] cells = new String[table.columnCount()];
        for (int column = 0; column < cells.length; column++) {
            cells[column] = table.cell(row, column);
        }
        return cells;
    }
}
