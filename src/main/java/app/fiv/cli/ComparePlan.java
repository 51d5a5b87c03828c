package app.fiv.cli;

import app.fiv.io.ExportOptions;
import java.nio.file.Path;

/**
 * A checked comparison: everything the options said, validated before anything is sent.
 *
 * @param withJobId the job to compare with, or 0 for the job's previous run
 * @param output    the file to write, or null for stdout
 * @param known     the known failures to mark or leave out, or null
 */
record ComparePlan(ServerConnection connection, long jobId, long withJobId, Path output, ExportOptions options,
                   KnownOptions.KnownFilter known) {
}
