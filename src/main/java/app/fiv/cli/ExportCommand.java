package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: the failed items of one job, of several, of the jobs of a lookback, or of a saved answer, to a file or stdout. */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Exports the failed items of one backup job as CSV, TSV or JSON, with no window.",
                "Several --job, or --since (the jobs that `jobs` lists with the same options), export many jobs in one"
                        + " file: first the columns jobId, client, subclient, then the union of the jobs' columns in"
                        + " the order first seen, job after job in the order given (newest end time first for --since).",
                "The password comes from the environment variable FIV_PASSWORD, else --password-file,"
                        + " else a session saved by the app (\"Remember me\") for that server and user,"
                        + " else a prompt when a console is attached. Never from an argument.",
                "With --token-file, an access token made in Command Center is used instead, and no password.",
                "With --from-file, a FailedItems answer saved to a file is exported instead: no CommServe."},
        footer = {"", ExitCodes.HELP, "",
                "Examples:",
                "  FIV_PASSWORD=... java -jar failed-items-viewer.jar export \\",
                "      --server commserve.example.com --user reports --job 12345 -o job-12345.csv",
                "  java -jar failed-items-viewer.jar export --server https://cs.example.com/webconsole/api \\",
                "      --user admin --password-file ~/.fiv-password --job 12345 --format json - | jq .",
                "  java -jar failed-items-viewer.jar export --server commserve.example.com \\",
                "      --token-file ~/.config/fiv-tokens.json --job 12345 -o job-12345.csv",
                "  failed-items-viewer export --server cs.example.com --user admin --since 24h --with-failures \\",
                "      --client fs-win01 --client fs-win02 -o last-night.csv",
                "  java -jar failed-items-viewer.jar export --from-file job-12345.xml --known team-rules.json \\",
                "      --hide-known -o new-failures.csv"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ServerOptions server;

    @Option(names = "--job", paramLabel = "<id>", order = 20,
            description = "the job ID; repeat for several jobs in one file, whose first columns are then jobId, client,"
                    + " subclient")
    List<String> jobs = new ArrayList<>();

    @Option(names = "--from-file", paramLabel = "<answer.json|.xml>", order = 21,
            description = "export a FailedItems answer saved to a file (JSON or XML, either shape) instead of a job;"
                    + " no CommServe is asked, so no --server, --user or --job")
    Path fromFile;

    @Mixin
    JobListOptions jobList;

    @Mixin
    OutputOptions output;

    @Mixin
    KnownOptions known;

    @Mixin
    MessageOptions messageOptions;

    private final CliEnvironment environment;

    ExportCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Messages messages = messageOptions.messages(environment);
        ExportPlan plan;
        try {
            // Everything that can be checked without the network, so a bad option sends nothing.
            plan = fromFile != null ? savedAnswerPlan() : jobList.given() ? listedJobsPlan() : jobPlan();
        } catch (ApiException e) {
            messages.error(e.getMessage(), e);
            return ExitCodes.USAGE;
        }
        return new ExportRun(environment, messages).run(plan);
    }

    private ExportPlan jobPlan() throws ApiException {
        if (!server.given()) {
            throw UsageErrors.invalid("Give the CommServe with --server <url> and the job with --job <id>,"
                    + " or a saved answer with --from-file <file>.");
        }
        if (jobs.isEmpty()) {
            throw UsageErrors.invalid("Give the job ID with --job <id>. For several jobs in one file, repeat --job,"
                    + " or give --since <span> for the jobs that finished lately.");
        }
        List<Long> ids = new ArrayList<>();
        for (String job : jobs) {
            long id = JobId.parse(job);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return new ExportPlan(server.connection(), ids, null, null, output.target(), output.exportOptions(), known.filter());
    }

    /** {@code --since} and its companions: the jobs that {@code jobs} would list with the same options. */
    private ExportPlan listedJobsPlan() throws ApiException {
        if (!jobs.isEmpty()) {
            throw UsageErrors.invalid("--job and " + jobList.firstGiven() + " cannot be used together: export the jobs"
                    + " given with --job <id>, or the jobs that finished lately with --since <span>.");
        }
        if (jobList.since == null) {
            throw UsageErrors.invalid(jobList.firstGiven() + " chooses among the jobs of --since <span>: give --since too,"
                    + " e.g. --since 24h.");
        }
        if (!server.given()) {
            throw UsageErrors.invalid("Give the CommServe with --server <url> to export the jobs of --since.");
        }
        return new ExportPlan(server.connection(), List.of(), jobList.filter(JobListOptions.DEFAULT_SINCE), null,
                output.target(), output.exportOptions(), known.filter());
    }

    private ExportPlan savedAnswerPlan() throws ApiException {
        if (!jobs.isEmpty() || jobList.given()) {
            throw UsageErrors.invalid("--from-file and " + (!jobs.isEmpty() ? "--job" : jobList.firstGiven())
                    + " cannot be used together: --from-file exports a saved answer without asking a CommServe;"
                    + " leave out " + (!jobs.isEmpty() ? "--job" : jobList.firstGiven()) + ".");
        }
        if (server.given()) {
            throw UsageErrors.invalid("--from-file exports a saved answer without asking a CommServe: leave out --server.");
        }
        if (!Files.isRegularFile(fromFile)) {
            throw UsageErrors.invalid(Files.isDirectory(fromFile) ? "--from-file " + fromFile + " is a folder; give a saved answer file."
                    : "The saved answer " + fromFile + " does not exist.");
        }
        return new ExportPlan(null, List.of(), null, fromFile, output.target(), output.exportOptions(), known.filter());
    }
}
