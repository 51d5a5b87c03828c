package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.JobListQuirk;
import app.fiv.demo.RecordedRequest;
import app.fiv.testing.PagingCommServe;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code jobs} run in-process against the demo CommServe, its history placed before a fixed morning. */
class JobsCommandTest {
    static final Instant MORNING = Instant.parse("2026-12-01T06:30:00Z");
    static final String HEADER = "jobId,status,client,agent,backupSet,subclient,jobType,backupLevel,startTime,endTime,"
            + "failedFiles,failedFolders,reason";

    private static DemoCommServe demo;
    private static String server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.builder().clock(Clock.fixed(MORNING, ZoneOffset.UTC)).start();
        server = demo.webServiceUrl().toString();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static CliRun jobs(String... more) {
        return jobsAt(server, more);
    }

    private static CliRun jobsAt(String webService, String... more) {
        String[] args = Stream.concat(Stream.of("jobs", "--server", webService, "--user", "demo"), Stream.of(more))
                .toArray(String[]::new);
        return new CliRun().password(DemoCommServe.PASSWORD).run(args);
    }

    private static List<String> lines(CliRun run) {
        return Arrays.asList(run.stdout.split("\r\n"));
    }

    private static List<String> column(CliRun run, int index) {
        return lines(run).stream().skip(1).map(line -> line.split(",", -1)[index]).toList();
    }

    @Test
    void theLastDaysBackupJobsNewestEndFirstAsCsv() {
        CliRun run = jobs();

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(lines(run)).hasSize(1 + 117);
        assertThat(lines(run).get(0)).isEqualTo(HEADER);
        assertThat(lines(run).get(1)).isEqualTo("41790,Completed,sql-fin01,SQL Server,defaultBackupSet,default,Backup,"
                + "Transaction Log,2026-12-01T05:44:00Z,2026-12-01T05:45:00Z,0,0,");
        assertThat(column(run, 6)).containsOnly("Backup");
        List<String> ends = column(run, 9);
        assertThat(ends).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(run.stderr).contains("Listing the backup jobs that finished in the last 24 hours...")
                .contains("Wrote 117 jobs (of 117 listed) to stdout");
        RecordedRequest first = demo.requests().stream().filter(r -> r.path().endsWith("/Job")).findFirst().orElseThrow();
        assertThat(first.query()).startsWith("completedJobLookupTime=86400&jobCategory=Finished&limit=100&offset=0");
    }

    @Test
    void withFailuresKeepsFailedJobsAndCompletedOnesWithFailedFiles() {
        CliRun run = jobs("--with-failures");

        assertThat(run.exitCode).isZero();
        assertThat(lines(run)).hasSize(1 + 19);
        assertThat(lines(run)).contains("41746,Completed,fs-win02,Windows File System,defaultBackupSet,Projects,Backup,Full,"
                        + "2026-11-30T22:00:00Z,2026-11-30T23:58:00Z,3,0,",
                "41768,Failed,sql-prod01,SQL Server,defaultBackupSet,default,Backup,Transaction Log,2026-12-01T01:38:00Z,"
                        + "2026-12-01T01:39:00Z,0,0,Unable to connect to SQL Server instance [sql-prod01\\REPORTING]:"
                        + " Login failed for user 'CORP\\svc-commvault'. (Error 18456)");
        assertThat(column(run, 1)).doesNotContain("Completed w/ one or more warnings");
        assertThat(run.stderr).contains("Wrote 19 jobs with failures (of 117 listed)");
    }

    @Test
    void allTypesAddsRestoresAndOtherJobs() {
        CliRun run = jobs("--all-types", "--with-failures");

        assertThat(run.exitCode).isZero();
        assertThat(lines(run)).hasSize(1 + 20);
        assertThat(lines(run).get(2)).startsWith("41776,Completed w/ one or more errors,fs-win02,Windows File System,"
                + "defaultBackupSet,Projects,Restore,,2026-12-01T03:10:00Z,2026-12-01T03:19:00Z,5,0,");
        assertThat(demo.requests()).anyMatch(r -> r.path().endsWith("/Job") && r.query().contains("&jobFilter=&"));
    }

