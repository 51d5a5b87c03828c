package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.JobId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code compare}: a job's failed items against its previous run's (or another job's), each row marked new, still failing or fixed. */
@Command(name = "compare", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Compares the failed items of a job with those of its previous run (the latest finished job"
                + " of the same client, agent, backup set and subclient, of the same type, that ended before this"
                + " one started), or of the job given with --with, with no window.",
                "Columns: change (new, still failing or fixed), then the job's columns (fixed rows carry the"
                        + " other job's cells), then earlierReason: the other job's reason where a still failing"
                        + " item's reason changed. The same item: the same GUID where both jobs have a GUID column,"
                        + " else the same path (Windows-style paths ignoring case).",
                "A summary line goes to stderr: \"2 new · 5 still failing · 1 fixed since job 45912, 2026-11-30 22:04\".",
                "The password comes as for export: FIV_PASSWORD, else --password-file, else a saved session,"
                        + " else a prompt when a console is attached."},
        footer = {"", CompareCommand.EXIT_CODES, "",
                "Examples:",
                "  FIV_PASSWORD=... failed-items-viewer compare --server commserve.example.com --user reports \\",
                "      --job 45979 -o changes.csv",
                "  failed-items-viewer compare --server cs.example.com --user admin --job 45979 --with 45912 \\",
                "      --known team-rules.json --hide-known --format json | jq '.[] | select(.change == \"new\")'"})
final class CompareCommand implements Callable<Integer> {
    static final String EXIT_CODES = """
            Exit codes (as for export):
              0  success (also when nothing changed, or neither job has failed items)
              1  the output could not be written (disk full, no permission, closed pipe)
              2  usage error: unknown option; missing or invalid --job or --with, server,
                 fingerprint or file (a --known rules file that cannot be read)
              3  authentication failed: bad credentials, locked account, no password,
                 or a token that expired and could not be renewed
              4  a job not found, or no previous run found: give the job to compare
                 with, --with <id>
              5  server or response error: HTTP 5xx, a Commvault error body (its
                 errorMessage is shown), an HTML page, a malformed or cut-off answer
              6  network or TLS error: refused, timeout, unknown host, untrusted
                 certificate (its SHA-256 fingerprint is shown)""";

    @Mixin
    ServerOptions server;

    @Option(names = "--job", paramLabel = "<id>", order = 20, description = "the job ID")
    String job;

    @Option(names = "--with", paramLabel = "<id>", order = 21,
            description = "the job to compare with; default: the job's previous run")
    String with;

    @Mixin
    OutputOptions output;

    @Mixin
    KnownOptions known;

    @Mixin
    MessageOptions messageOptions;

    private final CliEnvironment environment;

    CompareCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Messages messages = messageOptions.messages(environment);
        ComparePlan plan;
        try {
            plan = plan();
        } catch (ApiException e) {
            messages.error(e.getMessage(), e);
            return ExitCodes.USAGE;
        }
        return new CompareRun(environment, messages).run(plan);
    }

    /** Everything that can be checked without the network, so a bad option sends nothing. */
    private ComparePlan plan() throws ApiException {
        if (!server.given()) {
            throw UsageErrors.invalid("Give the CommServe with --server <url> and the job with --job <id>.");
        }
        ServerConnection connection = server.connection();
        if (job == null) {
            throw UsageErrors.invalid("Give the job ID with --job <id>.");
        }
        long jobId = JobId.parse(job);
        long withId = 0;
        if (with != null) {
            try {
                withId = JobId.parse(with);
            } catch (ApiException e) {
                throw UsageErrors.invalid("--with: " + e.getMessage());
            }
            if (withId == jobId) {
                throw UsageErrors.invalid("--with " + withId + " is the job itself: give an earlier job to compare"
                        + " with, or leave out --with for its previous run.");
            }
        }
        return new ComparePlan(connection, jobId, withId, output.target(), output.exportOptions(), known.filter());
    }
}
