package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.testing.DemoJobLists;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code details} in-process against the demo CommServe: text and JSON, and every exit code. */
class DetailsCommandTest {
    private static DemoCommServe demo;
    private static String server;
    private static Session session;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoCommServe.start();
        server = demo.webServiceUrl().toString();
        session = DemoLogins.logIn(TestClients.json("details-test"), demo);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static CliRun details(long job, String... more) {
        String[] args = Stream.concat(Stream.of("details", "--server", server, "--user", "demo", "--job", String.valueOf(job)),
                Stream.of(more)).toArray(String[]::new);
        return new CliRun().password(DemoCommServe.PASSWORD).run(args);
    }

    @Test
    void textShowsTheVmsThatFailedFirstAndTheEventsMostSevereFirst() {
        long vmJob = DemoJobLists.latestRun(session, DemoJobLists.VCENTER, DemoJobLists.VCENTER_PRODUCTION);

        CliRun run = details(vmJob);

        assertThat(run.exitCode).as(run.stderr).isZero();
        List<String> lines = run.stdout.lines().toList();
        assertThat(lines.get(0)).startsWith("Job " + vmJob + " — ");
        assertThat(lines).contains("Client vcenter-prod · Subclient Production VMs");
        int vms = lines.indexOf(lines.stream().filter(l -> l.startsWith("Virtual machines: 12 (2 failed")).findFirst().orElseThrow());
        assertThat(lines.get(vms + 1)).contains("VM", "Status", "Host", "Failure reason");
        assertThat(lines.subList(vms + 2, vms + 4)).allMatch(l -> l.contains(" Failed ")).anyMatch(l -> l.contains("vm-sql-test03"));
        assertThat(lines.get(vms + 4)).doesNotContain(" Failed ");
        int events = lines.indexOf(lines.stream().filter(l -> l.startsWith("Events: ")).findFirst().orElseThrow());
        assertThat(lines.get(events)).contains("critical");
        assertThat(lines.get(events + 2)).contains("Critical");
        assertThat(run.stdout).contains("Attempts:", "Started by admin · from Scheduled");
    }

    @Test
    void jsonHasTheDetailsAndTheEventsForScripts() throws Exception {
        long jobId = DemoJobLists.latestRun(session, DemoJobLists.FS_WIN01, DemoJobLists.FS_WIN01_USERS);

        CliRun run = details(jobId, "--format", "JSON", "--accept", "xml");

        assertThat(run.exitCode).as(run.stderr).isZero();
        JsonNode root = new ObjectMapper().readTree(run.stdout);
        assertThat(root.path("jobId").asLong()).isEqualTo(jobId);
        assertThat(root.path("client").asText()).isEqualTo("fs-win01");
        assertThat(root.path("unavailable")).isEmpty();
        JsonNode details = root.path("details");
        assertThat(details.path("startedBy").asText()).isEqualTo("admin");
        assertThat(details.path("state").asText()).isEqualTo("Completed w/ one or more errors");
        assertThat(details.path("startTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(details.path("attempts")).extracting(a -> a.path("phase").asText()).containsExactly("Scan", "Backup", "Archive Index");
        assertThat(details.path("virtualMachines")).isEmpty();
        List<Integer> levels = new ArrayList<>();
        root.path("events").forEach(e -> levels.add(e.path("severityLevel").asInt()));
        assertThat(levels).isNotEmpty().isSortedAccordingTo((a, b) -> b - a);
        assertThat(root.path("events").get(0).path("code").asText()).matches("\\d+:\\d+");
    }

    @Test
    void anUnknownJobIsExitCode4() {
        CliRun run = details(DemoJobs.MISSING);

        assertThat(run.exitCode).isEqualTo(4);
        assertThat(run.stderr).contains("Job 4040 was not found");
        assertThat(run.stdout).isEmpty();
    }

    @Test
    void aServerWithNeitherPartIsExitCode5WithAWarningForEach() throws Exception {
        try (DemoCommServe older = DemoCommServe.builder().withoutJobActions().start()) {
            CliRun run = new CliRun().password(DemoCommServe.PASSWORD).run("details", "--server",
                    older.webServiceUrl().toString(), "--user", "demo", "--job", "1001");

            assertThat(run.exitCode).isEqualTo(5);
            assertThat(run.stderr).contains("Warning: The CommServe at", "does not offer job details", "does not offer job events",
                    "offers neither job details nor events");
            assertThat(run.stdout).isEmpty();
        }
    }

    @Test
    void usageErrorsAreExitCode2AndSendNothing() {
        int before = demo.requests().size();

        CliRun format = details(DemoJobs.LIST_SAMPLE, "--format", "csv");
        CliRun job = new CliRun().password(DemoCommServe.PASSWORD).run("details", "--server", server, "--user", "demo",
                "--job", "job 12x");

        assertThat(format.exitCode).isEqualTo(2);
        assertThat(format.stderr).contains("--format");
        assertThat(job.exitCode).isEqualTo(2);
        assertThat(job.stderr).contains("is not a job ID");
        assertThat(demo.requests()).hasSize(before);
    }

    @Test
    void aWrongPasswordIsExitCode3AndARefusedConnection6() throws Exception {
        CliRun wrong = new CliRun().password("wrong").run("details", "--server", server, "--user", "demo", "--job", "1001");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun refused = new CliRun().password(DemoCommServe.PASSWORD).run("details", "--server",
                "http://127.0.0.1:" + port + "/commandcenter/api", "--user", "demo", "--job", "1001");

        assertThat(wrong.exitCode).isEqualTo(3);
        assertThat(refused.exitCode).isEqualTo(6);
    }
}
