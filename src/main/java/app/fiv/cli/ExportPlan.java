package app.fiv.cli;

import app.fiv.api.ClientTimeouts;
import app.fiv.api.ServerAddress;
import app.fiv.api.TlsTrust;
import app.fiv.api.WireFormat;
import app.fiv.io.ExportOptions;
import java.nio.file.Path;

/**
 * A checked export: everything the options said, validated before anything is sent.
 *
 * @param output the file to write, or null for stdout
 */
record ExportPlan(ServerAddress server, String user, long jobId, Path output, ExportOptions options,
                     WireFormat accept, ClientTimeouts timeouts, Path passwordFile, TlsTrust trust) {
}
