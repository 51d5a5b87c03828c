package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code resubmit}: runs a finished job again. It asks first on a terminal; a script says
 * {@code --yes}. Without either nothing is sent at all, not even the login.
 */
@Command(name = "resubmit", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Resubmits a finished job: the CommServe starts a new job with the same options.",
                "Asks for confirmation on a terminal (naming the job, client and subclient); --yes does not ask."
                        + " Without a terminal and without --yes it refuses and sends nothing.",
                "Prints the new job ID alone on stdout. The password is found as for export."},
        footer = {"", ResubmitCommand.EXIT_CODES, "",
                "Examples:",
                "  failed-items-viewer resubmit --server commserve.example.com --user admin --job 12345",
                "  NEW=$(FIV_PASSWORD=... failed-items-viewer resubmit --server cs.example.com --user ops --job 12345 --yes)"})
final class ResubmitCommand implements Callable<Integer> {
    static final String EXIT_CODES = """
            Exit codes:
              0  resubmitted: the new job ID is on stdout
              1  you answered no (nothing was sent), or stdout could not be written
              2  usage error: unknown option, missing or invalid job ID or server; or no
                 terminal to confirm on and no --yes (nothing is sent)
              3  authentication failed
              4  job not found
              5  the CommServe refused (a job still running, no permission: its message
                 is shown), lacks the Resubmit API, or answered badly
              6  network or TLS error""";

    @Mixin
    ServerOptions server;

    @Option(names = "--job", required = true, paramLabel = "<id>", order = 20, description = "the job ID to resubmit")
    String job;

    @Option(names = "--yes", order = 30, description = "resubmit without asking (for scripts)")
    boolean yes;

    @Mixin
    MessageOptions messageOptions;

    private final CliEnvironment environment;

    ResubmitCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Messages messages = messageOptions.messages(environment);
        ServerConnection connection;
        long jobId;
        try {
            jobId = JobId.parse(job);
            connection = server.connection();
        } catch (ApiException e) {
            messages.error(e.getMessage(), e);
            return ExitCodes.USAGE;
        }
        Optional<CliEnvironment.PasswordPrompt> terminal = yes ? Optional.empty() : environment.prompt().get();
        if (!yes && terminal.isEmpty()) {
            messages.error("Resubmitting starts a new job, so it asks first, and there is no terminal to ask on."
                    + " Nothing was sent. Add --yes to resubmit job " + jobId + " without asking.", null);
            return ExitCodes.USAGE;
        }
        return new ResubmitRun(environment, messages).run(connection, jobId, terminal);
    }
}
