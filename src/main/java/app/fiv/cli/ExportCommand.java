package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: one job's failed items to a file or stdout. */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Exports the failed items of one backup job as CSV, TSV or JSON, with no window.",
                "The password comes from the environment variable FIV_PASSWORD, else --password-file,"
                        + " else a session saved by the app (\"Remember me\") for that server and user,"
                        + " else a prompt when a console is attached. Never from an argument.",
                "With --token-file, an access token made in Command Center is used instead, and no password."},
        footer = {"", ExitCodes.HELP, "",
                "Examples:",
                "  FIV_PASSWORD=... java -jar failed-items-viewer.jar export \\",
                "      --server commserve.example.com --user reports --job 12345 -o job-12345.csv",
                "  java -jar failed-items-viewer.jar export --server https://cs.example.com/webconsole/api \\",
                "      --user admin --password-file ~/.fiv-password --job 12345 --format json - | jq .",
                "  java -jar failed-items-viewer.jar export --server commserve.example.com \\",
                "      --token-file ~/.config/fiv-tokens.json --job 12345 -o job-12345.csv"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ServerOptions server;

    @Option(names = "--job", required = true, paramLabel = "<id>", order = 20, description = "the job ID")
    String job;

    @Mixin
    OutputOptions output;

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
            long jobId = JobId.parse(job);
            plan = new ExportPlan(server.connection(), jobId, output.target(), output.exportOptions());
        } catch (ApiException e) {
            messages.error(e.getMessage(), e);
            return ExitCodes.USAGE;
        }
        return new ExportRun(environment, messages).run(plan);
    }
}
