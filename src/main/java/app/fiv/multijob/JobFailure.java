package app.fiv.multijob;

import app.fiv.api.ApiException;

/**
 * A job of a multi-job fetch that could not be read, and why, in the client's own words.
 *
 * @param rowsKept rows of the job that were passed on before it failed (a download cut off
 *                 midway, on the command line); 0 when none were
 */
public record JobFailure(long jobId, ApiException error, long rowsKept) {
    /** A few words for a list of failed jobs: "not found", "server error", "network error". */
    public String shortReason() {
        return switch (error.kind()) {
            case NOT_FOUND -> "not found";
            case SERVER -> "server error";
            case NETWORK -> "network error";
            case AUTHENTICATION -> "not allowed";
            case INVALID_INPUT -> "invalid";
        };
    }

    /** "45001 (not found)". */
    public String label() {
        return jobId + " (" + shortReason() + ")";
    }

    /** The readable message of the failure, as for one job. */
    public String message() {
        return error.getMessage();
    }
}
