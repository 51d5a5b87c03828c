package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.api.TlsTrust;
import app.fiv.api.WireFormat;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code export} run in-process against the demo CommServe over real HTTP. */
class ExportCommandTest {
    private static DemoCommServe demo;
    private static String server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.start();
        server = demo.webServiceUrl().toString();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static CliRun export(long job, String... more) {
        String[] args = Stream.concat(Stream.of("export", "--server", server, "--user", "demo", "--job", String.valueOf(job)),
                Stream.of(more)).toArray(String[]::new);
        return new CliRun().password(DemoCommServe.PASSWORD).run(args);
    }

    @Test
    void listShapeAsCsvOnStdout() {
        CliRun run = export(DemoJobs.LIST_SAMPLE);

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).isEqualTo("failureReason,entity\r\n"
                + "Access is denied.,C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\\r\n"
                + "Access is denied.,C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\1.txt\r\n");
        assertThat(run.stderr).contains("Wrote 2 rows (2 columns) to stdout");
    }

    @Test
    void csvShapeAsTsvAndJson() throws Exception {
        CliRun tsv = export(DemoJobs.CSV_SAMPLE, "--format", "tsv");
        CliRun json = export(DemoJobs.CSV_SAMPLE, "--format", "json", "-");

        assertThat(tsv.exitCode).isZero();
        assertThat(tsv.stdout).startsWith("Item Type\tItem Name\tTeam Name\tPath\tStatus\tReason\tGUID\r\nChannel\tGeneral\t");
        assertThat(json.exitCode).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.stdout);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("Path").asText()).isEqualTo("\\WikiTestTeam1");
        assertThat(rows.get(0).path("Reason").asText()).startsWith("Error in performing post items web request");
    }

    @Test
    void keysThatFirstAppearOnLaterItemsAreInTheHeader() throws Exception {
        CliRun csv = export(DemoJobs.UNC_EXTRA_KEYS);

        String[] lines = csv.stdout.split("\r\n");
        assertThat(lines[0]).isEqualTo("entity,failureReason,itemType,errorCode,sizeBytes,ownerSid");
        assertThat(lines).hasSize(13);
        assertThat(lines[12]).endsWith(",File,5,371712,S-1-5-21-3623811015-3361044348-30300820-1013");
        JsonNode json = new ObjectMapper().readTree(export(DemoJobs.UNC_EXTRA_KEYS, "--format", "json").stdout);
        assertThat(json).hasSize(12);
        assertThat(json.get(11).path("ownerSid").asText()).isEqualTo("S-1-5-21-3623811015-3361044348-30300820-1013");
        assertThat(json.get(0).has("ownerSid")).as("a key the item lacks is left out").isFalse();
    }

    @Test
    void anEmptyJobIsAHeaderOnlyAndSuccess() {
        CliRun run = export(DemoJobs.NO_FAILED_ITEMS);

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).isEqualTo("failureReason,entity\r\n");
        assertThat(export(DemoJobs.NO_FAILED_ITEMS, "--format", "json").stdout.strip()).isEqualTo("[]");
    }

    @Test
    void aMissingJobIsExitCode4() {
        CliRun run = export(DemoJobs.MISSING);

        assertThat(run.exitCode).isEqualTo(4);
        assertThat(run.stderr).contains("Job 4040 was not found");
        assertThat(run.stdout).isEmpty();
    }

    @Test
    void aWrongPasswordIsExitCode3() {
        CliRun run = new CliRun().password("not-the-password")
                .run("export", "--server", server, "--user", "demo", "--job", "1001");

        assertThat(run.exitCode).isEqualTo(3);
        assertThat(run.stderr).contains("Invalid username or password");
        assertThat(run.stderr).doesNotContain("not-the-password");
    }

    @Test
    void serverErrorsAreExitCode5WithTheServersMessage() {
        CliRun http500 = export(DemoJobs.SERVER_ERROR_500);
        CliRun errorBody = export(DemoJobs.ERROR_BODY_200, "--accept", "xml");

        assertThat(http500.exitCode).isEqualTo(5);
        assertThat(http500.stderr).contains("HTTP 500").contains("Internal server error while reading the job's failed items");
        assertThat(errorBody.exitCode).isEqualTo(5);
        assertThat(errorBody.stderr).contains("the index for this job is not available");
    }

    @Test
    void anHtmlPageIsExitCode5() {
        CliRun run = export(DemoJobs.HTML_PAGE_200);

        assertThat(run.exitCode).isEqualTo(5);
        assertThat(run.stderr).contains("answered with a web page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aCutOffAnswerIsExitCode5AndLeavesTheExistingFileUntouched(String accept) throws Exception {
        Path file = Files.writeString(dir.resolve("report.csv"), "yesterday's report\n");

        CliRun run = export(DemoJobs.CUT_OFF, "--accept", accept, "--output", file.toString());

        assertThat(run.exitCode).isEqualTo(5);
        assertThat(run.stderr).contains("cut off");
        assertThat(Files.readString(file)).isEqualTo("yesterday's report\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2001|5|sent an empty answer",
            "2003|5|The response is not valid JSON",
            "2008|5|Item 1 of failedItems is not an object but a string.",
            "2014|5|It asks to be tried again in 2 minutes.",
            "2016|5|Access denied: user does not have View permission on the client. (error code 1136)",
            "2017|6|nothing came for 1 s (the stall timeout)",
            "2018|6|did not answer within 1 s (the answer timeout)",
            "2020|6|closed the connection without answering"})
    void brokenAnswersGiveTheirMessageAndExitCodeAndLeaveTheFileAlone(long job, int exitCode, String message)
            throws Exception {
        Path file = Files.writeString(dir.resolve("report.csv"), "yesterday's report\n");

        CliRun run = export(job, "--answer-timeout", "1", "--stall-timeout", "1", "--output", file.toString());

        assertThat(run.exitCode).as(run.stderr).isEqualTo(exitCode);
        assertThat(run.stderr).contains(message).doesNotContain("[Fatal Error]").doesNotContain("QSDK");
        assertThat(Files.readString(file)).isEqualTo("yesterday's report\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "3601", "abc", "-1"})
    void aTimeoutOutOfRangeIsAUsageErrorAndSendsNothing(String seconds) {
        int before = demo.requests().size();

        CliRun run = export(DemoJobs.LIST_SAMPLE, "--stall-timeout", seconds);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).containsIgnoringCase("stall");
        assertThat(demo.requests()).hasSize(before);
    }

    @Test
    void aRefusedConnectionIsExitCode6() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun run = new CliRun().password(DemoCommServe.PASSWORD)
                .run("export", "--server", "http://127.0.0.1:" + port + "/commandcenter/api", "--user", "demo", "--job", "1");

        assertThat(run.exitCode).isEqualTo(6);
        assertThat(run.stderr).contains("connection was refused");
    }

    @Test
    void invalidJobOrServerIsExitCode2AndSendsNothing() {
        int before = demo.requests().size();

        CliRun badJob = export(0);
        CliRun badServer = new CliRun().password("x").run("export", "--server", "ftp://cs", "--user", "demo", "--job", "5");
        CliRun unknown = export(DemoJobs.LIST_SAMPLE, "--colour");
        CliRun missingJob = new CliRun().password("x").run("export", "--server", server, "--user", "demo");
        CliRun badPin = export(DemoJobs.LIST_SAMPLE, "--trust-fingerprint", "12:34");

        assertThat(Stream.of(badJob, badServer, unknown, missingJob, badPin).map(r -> r.exitCode)).containsOnly(2);
        assertThat(badJob.stderr).contains("Job ID 0 does not exist");
        assertThat(badServer.stderr).contains("https:// or http://");
        assertThat(unknown.stderr).contains("Unknown option: '--colour'");
        assertThat(missingJob.stderr).contains("--job");
        assertThat(badPin.stderr).contains("not a SHA-256 fingerprint");
        assertThat(demo.requests()).hasSize(before);
    }

    @Test
    void fileOutputIsWrittenWholeAndReplacesTheOldFile() throws Exception {
        Path file = Files.writeString(dir.resolve("out.tsv"), "old");

        CliRun run = export(DemoJobs.LARGE_FILE_SERVER, "--format", "tsv", "--no-header", "--quiet", "-o", file.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.stderr).isEmpty();
        assertThat(run.stdout).isEmpty();
        try (Stream<String> lines = Files.lines(file)) {
            assertThat(lines.count()).isEqualTo(DemoJobs.LARGE_FILE_SERVER_ITEMS);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {DemoJobs.UNC_EXTRA_KEYS, DemoJobs.EXCHANGE_MAILBOXES, DemoJobs.LARGE_FILE_SERVER})
    void xmlAnswersExportExactlyLikeJsonAnswers(long job) {
        CliRun json = export(job, "--accept", "json");
        CliRun xml = export(job, "--accept", "xml");

        assertThat(xml.exitCode).isZero();
        assertThat(xml.stdout).isNotEmpty().isEqualTo(json.stdout);
    }

    @Test
    void aPasswordFileOrAPromptWorkWhenTheEnvironmentHasNone() throws Exception {
        Path secret = Files.writeString(dir.resolve("pw"), DemoCommServe.PASSWORD + "\n");
        CliRun fromFile = new CliRun().run("export", "--server", server, "--user", "demo", "--job", "1001",
                "--password-file", secret.toString());
        CliRun prompted = new CliRun();
        prompted.prompt = question -> Optional.of(DemoCommServe.PASSWORD.toCharArray());
        prompted.run("export", "--server", server, "--user", "demo", "--job", "1001");
        CliRun nothing = new CliRun().run("export", "--server", server, "--user", "demo", "--job", "1001");

        assertThat(fromFile.exitCode).isZero();
        assertThat(prompted.exitCode).isZero();
        assertThat(nothing.exitCode).isEqualTo(3);
        assertThat(nothing.stderr).contains("No password").contains("FIV_PASSWORD");
    }

    @Test
    void anExpiredStoredTokenIsRenewedAndTheSuccessorStored() throws Exception {
        try (DemoCommServe own = DemoCommServe.start()) {
            String ws = own.webServiceUrl().toString();
            MemoryTokenStore store = new MemoryTokenStore();
            Session saved = savedThenExpired(own, store);

            CliRun run = new CliRun();
            run.tokens = store;
            run.run("export", "--server", ws, "--user", "demo", "--job", "1001");

            assertThat(run.exitCode).isZero();
            assertThat(run.stdout).startsWith("failureReason,entity");
            assertThat(own.requests().stream().filter(r -> r.path().endsWith("/RenewLoginToken"))).hasSize(1);
            assertThat(store.load(ws, "demo")).get().isNotEqualTo(saved.token());
            assertThat(run.stderr).doesNotContain(saved.token().substring(5, 40));
        }
    }

    @Test
    void aRefusedRenewalWithNoPasswordIsExitCode3() throws Exception {
        try (DemoCommServe own = DemoCommServe.start()) {
            String ws = own.webServiceUrl().toString();
            MemoryTokenStore store = new MemoryTokenStore();
            savedThenExpired(own, store);
            own.setRenewalEnabled(false);

            CliRun run = new CliRun();
            run.tokens = store;
            run.run("export", "--server", ws, "--user", "demo", "--job", "1001");

            assertThat(run.exitCode).isEqualTo(3);
            assertThat(run.stderr).contains("expired and could not be renewed").contains("no password");
            assertThat(run.stdout).isEmpty();
            assertThat(own.loginCount()).isEqualTo(1);
        }
    }

    @Test
    void aRefusedRenewalLogsInAgainWithThePromptAndRetriesOnce() throws Exception {
        try (DemoCommServe own = DemoCommServe.start()) {
            String ws = own.webServiceUrl().toString();
            MemoryTokenStore store = new MemoryTokenStore();
            Session saved = savedThenExpired(own, store);
            own.setRenewalEnabled(false);

            CliRun run = new CliRun();
            run.tokens = store;
            run.prompt = question -> Optional.of(DemoCommServe.PASSWORD.toCharArray());
            run.run("export", "--server", ws, "--user", "demo", "--job", "1002", "--format", "json");

            assertThat(run.exitCode).isZero();
            assertThat(own.loginCount()).isEqualTo(2);
            assertThat(store.load(ws, "demo")).get().isNotEqualTo(saved.token());
        }
    }

    @Test
    void helpAndVersionDocumentTheExitCodes() {
        CliRun help = new CliRun().run("export", "--help");
        CliRun top = new CliRun().run("--help");
        CliRun version = new CliRun().run("--version");

        assertThat(help.exitCode).isZero();
        assertThat(help.stdout).contains("--trust-fingerprint").contains("FIV_PASSWORD").contains("6  network or TLS error");
        assertThat(top.stdout).contains("export").contains("4  job not found");
        assertThat(version.stdout).startsWith("Failed Items Viewer ");
    }

    private static CommServeClient client() throws Exception {
        return TestClients.of(CliRun.DEVICE_ID, TlsTrust.systemDefault(), WireFormat.JSON);
    }

    /** A session of the demo user saved in the store, whose token the server has since expired. */
    private static Session savedThenExpired(DemoCommServe server, MemoryTokenStore store) throws Exception {
        Session saved = client().login(ServerAddress.of(server.webServiceUrl()), "demo",
                DemoCommServe.PASSWORD.toCharArray(), CancelSignal.none());
        store.save(server.webServiceUrl().toString(), "demo", saved.token());
        server.expireAllTokens();
        return saved;
    }
}
