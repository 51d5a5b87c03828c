package app.fiv.cli;

import app.fiv.io.ExportOptions;
import java.nio.file.Path;

/**
 * A checked export: everything the options said, validated before anything is sent.
 *
 * @param connection  the CommServe, or null for a saved answer
 * @param savedAnswer the saved answer to export instead of a job, or null
 * @param output      the file to write, or null for stdout
 * @param known       the known failures to mark or leave out, or null
 */
record ExportPlan(ServerConnection connection, long jobId, Path savedAnswer, Path output, ExportOptions options,
                  KnownOptions.KnownFilter known) {
}
