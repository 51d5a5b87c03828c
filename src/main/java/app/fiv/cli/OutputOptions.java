package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where and how a command writes its rows: a file (replaced only when complete) or stdout, CSV, TSV or JSON. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "<file>", defaultValue = "-", order = 30,
            description = "file to write (replaced only if the command succeeds), or - for stdout (default)")
    String output;

    @Parameters(arity = "0..1", paramLabel = "-", description = "write to stdout (the default)")
    String dash;

    @Option(names = "--format", paramLabel = "csv|tsv|json", defaultValue = "csv", order = 31,
            description = "output format (default: ${DEFAULT-VALUE})")
    ExportFormat format;

    @Option(names = "--excel-safe", order = 32,
            description = "prefix cells starting with = + - @ (also after spaces or controls, or full-width), a tab"
                    + " or CR with ' so spreadsheets do not run them")
    boolean excelSafe;

    @Option(names = "--no-header", order = 33, description = "leave out the header row (CSV and TSV)")
    boolean noHeader;

    /** The file to write, or null for stdout; its folder must exist. */
    Path target() throws ApiException {
        if (dash != null && !dash.equals("-")) {
            throw UsageErrors.invalid("Unexpected argument \"" + dash + "\": give the output file with --output, or - for stdout.");
        }
        if (dash != null && !output.equals("-")) {
            throw UsageErrors.invalid("Give either --output " + output + " or -, not both.");
        }
        Path target = output.equals("-") ? null : Path.of(output).toAbsolutePath();
        if (target != null && (target.getParent() == null || !Files.isDirectory(target.getParent()))) {
            throw UsageErrors.invalid("The folder of --output " + output + " does not exist.");
        }
        if (target != null && Files.isDirectory(target)) {
            throw UsageErrors.invalid("--output " + output + " is a folder; give a file name.");
        }
        return target;
    }

    ExportOptions exportOptions() {
        return new ExportOptions(format, !noHeader, excelSafe, false);
    }
}