    @Test
    void sinceTakesMinutesHoursAndDays() {
        assertThat(lines(jobs("--since", "90m"))).hasSize(1 + 5);
        assertThat(lines(jobs("--since", "7d"))).hasSize(1 + 825);
        assertThat(lines(jobs("--since", "7d", "--all-types"))).hasSize(1 + 836);
        assertThat(demo.requests()).anyMatch(r -> r.query().startsWith("completedJobLookupTime=5400&"))
                .anyMatch(r -> r.query().startsWith("completedJobLookupTime=604800&"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "1w", "24 h", "1.5d", "0h", "-2d", "24hours", "3651d", ""})
    void aSinceThatIsNotASpanIsAUsageErrorThatSaysWhatIsAcceptedAndSendsNothing(String since) {
        int before = demo.requests().size();

        CliRun run = jobs("--since", since);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).startsWith("Error: --since ").contains("90m, 24h or 7d");
        assertThat(run.stdout).isEmpty();
        assertThat(demo.requests()).hasSize(before);
    }

    @Test
    void clientsAreRepeatableAndMatchedIgnoringCase() {
        CliRun run = jobs("--client", "fs-win01", "--client", "FS-WIN02", "--with-failures");

        assertThat(run.exitCode).isZero();
        assertThat(column(run, 0)).containsExactly("41746", "41739", "41742");
        assertThat(column(run, 2)).containsOnly("fs-win01", "fs-win02");
        assertThat(run.stderr).contains("Listing the backup jobs of fs-win01, FS-WIN02 that finished");
        assertThat(demo.requests()).anyMatch(r -> r.query().contains("&clientId=302&"));
    }

