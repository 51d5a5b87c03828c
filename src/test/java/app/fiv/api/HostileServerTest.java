package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.model.FailedItemsTable;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 13: the client against the demo's hostile answers (jobs 2022 to 2028), over real HTTP. */
class HostileServerTest {
    private static DemoCommServe demo;
    private static CommServeClient json;
    private static CommServeClient xml;
    private static Session jsonSession;
    private static Session xmlSession;
    private static String where;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.start();
        json = TestClients.of("hostile-test", TlsTrust.systemDefault(), WireFormat.JSON);
        xml = TestClients.of("hostile-test", TlsTrust.systemDefault(), WireFormat.XML);
        jsonSession = DemoLogins.logIn(json, demo);
        xmlSession = DemoLogins.logIn(xml, demo);
        where = "127.0.0.1:" + demo.port();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    static FailedItemsTable fetch(WireFormat format, long jobId) throws ApiException {
        return format == WireFormat.JSON
                ? TestClients.items(json, jsonSession, jobId, CancelSignal.none())
                : TestClients.items(xml, xmlSession, jobId, CancelSignal.none());
    }

    /** Nothing a terminal or a text field would act on: no C0 or C1 control, no bidirectional override or isolate. */
    static void assertPrintable(String text) {
        assertThat(text.chars().filter(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)).toArray()).as("control characters in: " + text).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void the252ByteXmlNested31DeepIsOneShortCell(WireFormat format) throws Exception {
        FailedItemsTable table = fetch(format, DemoJobs.XML_NESTED_VALUE);

        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.cell(0, table.columnIndex("a"))).isEqualTo("{\"a\":".repeat(30) + "\"x\"" + "}".repeat(30));
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void xmlNestedTooDeepIsRefusedWithAReadableMessage(WireFormat format) {
        assertThatThrownBy(() -> fetch(format, DemoJobs.XML_NESTED_TOO_DEEP)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiException.Kind.SERVER);
            assertThat(e.getMessage()).isEqualTo("The failed items of job 2023 from " + where + " could not be read."
                    + " A value (a) is nested more than 32 levels deep; failed items have a few levels at most.");
        });
    }

    @Test
    void anXmlValueSplitByCommentsIsRefusedAtTheCellLimit() {
        assertThatThrownBy(() -> fetch(WireFormat.XML, DemoJobs.XML_SPLIT_VALUE)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.getMessage()).endsWith("could not be read. A value (entity) is longer than"
                        + " 67,108,864 characters, the most a cell holds."));
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aKeyOfItsOwnInEveryItemUpToAThousandColumnsIsATable(WireFormat format) throws Exception {
        FailedItemsTable table = fetch(format, DemoJobs.KEY_PER_ITEM);

        assertThat(table.rowCount()).isEqualTo(DemoJobs.KEY_PER_ITEM_ITEMS);
        assertThat(table.columnCount()).isEqualTo(1_000);
        assertThat(table.columns()).startsWith("failureReason", "entity", "item-00001").endsWith("item-00998");
        assertThat(table.cell(997, 999)).isEqualTo("x");
        assertThat(table.cell(0, 999)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void moreThanAThousandColumnsAreRefusedNamingTheColumnAndItem(WireFormat format) {
        assertThatThrownBy(() -> fetch(format, DemoJobs.TOO_MANY_KEYS)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiException.Kind.SERVER);
            assertThat(e.getMessage()).startsWith("The failed items of job 2026 from " + where + " could not be read."
                    + " The answer has more than 1,000 columns: item 1,001 brings column 1,001 (\"item-01001\")");
        });
    }

    @ParameterizedTest
    @EnumSource(WireFormat.class)
    void aServersErrorMessageIsQuotedWithoutItsControlSequences(WireFormat format) {
        assertThatThrownBy(() -> fetch(format, DemoJobs.TERMINAL_ESCAPES)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiException.Kind.SERVER);
            assertThat(e.getMessage()).contains("The CommServe at " + where + " could not list the failed items of job 2027:",
                    "The index of this job is not available.", "Error: none, all good");
            assertPrintable(e.getMessage());
        });
    }

    @Test
    void aJobSummaryKeepsNoControlSequencesInItsNames() throws Exception {
        JobSummary summary = json.jobSummary(jsonSession, DemoJobs.TERMINAL_ESCAPES, CancelSignal.none());
        JobSummary fromXml = xml.jobSummary(xmlSession, DemoJobs.TERMINAL_ESCAPES, CancelSignal.none());

        assertThat(summary.clientName()).startsWith("fs-[31mcorp[0m07").contains("Job 1 on fs01");
        assertThat(summary.status()).startsWith("Completed");
        for (String text : new String[] {summary.clientName(), summary.status(), fromXml.clientName(), fromXml.status()}) {
            assertPrintable(text);
        }
    }

    @Test
    void aLoginRefusalIsQuotedWithoutItsControlSequences() throws Exception {
        ServerAddress address = ServerAddress.parse(demo.webServiceUrl().toString());

        assertThatThrownBy(() -> json.login(address, "escapes", "any".toCharArray(), CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTHENTICATION);
                    assertThat(e.getMessage()).startsWith("Login refused: ").contains("Error: none, all good");
                    assertPrintable(e.getMessage());
                });
    }
}
