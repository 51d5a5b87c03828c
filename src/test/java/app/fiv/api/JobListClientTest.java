package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET Job} and {@code GET Client} against the demo CommServe (its history at a fixed time), JSON and XML. */
class JobListClientTest {
    static final Instant MORNING = Instant.parse("2026-12-01T06:30:00Z");
    private static final long DAY = 86_400;

    private static DemoCommServe demo;
    private static CommServeClient json;
    private static CommServeClient xml;
    private static Session jsonSession;
    private static Session xmlSession;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.builder().clock(Clock.fixed(MORNING, ZoneOffset.UTC)).start();
        json = TestClients.of("job-list-test", TlsTrust.systemDefault(), WireFormat.JSON);
        xml = TestClients.of("job-list-test", TlsTrust.systemDefault(), WireFormat.XML);
        jsonSession = DemoLogins.logIn(json, demo);
        xmlSession = DemoLogins.logIn(xml, demo);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static JobListPage page(JobListQuery query, int offset) throws ApiException {
        return json.jobs(jsonSession, query, offset, 100, CancelSignal.none());
    }

    private static JobListQuery lastDay(boolean allTypes) {
        return new JobListQuery(DAY, allTypes, OptionalLong.empty());
    }

    private static RecordedRequest lastJobRequest() {
        return demo.requests().stream().filter(r -> r.path().endsWith("/Job")).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void asksForFinishedJobsOfTheLookbackWithPagingInHeadersAndParameters() throws Exception {
        JobListPage second = page(lastDay(false), 100);

        RecordedRequest sent = lastJobRequest();
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.query()).isEqualTo("completedJobLookupTime=86400&jobCategory=Finished&limit=100&offset=100");
        assertThat(sent.header("limit")).isEqualTo("100");
        assertThat(sent.header("offset")).isEqualTo("100");
        assertThat(sent.header("Authtoken")).isEqualTo(jsonSession.token());
        assertThat(second.totalRecords()).isEqualTo(117);
        assertThat(second.entries()).isEqualTo(17);
        assertThat(second.jobs()).hasSize(17);
    }

    @Test
    void noJobFilterMeansBackupsOnlyAndAnEmptyOneEveryType() throws Exception {
        Set<String> backups = types(page(lastDay(false), 0));
        Set<String> every = types(page(lastDay(true), 0));

        assertThat(lastJobRequest().query()).contains("&jobFilter=&").doesNotContain("jobFilter=Backup");
        assertThat(backups).containsExactly("Backup");
        assertThat(every).contains("Backup", "Restore", "Aux Copy");
    }

    @Test
    void aClientIdAsksForThatClientsJobsOnly() throws Exception {
        JobListPage page = page(lastDay(false).forClient(301), 0);

        assertThat(lastJobRequest().query()).contains("&clientId=301&");
        assertThat(page.jobs()).isNotEmpty().allSatisfy(job -> {
            assertThat(job.clientId()).isEqualTo(301);
            assertThat(job.clientName()).isEqualTo("fs-win01");
        });
    }

    @Test
    void aLongerLookbackListsOlderJobsAndNeverActiveOnes() throws Exception {
        JobListPage day = page(lastDay(true), 0);
        JobListPage week = page(new JobListQuery(7 * DAY, true, OptionalLong.empty()), 0);

        assertThat(week.totalRecords()).isGreaterThan(day.totalRecords() * 5);
        assertThat(day.jobs()).allSatisfy(job -> {
            assertThat(job.status()).isNotIn("Running", "Pending", "Waiting");
            assertThat(job.endTime()).get().matches(end -> !end.isBefore(MORNING.minusSeconds(DAY)) && !end.isAfter(MORNING));
        });
    }

