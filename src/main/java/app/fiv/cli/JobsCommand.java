package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.joblist.JobListFilter;
import app.fiv.joblist.Lookback;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jobs}: the finished jobs of a lookback, newest end time first, to a file or stdout. */
@Command(name = "jobs", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Lists the jobs that finished within a span before now (backup jobs unless --all-types),"
                + " newest end time first, as CSV, TSV or JSON, with no window.",
                "Columns: jobId, status, client, agent, backupSet, subclient, jobType, backupLevel, startTime,"
                        + " endTime, failedFiles, failedFolders, reason (times in UTC, ISO 8601).",
                "The password comes as for export: FIV_PASSWORD, else --password-file, else a saved session,"
                        + " else a prompt when a console is attached."},
        footer = {"", JobsCommand.EXIT_CODES, "",
                "Examples:",
                "  FIV_PASSWORD=... java -jar failed-items-viewer.jar jobs \\",
                "      --server commserve.example.com --user reports --with-failures -o failed.csv",
                "  failed-items-viewer jobs --server cs.example.com --user admin --since 7d \\",
                "      --client fs-win01 --client fs-win02 --all-types --format json | jq '.[].jobId'"})
final class JobsCommand implements Callable<Integer> {
    static final String EXIT_CODES = """
            Exit codes (as for export):
              0  success (also for an empty list: header only)
              1  the output could not be written (disk full, no permission, closed pipe)
              2  usage error: unknown option; invalid --since, client name, server,
                 fingerprint or file (nothing is sent)
              3  authentication failed: bad credentials, locked account, no password,
                 or a token that expired and could not be renewed
              5  server or response error: HTTP 5xx, a Commvault error body (its
                 errorMessage is shown), an HTML page, a malformed or cut-off answer
              6  network or TLS error: refused, timeout, unknown host, untrusted
                 certificate (its SHA-256 fingerprint is shown)""";

    @Mixin
    ServerOptions server;

    @Option(names = "--since", paramLabel = "<span>", defaultValue = "24h", order = 20,
            description = "jobs that finished within this span before now: a whole number with m, h or d,"
                    + " e.g. 90m, 24h, 7d (default: ${DEFAULT-VALUE})")
    String since;

    @Option(names = "--client", paramLabel = "<name>", order = 21,
            description = "only the jobs of this client (its name, any case); repeat for more clients")
    List<String> clients = new ArrayList<>();

    @Option(names = "--all-types", order = 22,
            description = "every job type (restores, aux copies, ...); default: backup jobs only")
    boolean allTypes;

    @Option(names = "--with-failures", order = 23,
            description = "only the jobs with failures: status Failed, Failed to Start, Killed or Completed w/ one or"
                    + " more errors, or any failed files or folders (also under a status of Completed)")
    boolean withFailures;

    @Mixin
    OutputOptions output;

    @Mixin
    MessageOptions messageOptions;

    private final CliEnvironment environment;

    JobsCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Messages messages = messageOptions.messages(environment);
        JobsPlan plan;
        try {
            // Everything that can be checked without the network, so a bad option sends nothing.
            plan = new JobsPlan(server.connection(), filter(), output.target(), output.exportOptions());
        } catch (ApiException e) {
            messages.error(e.getMessage(), e);
            return ExitCodes.USAGE;
        }
        return new JobsRun(environment, messages).run(plan);
    }

    private JobListFilter filter() throws ApiException {
        Lookback lookback;
        try {
            lookback = Lookback.parse(since);
        } catch (IllegalArgumentException e) {
            throw UsageErrors.invalid("--since " + e.getMessage() + (e.getMessage().contains(Lookback.ACCEPTED) ? ""
                    : " Give " + Lookback.ACCEPTED + "."));
        }
        for (String client : clients) {
            if (client.isBlank()) {
                throw UsageErrors.invalid("--client needs a client name, e.g. --client fs-win01.");
            }
        }
        return new JobListFilter(lookback, allTypes, withFailures, clients);
    }
}