    @Test
    void anUnknownClientIsAWarningAndAnEmptyList() {
        CliRun run = jobs("--client", "fs-win99");

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).isEqualTo(HEADER + "\r\n");
        assertThat(run.stderr).contains("Warning: the CommServe has no client named \"fs-win99\"");
    }

    @Test
    void aBlankClientIsAUsageError() {
        CliRun run = jobs("--client", " ");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).contains("--client needs a client name");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheColumnNamesAsKeys() throws Exception {
        CliRun run = jobs("--with-failures", "--format", "json", "-");

        JsonNode jobs = new ObjectMapper().readTree(run.stdout);
        assertThat(jobs).hasSize(19);
        assertThat(jobs.get(0).fieldNames()).toIterable().containsExactlyElementsOf(List.of(HEADER.split(",")));
        JsonNode reporting = jobs.get(3);
        assertThat(reporting.path("jobId").asText()).isEqualTo("41768");
        assertThat(reporting.path("status").asText()).isEqualTo("Failed");
        assertThat(reporting.path("endTime").asText()).isEqualTo("2026-12-01T01:39:00Z");
        assertThat(reporting.path("reason").asText()).contains("REPORTING");
    }

    @Test
    void tsvWithoutHeader() {
        CliRun run = jobs("--format", "tsv", "--no-header", "--since", "90m");

        assertThat(lines(run)).hasSize(5);
        assertThat(lines(run).get(0)).startsWith("41790\tCompleted\tsql-fin01\tSQL Server\t");
    }

    @Test
    void anEmptyListIsAHeaderAndSuccess() throws Exception {
        try (DemoCommServe empty = DemoCommServe.builder().jobListQuirk(JobListQuirk.EMPTY_JOBS).start()) {
            CliRun run = jobsAt(empty.webServiceUrl().toString());
            CliRun json = jobsAt(empty.webServiceUrl().toString(), "--format", "json", "--quiet");

            assertThat(run.exitCode).isZero();
            assertThat(run.stdout).isEqualTo(HEADER + "\r\n");
            assertThat(run.stderr).contains("Warning: the CommServe said there are").contains("but sent 0");
            assertThat(json.stdout.strip()).isEqualTo("[]");
            assertThat(json.stderr).startsWith("Warning:").doesNotContain("Listing");
        }
    }

    @Test
    void aFileIsWrittenWholeAndAFailureLeavesTheOldOneAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("jobs.csv"), "yesterday's list\n");

        CliRun written = jobs("--with-failures", "--output", file.toString());

        assertThat(written.exitCode).isZero();
        assertThat(Files.readAllLines(file)).hasSize(1 + 19).first().isEqualTo(HEADER);
        assertThat(written.stdout).isEmpty();
        try (PagingCommServe broken = new PagingCommServe(10, PagingCommServe.Paging.PARAMETERS_ONLY)) {
            broken.jobAnswer("{\"errorCode\": 2, \"errorMessage\": \"The job manager is not running.\"}");
            Files.writeString(file, "yesterday's list\n");

            CliRun failed = jobsAt(broken.webService().toString(), "--output", file.toString());

            assertThat(failed.exitCode).isEqualTo(5);
            assertThat(failed.stderr).contains("could not send the job list: The job manager is not running.");
            assertThat(Files.readString(file)).isEqualTo("yesterday's list\n");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).containsExactly(file);
            }
        }
    }

    @Test
    void anHtmlPageIsExitCode5() {
        try (PagingCommServe proxy = new PagingCommServe(10, PagingCommServe.Paging.HEADERS_ONLY)) {
            proxy.jobAnswer("<html><body>Sign in to continue</body></html>");

            CliRun run = jobsAt(proxy.webService().toString());

            assertThat(run.exitCode).isEqualTo(5);
            assertThat(run.stderr).contains("answered with a web page");
            assertThat(run.stdout).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsExitCode3() {
        CliRun run = new CliRun().password("not-it").run("jobs", "--server", server, "--user", "demo");

        assertThat(run.exitCode).isEqualTo(3);
        assertThat(run.stderr).contains("Invalid username or password");
    }

    @Test
    void anExpiredTokenIsRenewedAndTheListCompletes() throws Exception {
        try (DemoCommServe own = DemoCommServe.builder().clock(Clock.fixed(MORNING, ZoneOffset.UTC)).start()) {
            MemoryTokenStore store = new MemoryTokenStore();
            store.save(own.webServiceUrl().toString(), "demo", app.fiv.testing.DemoLogins.logIn(
                    TestClients.json(CliRun.DEVICE_ID), own).token());
            own.expireAllTokens();
            CliRun run = new CliRun();
            run.tokens = store;

            run.run("jobs", "--server", own.webServiceUrl().toString(), "--user", "demo", "--with-failures");

            assertThat(run.exitCode).as(run.stderr).isZero();
            assertThat(lines(run)).hasSize(1 + 19);
            assertThat(own.requests()).anyMatch(r -> r.path().endsWith("/RenewLoginToken"));
        }
    }

    @Test
    void aRefusedConnectionIsExitCode6() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        CliRun run = jobsAt("http://127.0.0.1:" + port + "/commandcenter/api");

        assertThat(run.exitCode).isEqualTo(6);
        assertThat(run.stdout).isEmpty();
    }

    @Test
    void stdoutThatCannotBeWrittenIsExitCode1() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        CliEnvironment environment = new CliEnvironment(closedPipe, new PrintStream(err, true, StandardCharsets.UTF_8),
                name -> name.equals("FIV_PASSWORD") ? DemoCommServe.PASSWORD : null, Optional::empty,
                MemoryTokenStore::new, () -> CliRun.DEVICE_ID);

        int code = Cli.run(new String[] {"jobs", "--server", server, "--user", "demo"}, environment);

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Could not write to stdout (Broken pipe)");
    }

    @Test
    void aMissingServerOrAnOutputFolderThatDoesNotExistIsAUsageError() {
        CliRun noServer = new CliRun().password(DemoCommServe.PASSWORD).run("jobs", "--user", "demo");
        CliRun noFolder = jobs("--output", dir.resolve("no/such/folder/jobs.csv").toString());

        assertThat(noServer.exitCode).isEqualTo(2);
        assertThat(noServer.stderr).contains("--server");
        assertThat(noFolder.exitCode).isEqualTo(2);
        assertThat(noFolder.stderr).contains("does not exist");
    }

    @Test
    void xmlAnswersGiveTheSameList() {
        assertThat(jobs("--accept", "xml", "--with-failures").stdout).isEqualTo(jobs("--with-failures").stdout);
        assertThat(demo.requests()).anyMatch(r -> r.path().endsWith("/Job") && "application/xml".equals(r.header("Accept")));
    }

    @Test
    void excelSafeProtectsCellsAServerMadeLookLikeFormulas() {
        try (PagingCommServe hostile = new PagingCommServe(1, PagingCommServe.Paging.PARAMETERS_ONLY)) {
            hostile.jobAnswer("{\"totalRecordsWithoutPaging\": 1, \"jobs\": [{\"jobSummary\": {\"jobId\": 5,"
                    + " \"status\": \"Failed\", \"pendingReason\": \"=HYPERLINK(\\\"http://x\\\")\", \"jobEndTime\": 1764547080,"
                    + " \"subclient\": {\"clientName\": \"@fs\"}}}]}");

            CliRun raw = jobsAt(hostile.webService().toString(), "--format", "tsv", "--no-header");
            CliRun safe = jobsAt(hostile.webService().toString(), "--format", "tsv", "--no-header", "--excel-safe");

            assertThat(raw.stdout).isEqualTo("5\tFailed\t@fs\t\t\t\t\t\t\t2025-11-30T23:58:00Z\t0\t0\t\"=HYPERLINK(\"\"http://x\"\")\"\r\n");
            assertThat(safe.stdout).contains("\t'@fs\t").contains("'=HYPERLINK(");
        }
    }

    @Test
    void thePasswordMayComeFromAFileAndErrorsGetStackTracesWithDebug() throws Exception {
        Path password = Files.writeString(dir.resolve("password"), DemoCommServe.PASSWORD + "\n");
        Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        CliRun fromFile = new CliRun().run("jobs", "--server", server, "--user", "demo", "--password-file",
                password.toString(), "--since", "90m", "--quiet");
        CliRun debug = new CliRun().password("wrong").run("jobs", "--server", server, "--user", "demo", "--debug");

        assertThat(fromFile.exitCode).isZero();
        assertThat(lines(fromFile)).hasSize(1 + 5);
        assertThat(fromFile.stderr).isEmpty();
        assertThat(debug.exitCode).isEqualTo(3);
        assertThat(debug.stderr).contains("app.fiv.api.ApiException").contains(" at app.fiv.api.");
    }

    @Test
    void serverOptionsAreCheckedBeforeAnythingIsSent() {
        int before = demo.requests().size();

        CliRun both = jobs("--trust-fingerprint", "AB".repeat(32), "--ca-file", dir.resolve("ca.pem").toString());
        CliRun timeout = jobs("--answer-timeout", "0");
        CliRun noFile = jobs("--password-file", dir.resolve("missing").toString());

        assertThat(List.of(both.exitCode, timeout.exitCode, noFile.exitCode)).containsOnly(2);
        assertThat(demo.requests()).hasSize(before);
    }

    @Test
    void helpNamesTheOptionsColumnsAndExitCodes() {
        CliRun run = new CliRun().run("jobs", "--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).contains("--since=<span>", "--client=<name>", "--all-types", "--with-failures",
                "--format=csv|tsv|json", "-o, --output=<file>", "--password-file", "--trust-fingerprint", "--quiet",
                "--debug", "jobId, status, client, agent", "0  success (also for an empty list");
        assertThat(new CliRun().run("--help").stdout).contains("jobs");
    }
}
