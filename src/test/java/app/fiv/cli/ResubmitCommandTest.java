package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.testing.DemoJobLists;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code resubmit} in-process against the demo CommServe: confirmation, --yes, and every exit code. */
class ResubmitCommandTest {
    private DemoCommServe demo;
    private String server;

    @BeforeEach
    void start() throws Exception {
        demo = DemoCommServe.start();
        server = demo.webServiceUrl().toString();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private CliRun resubmit(CliRun run, long job, String... more) {
        String[] args = Stream.concat(Stream.of("resubmit", "--server", server, "--user", "demo", "--job", String.valueOf(job)),
                Stream.of(more)).toArray(String[]::new);
        return run.run(args);
    }

    private List<RecordedRequest> resubmits() {
        return demo.requests().stream().filter(r -> r.path().endsWith("/action/Resubmit")).toList();
    }

    @Test
    void withoutATerminalAndWithoutYesItRefusesAndSendsNothingAtAll() {
        CliRun run = resubmit(new CliRun().password(DemoCommServe.PASSWORD), DemoJobs.LIST_SAMPLE);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).contains("no terminal to ask on", "Nothing was sent", "Add --yes");
        assertThat(run.stdout).isEmpty();
        assertThat(demo.requests()).as("not even a login").isEmpty();
    }

    @Test
    void withYesItResubmitsAndPrintsTheNewJobIdAloneOnStdout() throws Exception {
        CliRun run = resubmit(new CliRun().password(DemoCommServe.PASSWORD), DemoJobs.LIST_SAMPLE, "--yes");

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(run.stdout).matches("\\d+\\R");
        long newJob = Long.parseLong(run.stdout.strip());
        assertThat(newJob).isGreaterThanOrEqualTo(60000);
        assertThat(run.stderr).contains("Resubmitted job 1001 (fileserver01 / ", "): the new job is " + newJob + ".");
        assertThat(resubmits()).singleElement().extracting(RecordedRequest::method).isEqualTo("POST");
        CommServeClient client = TestClients.json("resubmit-test");
        Session session = DemoLogins.logIn(client, demo);
        assertThat(client.jobSummary(session, newJob, CancelSignal.none()).status()).isEqualTo("Running");
    }

    @Test
    void onATerminalItAsksNamingJobClientAndSubclientAndYesResubmits() {
        TerminalAnswers terminal = new TerminalAnswers(Optional.of(true));
        CliRun run = new CliRun();
        run.prompt = terminal;

        resubmit(run, DemoJobs.LINUX_SERVER);

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(terminal.confirmations()).singleElement().asString()
                .startsWith("Resubmit job 1003 (").contains("/ ", ", last Completed", server);
        assertThat(run.stdout.strip()).matches("\\d+");
        assertThat(resubmits()).hasSize(1);
    }

    @Test
    void answeringNoOrNothingSendsNoResubmit() {
        for (Optional<Boolean> answer : List.of(Optional.of(false), Optional.<Boolean>empty())) {
            TerminalAnswers terminal = new TerminalAnswers(answer);
            CliRun run = new CliRun().password(DemoCommServe.PASSWORD);
            run.prompt = terminal;

            resubmit(run, DemoJobs.LIST_SAMPLE);

            assertThat(run.exitCode).isEqualTo(1);
            assertThat(run.stderr).contains("Nothing was resubmitted.");
            assertThat(run.stdout).isEmpty();
            assertThat(terminal.confirmations()).hasSize(1);
        }
        assertThat(resubmits()).isEmpty();
    }

    @Test
    void anUnknownJobIsExitCode4AndNothingIsResubmitted() {
        CliRun run = resubmit(new CliRun().password(DemoCommServe.PASSWORD), DemoJobs.MISSING, "--yes");

        assertThat(run.exitCode).isEqualTo(4);
        assertThat(run.stderr).contains("Job 4040 was not found");
        assertThat(resubmits()).isEmpty();
    }

    @Test
    void refusalsAreExitCode5WithTheServersMessage() {
        CliRun fault = resubmit(new CliRun().password(DemoCommServe.PASSWORD), DemoJobs.EMPTY_BODY, "--yes");
        CommServeClient client = TestClients.json("resubmit-test");
        long running = DemoJobLists.withStatus(loggedIn(client), "Running");
        CliRun active = resubmit(new CliRun().password(DemoCommServe.PASSWORD), running, "--yes", "--accept", "xml");

        assertThat(fault.exitCode).isEqualTo(5);
        assertThat(fault.stderr).contains("does not have the Job Management permission", "(error 1136)");
        assertThat(active.exitCode).isEqualTo(5);
        assertThat(active.stderr).contains("is still running; only a finished job can be resubmitted");
        assertThat(fault.stdout + active.stdout).isEmpty();
    }

    private Session loggedIn(CommServeClient client) {
        try {
            return DemoLogins.logIn(client, demo);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aServerWithoutTheResubmitApiIsExitCode5() throws Exception {
        try (DemoCommServe older = DemoCommServe.builder().withoutJobActions().start()) {
            CliRun run = new CliRun().password(DemoCommServe.PASSWORD).run("resubmit", "--server",
                    older.webServiceUrl().toString(), "--user", "demo", "--job", "1001", "--yes");

            assertThat(run.exitCode).isEqualTo(5);
            assertThat(run.stderr).contains("does not offer resubmitting jobs", "404 Not Found");
        }
    }

    @Test
    void aWrongPasswordIsExitCode3() {
        CliRun run = resubmit(new CliRun().password("not-the-password"), DemoJobs.LIST_SAMPLE, "--yes");

        assertThat(run.exitCode).isEqualTo(3);
        assertThat(resubmits()).isEmpty();
    }

    @Test
    void aRefusedConnectionIsExitCode6() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun run = new CliRun().password(DemoCommServe.PASSWORD).run("resubmit", "--server",
                "http://127.0.0.1:" + port + "/commandcenter/api", "--user", "demo", "--job", "1", "--yes");

        assertThat(run.exitCode).isEqualTo(6);
        assertThat(run.stderr).contains("connection was refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", ""})
    void anInvalidJobIdIsExitCode2AndSendsNothing(String job) {
        CliRun run = new CliRun().password(DemoCommServe.PASSWORD)
                .run("resubmit", "--server", server, "--user", "demo", "--job", job, "--yes");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(demo.requests()).isEmpty();
    }

    @Test
    void quietLeavesOnlyTheNewJobId() {
        CliRun run = resubmit(new CliRun().password(DemoCommServe.PASSWORD), DemoJobs.LIST_SAMPLE, "--yes", "--quiet");

        assertThat(run.exitCode).isZero();
        assertThat(run.stderr).isEmpty();
        assertThat(run.stdout).matches("\\d+\\R");
    }

    @Test
    void helpNamesTheOptionsAndTheExitCodes() {
        CliRun run = new CliRun().run("resubmit", "--help");

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).contains("--job", "--yes", "--server", "--password-file", "--quiet",
                "1  you answered no", "nothing is sent");
    }

    @Test
    void yesIsYesAndAnythingElseIsNo() {
        assertThat(Stream.of("y", "Y", "yes", " YES ", "Yes")).allMatch(CliEnvironment::meansYes);
        assertThat(Stream.of("", "n", "no", "yess", "sure", "oui")).noneMatch(CliEnvironment::meansYes);
    }
}
