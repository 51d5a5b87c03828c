package app.fiv.cli;

import app.fiv.io.ExportOptions;
import java.nio.file.Path;

/**
 * A checked export: everything the options said, validated before anything is sent.
 *
 * @param output the file to write, or null for stdout
 */
record ExportPlan(ServerConnection connection, long jobId, Path output, ExportOptions options) {
}
