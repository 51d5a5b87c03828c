package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.known.KnownRule;
import app.fiv.known.ReasonMatch;
import app.fiv.known.RulesFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} of many jobs in one file: several --job, or --since, against the demo CommServe. */
class ManyJobsExportTest {
    private static final String DENIED = "Access is denied.";
    private static DemoCommServe demo;
    private static String server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.builder().clock(Clock.fixed(JobsCommandTest.MORNING, ZoneOffset.UTC)).start();
        server = demo.webServiceUrl().toString();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static CliRun run(String command, String... more) {
        String[] args = Stream.concat(Stream.of(command, "--server", server, "--user", "demo"), Stream.of(more))
                .toArray(String[]::new);
        return new CliRun().password(DemoCommServe.PASSWORD).run(args);
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\r\n"));
    }

    @Test
    void severalJobsGoInOneFileJobAfterJobUnderTheUnionOfTheirColumns() {
        CliRun one = run("export", "--job", "1001", "--quiet");
        CliRun extra = run("export", "--job", "1004", "--quiet");
        CliRun both = run("export", "--job", "1001", "--job", "1004");

        assertThat(both.exitCode).as(both.stderr).isZero();
        List<String> lines = lines(both.stdout);
        // 1001 names failureReason first, 1004 entity first: the first job's order, then 1004's new keys.
        assertThat(lines.get(0)).isEqualTo("jobId,client,subclient,failureReason,entity,itemType,errorCode,sizeBytes,ownerSid");
        assertThat(lines).hasSize(1 + 2 + 12);
        // Rows as wide as the header: 1001's rows have blank cells under 1004's columns.
        assertThat(lines.get(1)).isEqualTo("1001,fileserver01,default," + lines(one.stdout).get(1) + ",,,,");
        String lastOf1004 = lines(extra.stdout).get(12); // entity,failureReason,itemType,...
        String[] cells = lastOf1004.split(",", -1);
        assertThat(lines.get(14)).startsWith("1004,").endsWith("," + cells[1] + "," + cells[0] + ","
                + String.join(",", Arrays.copyOfRange(cells, 2, cells.length)));
        assertThat(both.stderr).contains("Fetching the failed items of 2 jobs").contains("Wrote 14 rows of 2 jobs (9 columns)");
    }

    @Test
    void oneJobAloneKeepsItsOwnColumnsExactly() {
        CliRun csv = run("export", "--job", "1001");
        CliRun json = run("export", "--job", "1002", "--format", "json");

        assertThat(csv.stdout).isEqualTo("failureReason,entity\r\n"
                + "Access is denied.,C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\\r\n"
                + "Access is denied.,C:\\Users\\Administrator\\Desktop\\BackupFolder\\RestrictedFolder\\1.txt\r\n");
        assertThat(csv.stderr).contains("Wrote 2 rows (2 columns) to stdout").doesNotContain("jobs");
        assertThat(json.stdout).startsWith("[{\"Item Type\":\"Channel\"").doesNotContain("jobId");
    }