    @Test
    void readsEveryFieldTheListNeedsWithTimesInUnixSeconds() throws Exception {
        JobSummary reporting = all(lastDay(false)).stream().filter(job -> job.status().equals("Failed")).findFirst().orElseThrow();

        assertThat(reporting.pendingReason()).contains("sql-prod01\\REPORTING").contains("Login failed");
        assertThat(reporting.localizedStatus()).isEqualTo("Failed");
        assertThat(reporting.clientName()).isEqualTo("sql-prod01");
        assertThat(reporting.clientId()).isEqualTo(304);
        assertThat(reporting.appType()).isEqualTo("SQL Server");
        assertThat(reporting.instanceName()).contains("REPORTING");
        assertThat(reporting.subclientId()).isPositive();
        assertThat(reporting.backupsetId()).isPositive();
        assertThat(reporting.backupLevel()).isEqualTo("Transaction Log");
        assertThat(reporting.jobType()).isEqualTo("Backup");
        assertThat(reporting.startTime()).contains(Instant.parse("2026-12-01T01:38:00Z"));
        assertThat(reporting.endTime()).contains(Instant.parse("2026-12-01T01:39:00Z"));
        assertThat(reporting.lastUpdateTime()).isPresent();
        assertThat(reporting.failedFiles() + reporting.failedFolders()).isZero();
    }

    @Test
    void xmlAnswersReadAsTheJsonOnes() throws Exception {
        JobListPage fromXml = xml.jobs(xmlSession, lastDay(true), 0, 100, CancelSignal.none());
        assertThat(lastJobRequest().header("Accept")).isEqualTo("application/xml");
        JobListPage fromJson = page(lastDay(true), 0);

        assertThat(fromXml).isEqualTo(fromJson);
        assertThat(fromXml.jobs()).hasSize(100);
        JobListPage one = xml.jobs(xmlSession, lastDay(false).forClient(302), 0, 1, CancelSignal.none());
        assertThat(one.entries()).isEqualTo(1);
        assertThat(one.jobs()).singleElement().satisfies(job -> assertThat(job.clientName()).isEqualTo("fs-win02"));
    }

    @Test
    void aListWithoutJobsIsAnEmptyPageInJsonAndXml() throws Exception {
        JobListQuery nobody = lastDay(true).forClient(999_999);

        assertThat(page(nobody, 0)).isEqualTo(new JobListPage(0, 0, List.of()));
        assertThat(xml.jobs(xmlSession, nobody, 0, 100, CancelSignal.none())).isEqualTo(new JobListPage(0, 0, List.of()));
    }

    @Test
    void listsTheClientsWithTheirIdsInJsonAndXml() throws Exception {
        List<ClientEntity> clients = json.clients(jsonSession, CancelSignal.none());

        assertThat(clients).contains(new ClientEntity(301, "fs-win01", "fs-win01"),
                new ClientEntity(306, "m365-exchange", "m365-exchange"), new ClientEntity(2, "demo-commserve", "demo-commserve"));
        // Demo job 2027's client name holds terminal escapes: XML 1.0 cannot carry ESC, so its XML form
        // has U+FFFD there; every other client reads the same from both formats.
        long hostile = json.jobSummary(jsonSession, DemoJobs.TERMINAL_ESCAPES, CancelSignal.none()).clientId();
        assertThat(clients).filteredOn(c -> c.clientId() == hostile).singleElement()
                .satisfies(c -> assertThat(c.clientName()).doesNotContain("\u001B", "\r", "\n"));
        assertThat(xml.clients(xmlSession, CancelSignal.none())).filteredOn(c -> c.clientId() != hostile)
                .isEqualTo(clients.stream().filter(c -> c.clientId() != hostile).toList());
        assertThat(clients.get(0).isNamed(" DEMO-commserve ")).isTrue();
        assertThat(clients.get(0).isNamed("demo")).isFalse();
    }

    @Test
    void anExpiredSessionIsRejectedSoTheKeeperCanRenewIt() throws Exception {
        Session stale = DemoLogins.logIn(json, demo);
        json.logout(stale, CancelSignal.none());

        assertThatThrownBy(() -> json.jobs(stale, lastDay(false), 0, 100, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isSessionRejected()).isTrue());
        assertThatThrownBy(() -> json.clients(stale, CancelSignal.none()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.isSessionRejected()).isTrue());
    }

    private static List<JobSummary> all(JobListQuery query) throws ApiException {
        JobListPage first = page(query, 0);
        JobListPage second = page(query, 100);
        return java.util.stream.Stream.concat(first.jobs().stream(), second.jobs().stream()).toList();
    }

    private static Set<String> types(JobListPage page) {
        return page.jobs().stream().map(JobSummary::jobType).collect(Collectors.toSet());
    }
}
