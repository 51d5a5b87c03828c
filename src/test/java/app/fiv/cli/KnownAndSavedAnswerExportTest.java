package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.known.KnownRule;
import app.fiv.known.ReasonMatch;
import app.fiv.known.RulesFile;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code export --from-file}, {@code --known} and {@code --hide-known}, in-process against the demo. */
class KnownAndSavedAnswerExportTest {
    private static final String DENIED = "Access is denied.";
    private static DemoCommServe demo;
    private static String server;
    private static Session session;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.start();
        server = demo.webServiceUrl().toString();
        session = DemoLogins.logIn(TestClients.json("saved-answer-test"), demo);
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

    private static CliRun fromFile(Path file, String... more) {
        return new CliRun().run(Stream.concat(Stream.of("export", "--from-file", file.toString()), Stream.of(more))
                .toArray(String[]::new));
    }

    /** The job's answer as curl saves it, in the format asked for. */
    private Path saved(long job, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/Job/" + job + "/FailedItems"))
                .header("Authtoken", session.token()).header("Accept", accept).build();
        Path file = dir.resolve("job-" + job + (accept.contains("xml") ? ".xml" : ".json"));
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofFile(file));
        return file;
    }

    private Path rules(KnownRule... rules) throws Exception {
        return Files.write(dir.resolve("rules.json"), RulesFile.toJson(List.of(rules), null, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/xml"})
    void aSavedAnswerExportsExactlyLikeTheJobWithNoServer(String accept) throws Exception {
        for (long job : new long[] {DemoJobs.LIST_SAMPLE, DemoJobs.EXCHANGE_MAILBOXES, DemoJobs.UNC_EXTRA_KEYS}) {
            Path file = saved(job, accept);
            CliRun online = export(job, "--format", "json");
            int before = demo.requests().size();
            CliRun offline = fromFile(file, "--format", "json");

            assertThat(offline.exitCode).as(offline.stderr).isZero();
            assertThat(offline.stdout).isEqualTo(online.stdout);
            assertThat(offline.stderr).contains("Reading the saved answer " + file).contains("Wrote ");
            assertThat(demo.requests()).as("no CommServe is asked").hasSize(before);
        }
    }

    @Test
    void aSavedAnswerToAFileAndABrokenOneThatLeavesTheFileAlone() throws Exception {
        Path out = dir.resolve("out.csv");
        CliRun written = fromFile(saved(DemoJobs.LIST_SAMPLE, "application/json"), "-o", out.toString());
        assertThat(written.exitCode).isZero();
        assertThat(Files.readString(out)).startsWith("failureReason,entity\r\n" + DENIED + ",C:\\Users\\");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"failedItems\":[{\"entity\":\"a\"},");
        CliRun refused = fromFile(broken, "-o", out.toString());
        assertThat(refused.exitCode).isEqualTo(5);
        assertThat(refused.stderr).contains("Error: The saved answer broken.json could not be read. The response is not valid JSON");
        assertThat(Files.readString(out)).as("the old file stays").startsWith("failureReason,entity");
    }

    @Test
    void fromFileAndServerOptionsAreCheckedBeforeAnythingIsSent() throws Exception {
        Path file = saved(DemoJobs.LIST_SAMPLE, "application/json");
        int before = demo.requests().size();
        CliRun neither = new CliRun().run("export", "--job", "1001");
        CliRun both = new CliRun().run("export", "--from-file", file.toString(), "--server", server);
        CliRun withJob = new CliRun().run("export", "--from-file", file.toString(), "--job", "1001");
        CliRun missing = fromFile(dir.resolve("nowhere.json"));
        CliRun noJob = new CliRun().password("x").run("export", "--server", server, "--user", "demo");
        CliRun details = new CliRun().run("details", "--job", "1001");

        assertThat(Stream.of(neither, both, withJob, missing, noJob, details).map(r -> r.exitCode)).containsOnly(2);
        assertThat(neither.stderr).contains("Give the CommServe with --server <url> and the job with --job <id>,"
                + " or a saved answer with --from-file <file>.");
        assertThat(both.stderr).contains("--from-file exports a saved answer without asking a CommServe: leave out --server.");
        assertThat(withJob.stderr).contains("leave out --job.");
        assertThat(missing.stderr).contains("The saved answer " + dir.resolve("nowhere.json") + " does not exist.");
        assertThat(noJob.stderr).contains("Give the job ID with --job <id>.");
        assertThat(details.stderr).contains("Give the CommServe with --server <url>");
        assertThat(demo.requests()).hasSize(before);
    }

    @Test
    void knownAddsAFirstColumnOfNotesForTheJobsClient() throws Exception {
        Path rules = rules(KnownRule.of(DENIED, ReasonMatch.EXACT, "", "", "accepted"),
                KnownRule.of("*being used by another process*", ReasonMatch.PATTERN, "", "fileserver02", "locked"),
                KnownRule.of("The system cannot find the path specified.", ReasonMatch.EXACT, "", "another-client", "never"));
        CliRun plain = export(DemoJobs.LARGE_FILE_SERVER, "--quiet");
        CliRun run = export(DemoJobs.LARGE_FILE_SERVER, "--known", rules.toString());

        assertThat(run.exitCode).as(run.stderr).isZero();
        List<String> lines = run.stdout.lines().toList();
        List<String> plainLines = plain.stdout.lines().toList();
        assertThat(lines.get(0)).isEqualTo("known,failureReason,entity");
        assertThat(lines).hasSize(plainLines.size());
        long known = 0;
        for (int i = 1; i < lines.size(); i++) {
            String row = plainLines.get(i);
            String expected = row.startsWith(DENIED + ",") ? "accepted"
                    : row.contains("being used by another process") ? "locked" : "";
            assertThat(lines.get(i)).isEqualTo(expected + "," + row);
            known += expected.isEmpty() ? 0 : 1;
        }
        assertThat(known).isGreaterThan(1_000);
        assertThat(run.stderr).contains(String.format("%,d rows are known failures (their notes in the column known).", known));
    }

    @Test
    void hideKnownLeavesThoseRowsOutInEveryFormat() throws Exception {
        Path rules = rules(KnownRule.of(DENIED, ReasonMatch.EXACT, "", "", "accepted"));
        CliRun hidden = export(DemoJobs.LARGE_FILE_SERVER, "--known", rules.toString(), "--hide-known", "--format", "json");
        assertThat(hidden.exitCode).isZero();
        JsonNode rows = new ObjectMapper().readTree(hidden.stdout);
        assertThat(rows.size()).isBetween(1, DemoJobs.LARGE_FILE_SERVER_ITEMS - 1_000);
        for (JsonNode row : rows) {
            assertThat(row.get("failureReason").asText()).isNotEqualTo(DENIED);
            assertThat(row.get("known").asText()).isEmpty();
        }
        assertThat(hidden.stderr).contains("rows are known failures (left out).")
                .contains(String.format("Wrote %,d rows (3 columns)", rows.size()));

        Path answer = saved(DemoJobs.LIST_SAMPLE, "application/xml");
        CliRun offline = fromFile(answer, "--known", rules.toString(), "--hide-known");
        assertThat(offline.exitCode).isZero();
        assertThat(offline.stdout).isEqualTo("known,failureReason,entity\r\n");
    }

    @Test
    void aRulesFileThatCannotBeReadIsAUsageErrorNamingTheProblem() throws Exception {
        int before = demo.requests().size();
        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"rules\": [{\"reasn\": \"Access is denied.\"}]}");
        CliRun badField = export(DemoJobs.LIST_SAMPLE, "--known", typo.toString());
        CliRun missing = export(DemoJobs.LIST_SAMPLE, "--known", dir.resolve("none.json").toString());
        CliRun notJson = export(DemoJobs.LIST_SAMPLE, "--known", Files.writeString(dir.resolve("n.json"), "rules").toString());
        CliRun hideAlone = export(DemoJobs.LIST_SAMPLE, "--hide-known");

        assertThat(Stream.of(badField, missing, notJson, hideAlone).map(r -> r.exitCode)).containsOnly(2);
        assertThat(badField.stderr).contains("The rules file " + typo + " has an unknown field \"reasn\" in rule 1");
        assertThat(missing.stderr).contains("none.json does not exist.");
        assertThat(notJson.stderr).contains("is not valid JSON at line 1");
        assertThat(hideAlone.stderr).contains("--hide-known needs the known failures: give --known <rules.json>.");
        assertThat(demo.requests()).as("nothing is sent").hasSize(before);
    }

    @Test
    void helpNamesTheNewOptions() {
        CliRun help = new CliRun().run("export", "--help");
        assertThat(help.stdout).contains("--from-file=<answer.json|.xml>").contains("--known=<rules.json>")
                .contains("--hide-known");
    }
}
