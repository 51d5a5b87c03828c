package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.joblist.JobListFilter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

    @Mixin
    JobListOptions jobList;

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
        return jobList.filter(JobListOptions.DEFAULT_SINCE);
    }

}
