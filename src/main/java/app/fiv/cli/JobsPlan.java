package app.fiv.cli;

import app.fiv.io.ExportOptions;
import app.fiv.joblist.JobListFilter;
import java.nio.file.Path;

/**
 * A checked {@code jobs} run: everything the options said, validated before anything is sent.
 *
 * @param output the file to write, or null for stdout
 */
record JobsPlan(ServerConnection connection, JobListFilter filter, Path output, ExportOptions options) {
}
