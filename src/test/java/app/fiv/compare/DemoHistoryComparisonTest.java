package app.fiv.compare;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.JobSummary;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.RecordedRequest;
import app.fiv.jobs.JobFetcher;
import app.fiv.joblist.JobLister;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.Shape;
import app.fiv.session.SessionKeeper;
import app.fiv.testing.DemoJobLists;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo history's last nights, compared over real HTTP: failures that persist, appear and
 * disappear, by path (file servers, VMs) and by GUID (Exchange's CSV shape); the previous run
 * found by listing the client's jobs.
 */
class DemoHistoryComparisonTest {
    static final Instant MORNING = Instant.parse("2026-12-01T06:30:00Z");
    private static final Clock CLOCK = Clock.fixed(MORNING, ZoneOffset.UTC);

    private static DemoCommServe demo;
    private static CommServeClient client;
    private static Session session;
    private static SessionKeeper keeper;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.builder().clock(CLOCK).start();
        client = TestClients.json("compare-test");
        session = DemoLogins.logIn(client, demo);
        keeper = SessionKeeper.of(client, session, Optional::empty);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private record Compared(JobSummary job, JobSummary previous, ComparedTable comparison) {
    }

    private static Compared latestRunOf(int clientId, int subclientId) throws Exception {
        long latest = DemoJobLists.latestRun(session, clientId, subclientId);
        JobSummary job = new JobFetcher().summary(keeper, latest, CancelSignal.none());
        JobSummary previous = new PreviousRunFinder(new JobLister(CLOCK), CLOCK).find(keeper, job, CancelSignal.none())
                .orElseThrow();
        FailedItemsTable now = TestClients.items(client, session, job.jobId(), CancelSignal.none());
        FailedItemsTable before = TestClients.items(client, session, previous.jobId(), CancelSignal.none());
        return new Compared(job, previous, Comparison.of(now, before));
    }

    /** Each row as "change: path", the cells of a column of the comparison by its name. */
    private static List<String> changesAndPaths(ComparedTable comparison, String pathColumn) {
        FailedItemsTable table = comparison.table();
        int path = table.columnIndex(pathColumn);
        List<String> rows = new java.util.ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            rows.add(table.cell(row, 0) + ": " + table.cell(row, path));
        }
        return rows;
    }

    @Test
    void fsWin01UsersLockedFilesPersistOneWithANewReasonSixNewAndFourFixed() throws Exception {
        Compared compared = latestRunOf(DemoJobLists.FS_WIN01, DemoJobLists.FS_WIN01_USERS);

        assertThat(compared.previous().subclientId()).isEqualTo(DemoJobLists.FS_WIN01_USERS);
        assertThat(compared.previous().endTime().orElseThrow()).isBefore(compared.job().startTime().orElseThrow());
        ComparedTable comparison = compared.comparison();
        assertThat(comparison.matching()).isEqualTo(Matching.PATH);
        List<String> rows = changesAndPaths(comparison, "entity");
        String forecast = "E:\\Users\\mlopez\\Projects\\Q4 Forecast\\";
        assertThat(rows).contains("new: " + forecast, "new: " + forecast + "Forecast model v7.xlsx",
                "new: " + forecast + "Board deck.pptx", "new: " + forecast + "Assumptions.docx",
                "new: " + forecast + "Regions.csv", "new: " + forecast + "Notes.txt");
        assertThat(rows).contains("fixed: E:\\Users\\bcosta\\Downloads\\setup-2026.11.iso",
                "fixed: E:\\Users\\bcosta\\Downloads\\drivers.zip",
                "fixed: E:\\Users\\bcosta\\Downloads\\VPN client.msi",
                "fixed: E:\\Users\\bcosta\\Downloads\\scan0042.pdf");
        assertThat(rows.stream().filter(row -> row.startsWith("still failing: ") && row.endsWith("@contoso.com.ost")))
                .as("every Outlook file but bcosta's, locked night after night").hasSize(12);
        int nnguyen = rows.indexOf("still failing: E:\\Users\\nnguyen\\AppData\\Local\\Microsoft\\Outlook\\"
                + "nnguyen@contoso.com.ost");
        FailedItemsTable table = comparison.table();
        assertThat(table.cell(nnguyen, table.columnIndex("failureReason"))).isEqualTo("Access is denied.");
        assertThat(table.cell(nnguyen, comparison.earlierReasonColumn())).startsWith("The process cannot access the file");
        assertThat(comparison.counts().reasonChanged()).as("the flaky files are always locked").isEqualTo(1);
        assertThat(rows.subList(0, comparison.currentRows())).noneMatch(row -> row.startsWith("fixed"));
        List<RecordedRequest> lists = demo.requests().stream().filter(r -> r.path().endsWith("/Job")).toList();
        assertThat(lists).anyMatch(r -> r.query().contains("clientId=301") && !r.query().contains("jobFilter"));
    }

    @Test
    void exchangeMailboxesByGuidSevenPersistTwoWithANewReasonFourNew() throws Exception {
        Compared compared = latestRunOf(306, 3061);

        ComparedTable comparison = compared.comparison();
        assertThat(comparison.table().shape()).isEqualTo(Shape.CSV);
        assertThat(comparison.matching()).isEqualTo(Matching.GUID);
        assertThat(comparison.table().columns()).first().isEqualTo("Change");
        assertThat(comparison.table().columns()).last().isEqualTo("Earlier reason");
        assertThat(comparison.counts().stillFailing()).as("3 mailboxes gone, 4 items too large, 2 timed out")
                .isEqualTo(9);
        assertThat(comparison.counts().reasonChanged()).isEqualTo(2);
        FailedItemsTable table = comparison.table();
        int reason = table.columnIndex("Reason");
        long corruptAndNew = java.util.stream.IntStream.range(0, table.rowCount())
                .filter(row -> table.cell(row, reason).contains("ErrorItemCorrupt"))
                .filter(row -> table.cell(row, 0).equals("new")).count();
        assertThat(corruptAndNew).isEqualTo(4);
        assertThat(comparison.counts().fixed()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void vmSqlTest03FailsNightlyVmWeb02IsNewVmFile01IsFixed() throws Exception {
        Compared compared = latestRunOf(DemoJobLists.VCENTER, DemoJobLists.VCENTER_PRODUCTION);

        ComparedTable comparison = compared.comparison();
        FailedItemsTable table = comparison.table();
        int path = table.columnIndex("entity");
        StringBuilder seen = new StringBuilder();
        for (int row = 0; row < table.rowCount(); row++) {
            seen.append(table.cell(row, 0)).append(": ").append(table.cell(row, path)).append('\n');
        }
        assertThat(seen.toString()).containsPattern("still failing: [^\\n]*vm-sql-test03")
                .containsPattern("new: [^\\n]*vm-web-02").containsPattern("fixed: [^\\n]*vm-file-01");
    }

    @Test
    void theFirstNightHasNoPreviousRunAfterLookingAMonthThenAYearBack() throws Exception {
        List<com.fasterxml.jackson.databind.JsonNode> users = DemoJobLists.list(session,
                "completedJobLookupTime=1296000&jobCategory=Finished&clientId=301").stream()
                .filter(job -> job.path("subclient").path("subclientId").asInt() == DemoJobLists.FS_WIN01_USERS).toList();
        long first = users.get(users.size() - 1).path("jobId").asLong();
        JobSummary job = new JobFetcher().summary(keeper, first, CancelSignal.none());
        int before = demo.requests().size();

        Optional<JobSummary> previous = new PreviousRunFinder(new JobLister(CLOCK), CLOCK).find(keeper, job,
                CancelSignal.none());

        assertThat(previous).isEmpty();
        long start = job.startTime().orElseThrow().getEpochSecond();
        List<String> asked = demo.requests().subList(before, demo.requests().size()).stream()
                .filter(r -> r.path().endsWith("/Job")).map(RecordedRequest::query)
                .map(query -> query.replaceAll("&limit.*", "")).distinct().toList();
        assertThat(asked).containsExactly(
                "completedJobLookupTime=" + (MORNING.getEpochSecond() - start + 31 * 86_400) + "&jobCategory=Finished&clientId=301",
                "completedJobLookupTime=" + (MORNING.getEpochSecond() - start + 366 * 86_400) + "&jobCategory=Finished&clientId=301");
    }

    @Test
    void aJobOtherThanABackupIsLookedForAmongEveryType() throws Exception {
        long restore = DemoJobLists.list(session, "completedJobLookupTime=1296000&jobCategory=Finished&jobFilter=")
                .stream().filter(job -> job.path("jobType").asText().equals("Restore")).findFirst().orElseThrow()
                .path("jobId").asLong();
        JobSummary job = new JobFetcher().summary(keeper, restore, CancelSignal.none());

        var query = new PreviousRunFinder(new JobLister(CLOCK), CLOCK).query(job, PreviousRunFinder.FIRST_LOOK);

        assertThat(query.allTypes()).isTrue();
        assertThat(query.clientId()).hasValue(job.clientId());
    }
}
