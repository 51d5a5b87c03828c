package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.model.FailedItemsTable;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The client asking for XML reads the same data as when it asks for JSON (demo CommServe, real HTTP). */
class XmlAnswersTest {
    private static DemoCommServe demo;
    private static CommServeClient json;
    private static CommServeClient xml;
    private static Session jsonSession;
    private static Session xmlSession;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.start();
        json = TestClients.of("xml-test", TlsTrust.systemDefault(), WireFormat.JSON);
        xml = TestClients.of("xml-test", TlsTrust.systemDefault(), WireFormat.XML);
        jsonSession = DemoLogins.logIn(json, demo);
        xmlSession = DemoLogins.logIn(xml, demo);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    @Test
    void loginAsksForXmlAndReadsTheTokenFromAnAttribute() {
        assertThat(xmlSession.token()).startsWith("QSDK ");
        RecordedRequest login = demo.requests().stream().filter(r -> r.path().endsWith("/Login"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(login.header("Accept")).isEqualTo("application/xml");
    }

    @Test
    void aWrongPasswordInXmlIsStillAnAuthenticationError() {
        assertThatThrownBy(() -> xml.login(ServerAddress.of(demo.webServiceUrl()), "demo", "nope".toCharArray(),
                CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTHENTICATION);
                    assertThat(e.getMessage()).contains("Invalid username or password");
                });
    }

    @Test
    void theJobSummaryReadsTheSameInXml() throws Exception {
        JobSummary fromXml = xml.jobSummary(xmlSession, DemoJobs.LINUX_SERVER, CancelSignal.none());
        JobSummary fromJson = json.jobSummary(jsonSession, DemoJobs.LINUX_SERVER, CancelSignal.none());

        assertThat(fromXml).isEqualTo(fromJson);
        assertThat(fromXml.clientName()).isNotBlank();
        assertThatThrownBy(() -> xml.jobSummary(xmlSession, DemoJobs.MISSING, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.NOT_FOUND));
    }

    @ParameterizedTest
    @ValueSource(longs = {DemoJobs.LIST_SAMPLE, DemoJobs.CSV_SAMPLE, DemoJobs.LINUX_SERVER, DemoJobs.UNC_EXTRA_KEYS,
            DemoJobs.LARGE_FILE_SERVER, DemoJobs.EXCHANGE_MAILBOXES, DemoJobs.NO_FAILED_ITEMS})
    void failedItemsInXmlEqualFailedItemsInJson(long jobId) throws Exception {
        FailedItemsTable fromXml = TestClients.items(xml, xmlSession, jobId, CancelSignal.none());
        FailedItemsTable fromJson = TestClients.items(json, jsonSession, jobId, CancelSignal.none());

        assertThat(fromXml.shape()).isEqualTo(fromJson.shape());
        assertThat(fromXml.columns()).isEqualTo(fromJson.columns());
        assertThat(rows(fromXml)).isEqualTo(rows(fromJson));
    }

    @Test
    void xmlErrorBodiesKeepTheServersMessage() {
        assertThatThrownBy(() -> TestClients.items(xml, xmlSession, DemoJobs.ERROR_BODY_200, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiException.Kind.SERVER);
                    assertThat(e.getMessage()).contains("the index for this job is not available");
                });
        assertThatThrownBy(() -> TestClients.items(xml, xmlSession, DemoJobs.SERVER_ERROR_500, CancelSignal.none()))
                .hasMessageContaining("HTTP 500").hasMessageContaining("Internal server error while reading");
        assertThatThrownBy(() -> TestClients.items(xml, xmlSession, DemoJobs.MISSING, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.NOT_FOUND));
    }

    @Test
    void renewingInXmlGivesANewWorkingToken() throws Exception {
        Session old = DemoLogins.logIn(xml, demo);
        Session renewed = xml.renew(old, CancelSignal.none());

        assertThat(renewed.token()).startsWith("QSDK ").isNotEqualTo(old.token());
        xml.checkSession(renewed, CancelSignal.none());
        assertThatThrownBy(() -> xml.renew(old, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.AUTHENTICATION));
    }

    private static List<List<String>> rows(FailedItemsTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.columnCount(); c++) {
                row.add(table.cell(r, c));
            }
            rows.add(row);
        }
        return rows;
    }
}
