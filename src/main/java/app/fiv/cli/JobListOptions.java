package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.joblist.JobListFilter;
import app.fiv.joblist.Lookback;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which finished jobs: {@code --since}, {@code --client}, {@code --all-types}, {@code --with-failures},
 * as {@code jobs} lists them and {@code export --since} exports them; one parsing for both.
 */
final class JobListOptions {
    static final String DEFAULT_SINCE = "24h";

    @Option(names = "--since", paramLabel = "<span>", order = 22,
            description = "jobs that finished within this span before now: a whole number with m, h or d,"
                    + " e.g. 90m, 24h, 7d (jobs: default " + DEFAULT_SINCE + ")")
    String since;

    @Option(names = "--client", paramLabel = "<name>", order = 23,
            description = "only the jobs of this client (its name, any case); repeat for more clients")
    List<String> clients = new ArrayList<>();

    @Option(names = "--all-types", order = 24,
            description = "every job type (restores, aux copies, ...); default: backup jobs only")
    boolean allTypes;

    @Option(names = "--with-failures", order = 25,
            description = "only the jobs with failures: status Failed, Failed to Start, Killed or Completed w/ one or"
                    + " more errors, or any failed files or folders (also under a status of Completed)")
    boolean withFailures;

    /** True when any of the options was given. */
    boolean given() {
        return since != null || !clients.isEmpty() || allTypes || withFailures;
    }

    /** The first of the options given, for a message that names it. */
    String firstGiven() {
        return since != null ? "--since" : !clients.isEmpty() ? "--client" : allTypes ? "--all-types" : "--with-failures";
    }

    /** The filter, with {@code defaultSince} when --since is not given; a bad span or client name is a usage error. */
    JobListFilter filter(String defaultSince) throws ApiException {
        String span = since != null ? since : defaultSince;
        Lookback lookback;
        try {
            lookback = Lookback.parse(span);
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