    @Test
    void jobsThatCannotBeReadAreNamedTheOthersWrittenAndTheExitCodeIs7() throws Exception {
        Path out = dir.resolve("partial.csv");
        CliRun run = run("export", "--job", "1001", "--job", String.valueOf(DemoJobs.MISSING), "--job", "1009",
                "--job", "1003", "-o", out.toString());

        assertThat(run.exitCode).isEqualTo(ExitCodes.PARTIAL).isEqualTo(7);
        List<String> written = Files.readAllLines(out);
        assertThat(written).first().asString().startsWith("jobId,client,subclient,");
        assertThat(written.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).distinct())
                .containsExactly("1001", "1003");
        assertThat(run.stderr).contains("Error: job 4040 could not be read: Job 4040 was not found")
                .contains("Error: job 1009 could not be read: ")
                .contains("2 of 4 jobs could not be read; the other 2 are written.");
    }

    @Test
    void whenNoJobCanBeReadNothingIsWrittenAndTheExitCodeIsTheFailures() throws Exception {
        Path out = Files.writeString(dir.resolve("keep.csv"), "keep me");
        CliRun run = run("export", "--job", "4040", "--job", "4041", "-o", out.toString());

        assertThat(run.exitCode).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(Files.readString(out)).isEqualTo("keep me");
        assertThat(run.stderr).contains("job 4040 could not be read").contains("job 4041 could not be read")
                .contains("none of the 2 jobs could be read; nothing is written.");
    }

    @Test
    void sinceExportsTheJobsThatJobsListsWithTheSameOptions() {
        CliRun listed = run("jobs", "--since", "24h", "--client", "fs-win01", "--with-failures", "--quiet");
        CliRun exported = run("export", "--since", "24h", "--client", "fs-win01", "--with-failures");

        assertThat(exported.exitCode).as(exported.stderr).isZero();
        List<String> jobIds = lines(listed.stdout).stream().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                .toList();
        assertThat(jobIds).isNotEmpty();
        List<String> rows = lines(exported.stdout);
        assertThat(rows.get(0)).startsWith("jobId,client,subclient,");
        List<String> exportedIds = List.copyOf(new LinkedHashSet<>(rows.stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList()));
        // Every job with failed items, in the order jobs lists them (newest end time first).
        assertThat(jobIds).containsSubsequence(exportedIds);
        assertThat(exportedIds).isNotEmpty();
        assertThat(rows.stream().skip(1)).allMatch(line -> line.split(",")[1].equals("fs-win01"));
        assertThat(exported.stderr).contains("Listing the backup jobs of fs-win01 that finished in the last 24 hours");
    }

    @Test
    void sinceWithNoJobSaysSoAndWritesTheHeaderOnly() {
        CliRun run = run("export", "--since", "24h", "--client", "no-such-client");

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(run.stdout).isEqualTo("jobId,client,subclient\r\n");
        assertThat(run.stderr).contains("No backup jobs of no-such-client that finished in the last 24 hours:"
                + " nothing to export; writing the header only.");
    }

    @Test
    void knownMarksEachJobsRowsByTheRulesOfItsOwnClient() throws Exception {
        Path rules = Files.write(dir.resolve("rules.json"), RulesFile.toJson(List.of(
                KnownRule.of(DENIED, ReasonMatch.EXACT, "", "fileserver01", "accepted on fileserver01")), null, false));
        CliRun run = run("export", "--job", "1001", "--job", "1005", "--known", rules.toString());
        CliRun hidden = run("export", "--job", "1001", "--job", "1005", "--known", rules.toString(), "--hide-known");

        assertThat(run.exitCode).as(run.stderr).isZero();
        List<String> lines = lines(run.stdout);
        assertThat(lines.get(0)).isEqualTo("jobId,client,subclient,known,failureReason,entity");
        assertThat(lines.get(1)).startsWith("1001,fileserver01,default,accepted on fileserver01," + DENIED);
        assertThat(lines.stream().filter(line -> line.startsWith("1005,") && line.contains("," + DENIED + ",")))
                .isNotEmpty().allMatch(line -> line.split(",")[3].isEmpty());
        assertThat(run.stderr).contains("2 rows are known failures (their notes in the column known).");
        assertThat(lines(hidden.stdout)).hasSize(lines.size() - 2).noneMatch(line -> line.startsWith("1001,"));
    }

    @Test
    void aColumnFirstSeenAfterTheHeaderIsInTheRewrittenHeaderOfTheFile() throws Exception {
        Path out = dir.resolve("late.csv");
        CliRun run = run("export", "--job", "1005", "--job", "1004", "-o", out.toString());

        assertThat(run.exitCode).as(run.stderr).isZero();
        List<String> written = Files.readAllLines(out);
        assertThat(written.get(0)).isEqualTo("jobId,client,subclient,failureReason,entity,itemType,errorCode,sizeBytes,ownerSid");
        assertThat(written).hasSize(1 + DemoJobs.LARGE_FILE_SERVER_ITEMS + 12);
        assertThat(written.get(1)).startsWith("1005,fileserver02,").endsWith(",,,,");
    }

    @Test
    void sinceAndJobOrFromFileTogetherAreUsageErrorsNamingBoth() throws Exception {
        int before = demo.requests().size();
        Path file = Files.writeString(dir.resolve("answer.json"), "{\"failedItems\":[]}");
        CliRun sinceAndJob = run("export", "--since", "24h", "--job", "1001");
        CliRun fileAndSince = new CliRun().run("export", "--from-file", file.toString(), "--since", "24h");
        CliRun fileAndJobs = new CliRun().run("export", "--from-file", file.toString(), "--job", "1", "--job", "2");
        CliRun clientAlone = run("export", "--client", "fs-win01");
        CliRun badSpan = run("export", "--since", "1w");

        assertThat(Stream.of(sinceAndJob, fileAndSince, fileAndJobs, clientAlone, badSpan).map(r -> r.exitCode))
                .containsOnly(ExitCodes.USAGE);
        assertThat(sinceAndJob.stderr).contains("--job and --since cannot be used together");
        assertThat(fileAndSince.stderr).contains("--from-file and --since cannot be used together");
        assertThat(fileAndJobs.stderr).contains("--from-file and --job cannot be used together");
        assertThat(clientAlone.stderr).contains("--client chooses among the jobs of --since <span>: give --since too");
        assertThat(badSpan.stderr).startsWith("Error: --since ").contains("90m, 24h or 7d");
        assertThat(demo.requests()).as("nothing is sent").hasSize(before);
    }

    @Test
    void helpDocumentsTheNewOptionsAndExitCode7() {
        CliRun help = new CliRun().run("export", "--help");

        assertThat(help.stdout).contains("--since=<span>").contains("--client=<name>").contains("--all-types")
                .contains("--with-failures").contains("7  partial result");
    }
}
