package app.fiv.cli;

import app.fiv.api.ApiException;

/** The command line's exit codes, as documented in {@code --help} and the README. */
final class ExitCodes {
    static final int OK = 0;
    /** The output could not be written, or an unexpected failure. */
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int AUTHENTICATION = 3;
    static final int NOT_FOUND = 4;
    /** {@code compare}: the job's previous run (or the job of --with) cannot be found; as a job not found. */
    static final int NO_PREVIOUS_RUN = NOT_FOUND;
    static final int SERVER = 5;
    static final int NETWORK = 6;
    /** Some of several jobs could not be read (each is named on stderr); the others were written. */
    static final int PARTIAL = 7;

    static final String HELP = """
            Exit codes:
              0  success (also for a job with no failed items: header only)
              1  the output could not be written (disk full, no permission, closed pipe)
              2  usage error: unknown option; missing or invalid job ID, server,
                 fingerprint or file (a token file missing, unreadable or without
                 both tokens; a --known rules file that cannot be read; a
                 --from-file answer that does not exist)
              3  authentication failed: bad credentials, locked account, no password,
                 a token that expired and could not be renewed, an access token whose
                 renewal was refused, or a token file that cannot be rewritten
              4  job not found (compare: also no previous run found; give --with <id>)
              5  server or response error: HTTP 5xx, a Commvault error body (its
                 errorMessage is shown), an HTML page, a malformed or cut-off answer
                 (also in a --from-file saved answer)
              6  network or TLS error: refused, timeout, unknown host, untrusted
                 certificate (its SHA-256 fingerprint is shown)
              7  partial result: some of several jobs (--job given more than once,
                 or --since) could not be read; each is named on stderr with its
                 reason, the others are written. When none can be read, nothing is
                 written and the code is that of the first job's failure""";

    private ExitCodes() {
    }

    static int of(ApiException.Kind kind) {
        return switch (kind) {
            case INVALID_INPUT -> USAGE;
            case AUTHENTICATION -> AUTHENTICATION;
            case NOT_FOUND -> NOT_FOUND;
            case SERVER -> SERVER;
            case NETWORK -> NETWORK;
        };
    }
}
