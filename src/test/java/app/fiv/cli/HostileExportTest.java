package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: {@code export} against the demo's hostile answers (jobs 2022 to 2028). */
class HostileExportTest {
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

    static CliRun export(String user, long job, String... more) {
        String[] args = Stream.concat(Stream.of("export", "--server", server, "--user", user, "--job", String.valueOf(job)),
                Stream.of(more)).toArray(String[]::new);
        return new CliRun().password(DemoCommServe.PASSWORD).run(args);
    }

    /** Every line of stderr is one of ours: no control character but the line ends, no forged line. */
    static void assertCleanLines(String stderr, String... prefixes) {
        assertThat(stderr.replace("\n", "").chars().filter(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)).toArray()).as(stderr).isEmpty();
        assertThat(stderr.lines()).allMatch(line -> Stream.of(prefixes).anyMatch(line::startsWith), "starts with one of ours");
    }

    @Test
    void theXmlNested31DeepExportsOneShortCellInsteadOfRunningOutOfMemory() {
        CliRun run = export("demo", DemoJobs.XML_NESTED_VALUE, "--accept", "xml");

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(run.stdout).isEqualTo("a\r\n\"" + "{\"\"a\"\":".repeat(30) + "\"\"x\"\"" + "}".repeat(30) + "\"\r\n");
    }

    @Test
    void xmlTooDeepOrTooLongIsExitCode5WithAReadableMessage() {
        CliRun deep = export("demo", DemoJobs.XML_NESTED_TOO_DEEP);
        CliRun split = export("demo", DemoJobs.XML_SPLIT_VALUE, "-o", dir.resolve("split.csv").toString());

        assertThat(deep.exitCode).isEqualTo(5);
        assertThat(deep.stderr).contains("Error: The failed items of job 2023 from 127.0.0.1:",
                "A value (a) is nested more than 32 levels deep").doesNotContain("Exception");
        assertThat(split.exitCode).isEqualTo(5);
        assertThat(split.stderr).contains("A value (entity) is longer than 67,108,864 characters");
        assertThat(dir.resolve("split.csv")).doesNotExist();
    }

    @Test
    void aKeyOfItsOwnInEveryItemWritesOneCellAPositionNotEveryColumnAgain() throws Exception {
        Path csv = dir.resolve("wide.csv");
        CliRun file = export("demo", DemoJobs.KEY_PER_ITEM, "-o", csv.toString());
        CliRun json = export("demo", DemoJobs.KEY_PER_ITEM, "--format", "json");

        assertThat(file.exitCode).as(file.stderr).isZero();
        java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + DemoJobs.KEY_PER_ITEM_ITEMS);
        assertThat(lines).allMatch(line -> line.chars().filter(c -> c == ',').count() == 999, "1,000 cells a line");
        assertThat(java.nio.file.Files.size(csv)).isLessThan(1_200_000);
        assertThat(json.exitCode).isZero();
        com.fasterxml.jackson.databind.JsonNode rows = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.stdout);
        assertThat(rows).hasSize(DemoJobs.KEY_PER_ITEM_ITEMS);
        rows.forEach(row -> assertThat(row.size()).as("the keys its item had").isEqualTo(3));
        assertThat(json.stdout.length()).isLessThan(150_000);
    }

    @Test
    void moreThanAThousandColumnsAreExitCode5AndLeaveTheFileAlone() throws Exception {
        Path csv = java.nio.file.Files.writeString(dir.resolve("old.csv"), "the old export\r\n");
        CliRun file = export("demo", DemoJobs.TOO_MANY_KEYS, "-o", csv.toString());
        CliRun json = export("demo", DemoJobs.TOO_MANY_KEYS, "--format", "json", "--accept", "xml");

        assertThat(file.exitCode).isEqualTo(5);
        assertThat(file.stderr).contains("The answer has more than 1,000 columns: item 1,001 brings column 1,001"
                + " (\"item-01001\"), and the app shows at most 1,000.");
        assertThat(csv).hasContent("the old export\r\n");
        assertThat(json.exitCode).isEqualTo(5);
        assertThat(json.stdout.length()).as("the look-ahead's rows at most").isLessThan(30_000);
    }

    @Test
    void aCsvFileWrittenRawSaysOnceHowManyCellsLookLikeFormulas() throws Exception {
        Path raw = dir.resolve("lookalikes.csv");
        Path safe = dir.resolve("safe.csv");
        CliRun file = export("demo", DemoJobs.FORMULA_LOOKALIKES, "-o", raw.toString());
        CliRun excelSafe = export("demo", DemoJobs.FORMULA_LOOKALIKES, "-o", safe.toString(), "--excel-safe");
        CliRun stdout = export("demo", DemoJobs.FORMULA_LOOKALIKES);

        assertThat(file.exitCode).isZero();
        assertThat(file.stderr).containsOnlyOnce("Warning: 11 cells of lookalikes.csv begin like a spreadsheet formula")
                .contains("export with --excel-safe to have them written as text.");
        assertThat(java.nio.file.Files.readString(raw)).contains(",\u00A0=cmd|' /C calc'!A0\r\n");
        assertThat(excelSafe.stderr).doesNotContain("Warning");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(safe);
        assertThat(lines.get(1)).isEqualTo("Access is denied.,\"'=HYPERLINK(\"\"http://attacker.example/\"\",\"\"open\"\")\"");
        assertThat(lines.get(2)).isEqualTo("Access is denied.,' =1+2");
        assertThat(lines.get(3)).isEqualTo("Access is denied.,'\u00A0=cmd|' /C calc'!A0");
        assertThat(lines.get(9)).as("after the line feed cell's two lines").isEqualTo("Access is denied.,'\uFF0B1+2");
        assertThat(stdout.stderr).as("scripts read stdout").doesNotContain("Warning");
    }

    @Test
    void terminalEscapesInTheSummaryAndTheErrorReachStderrAsPlainText() {
        CliRun run = export("demo", DemoJobs.TERMINAL_ESCAPES, "--debug");

        assertThat(run.exitCode).isEqualTo(5);
        assertThat(run.stderr).contains("Job 2027 on fs-[31mcorp[0m07  Job 1 on fs01 (Completed)",
                "Error: The CommServe at 127.0.0.1:", "The index of this job is not available.", "Error: none, all good");
        assertCleanLines(run.stderr, "Logging in", "Job 2027", "Error: The CommServe", " at ", "app.fiv.", "Caused by");
        assertThat(run.stdout).isEmpty();
    }

    @Test
    void aLoginRefusalWithTerminalEscapesIsPlainText() {
        CliRun run = export("escapes", DemoJobs.LIST_SAMPLE);

        assertThat(run.exitCode).isEqualTo(3);
        assertThat(run.stderr).contains("Error: Login refused: [2J[HThe index of this job is not available.");
        assertCleanLines(run.stderr, "Logging in", "Error: Login refused");
    }
}
