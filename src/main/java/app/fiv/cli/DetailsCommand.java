package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code details}: what a job did as a whole, its attempts, VMs and events. */
@Command(name = "details", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Shows a job's details (who started it, its attempts with phase, status and reason, the delay"
                + " reason, skipped items, and for VM jobs each VM's status) and its events, critical and major first.",
                "A part the CommServe does not offer (an older service pack) is left out with a warning on stderr;"
                        + " the password is found as for export."},
        footer = {"", ExitCodes.HELP, "",
                "Examples:",
                "  failed-items-viewer details --server commserve.example.com --user reports --job 12345",
                "  failed-items-viewer details --server commserve.example.com --user reports --job 12345 --format json \\",
                "      | jq '.events[] | select(.severity == \"Critical\")'"})
final class DetailsCommand implements Callable<Integer> {
    @Mixin
    ServerOptions server;

    @Option(names = "--job", required = true, paramLabel = "<id>", order = 20, description = "the job ID")
    String job;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", order = 30,
            description = "text for people, json for scripts (default: ${DEFAULT-VALUE})")
    DetailsFormat format;

    @Mixin
    MessageOptions messageOptions;

    private final CliEnvironment environment;

    DetailsCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Messages messages = messageOptions.messages(environment);
        try {
            long jobId = JobId.parse(job);
            return new DetailsRun(environment, messages).run(server.connection(), jobId, format);
        } catch (ApiException e) {
            messages.error(e.getMessage(), e);
            return ExitCodes.USAGE;
        }
    }
}
