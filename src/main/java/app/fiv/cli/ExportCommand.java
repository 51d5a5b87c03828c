package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: one job's failed items (or a saved answer's) to a file or stdout. */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Exports the failed items of one backup job as CSV, TSV or JSON, with no window.",
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
                "  java -jar failed-items-viewer.jar export --from-file job-12345.xml --known team-rules.json \\",
                "      --hide-known -o new-failures.csv"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ServerOptions server;

    @Option(names = "--job", paramLabel = "<id>", order = 20, description = "the job ID")
    String job;

    @Option(names = "--from-file", paramLabel = "<answer.json|.xml>", order = 21,
            description = "export a FailedItems answer saved to a file (JSON or XML, either shape) instead of a job;"
                    + " no CommServe is asked, so no --server, --user or --job")
    Path fromFile;

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
            plan = fromFile != null ? savedAnswerPlan() : jobPlan();
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
        if (job == null) {
            throw UsageErrors.invalid("Give the job ID with --job <id>.");
        }
        long jobId = JobId.parse(job);
        return new ExportPlan(server.connection(), jobId, null, output.target(), output.exportOptions(), known.filter());
    }

    private ExportPlan savedAnswerPlan() throws ApiException {
        if (server.given() || job != null) {
            throw UsageErrors.invalid("--from-file exports a saved answer without asking a CommServe: leave out "
                    + (server.given() ? "--server" : "--job") + ".");
        }
        if (!Files.isRegularFile(fromFile)) {
            throw UsageErrors.invalid(Files.isDirectory(fromFile) ? "--from-file " + fromFile + " is a folder; give a saved answer file."
                    : "The saved answer " + fromFile + " does not exist.");
        }
        return new ExportPlan(null, 0, fromFile, output.target(), output.exportOptions(), known.filter());
    }
}
