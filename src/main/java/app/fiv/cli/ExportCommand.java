package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.ClientTimeouts;
import app.fiv.api.JobId;
import app.fiv.api.ServerAddress;
import app.fiv.api.TlsTrust;
import app.fiv.api.WireFormat;
import app.fiv.io.ExportFormat;
import app.fiv.io.ExportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export}: one job's failed items to a file or stdout. */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Exports the failed items of one backup job as CSV, TSV or JSON, with no window.",
                "The password comes from the environment variable FIV_PASSWORD, else --password-file,"
                        + " else a session saved by the app (\"Remember me\") for that server and user,"
                        + " else a prompt when a console is attached. Never from an argument."},
        footer = {"", ExitCodes.HELP, "",
                "Examples:",
                "  FIV_PASSWORD=... java -jar failed-items-viewer.jar export \\",
                "      --server commserve.example.com --user reports --job 12345 -o job-12345.csv",
                "  java -jar failed-items-viewer.jar export --server https://cs.example.com/webconsole/api \\",
                "      --user admin --password-file ~/.fiv-password --job 12345 --format json - | jq ."})
final class ExportCommand implements Callable<Integer> {
    enum Format { csv, tsv, json }

    enum Accept { json, xml }

    @Option(names = "--server", required = true, paramLabel = "<url>",
            description = "CommServe host name or web service URL, e.g. commserve.example.com or https://commserve.example.com/commandcenter/api")
    String server;

    @Option(names = "--user", required = true, paramLabel = "<name>", description = "Commvault user name (or DOMAIN\\user)")
    String user;

    @Option(names = "--job", required = true, paramLabel = "<id>", description = "the job ID")
    String job;

    @Option(names = {"-o", "--output"}, paramLabel = "<file>", defaultValue = "-",
            description = "file to write (replaced only if the export succeeds), or - for stdout (default)")
    String output;

    @Parameters(arity = "0..1", paramLabel = "-", description = "write to stdout (the default)")
    String dash;

    @Option(names = "--format", paramLabel = "csv|tsv|json", defaultValue = "csv",
            description = "output format (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--accept", paramLabel = "json|xml", defaultValue = "json",
            description = "format asked of the CommServe (default: ${DEFAULT-VALUE})")
    Accept accept;

    @Option(names = "--connect-timeout", paramLabel = "<seconds>", defaultValue = "" + ClientTimeouts.DEFAULT_CONNECT_SECONDS,
            description = "give up connecting after this long (default: ${DEFAULT-VALUE})")
    long connectTimeout;

    @Option(names = "--answer-timeout", paramLabel = "<seconds>", defaultValue = "" + ClientTimeouts.DEFAULT_ANSWER_SECONDS,
            description = "give up when the CommServe has not started answering after this long (default: ${DEFAULT-VALUE})")
    long answerTimeout;

    @Option(names = "--stall-timeout", paramLabel = "<seconds>", defaultValue = "" + ClientTimeouts.DEFAULT_STALL_SECONDS,
            description = "give up when an answer stops arriving for this long (default: ${DEFAULT-VALUE})")
    long stallTimeout;

    @Option(names = "--password-file", paramLabel = "<file>", description = "file whose first line is the password")
    Path passwordFile;

    @Option(names = "--trust-fingerprint", paramLabel = "<sha256>",
            description = "trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional)")
    String trustFingerprint;

    @Option(names = "--ca-file", paramLabel = "<pem>", description = "also trust the CA certificates in this PEM file")
    Path caFile;

    @Option(names = "--excel-safe", description = "prefix cells starting with = + - @ (also after spaces or controls,"
            + " or full-width), a tab or CR with ' so spreadsheets do not run them")
    boolean excelSafe;

    @Option(names = "--no-header", description = "leave out the header row (CSV and TSV)")
    boolean noHeader;

    @Option(names = "--quiet", description = "no progress or notes on stderr; errors are still shown")
    boolean quiet;

    @Option(names = "--debug", description = "add stack traces to error messages")
    boolean debug;

    private final CliEnvironment environment;

    ExportCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        Messages messages = new Messages(environment.stderr(), quiet, debug);
        ExportRequest request;
        try {
            request = validate();
        } catch (ApiException e) {
            messages.error(e.getMessage(), e);
            return ExitCodes.USAGE;
        }
        return new ExportRun(environment, messages).run(request);
    }

    /** Everything that can be checked without the network, so a bad option sends nothing. */
    private ExportRequest validate() throws ApiException {
        long jobId = JobId.parse(job);
        ServerAddress address = ServerAddress.parse(server);
        if (user.isBlank()) {
            throw invalid("Give a Commvault user name with --user.");
        }
        if (dash != null && !dash.equals("-")) {
            throw invalid("Unexpected argument \"" + dash + "\": give the output file with --output, or - for stdout.");
        }
        if (dash != null && !output.equals("-")) {
            throw invalid("Give either --output " + output + " or -, not both.");
        }
        Path target = output.equals("-") ? null : Path.of(output).toAbsolutePath();
        if (target != null && (target.getParent() == null || !Files.isDirectory(target.getParent()))) {
            throw invalid("The folder of --output " + output + " does not exist.");
        }
        if (target != null && Files.isDirectory(target)) {
            throw invalid("--output " + output + " is a folder; give a file name.");
        }
        if (passwordFile != null && !Files.isRegularFile(passwordFile)) {
            throw invalid("The password file " + passwordFile + " does not exist.");
        }
        if (trustFingerprint != null && caFile != null) {
            throw invalid("Give either --trust-fingerprint or --ca-file, not both.");
        }
        TlsTrust trust = trustFingerprint != null ? TlsTrust.pinned(trustFingerprint)
                : caFile != null ? TlsTrust.withCaFile(caFile) : TlsTrust.systemDefault();
        ExportOptions options = new ExportOptions(ExportFormat.parse(format.name()), !noHeader, excelSafe, false);
        WireFormat wire = accept == Accept.xml ? WireFormat.XML : WireFormat.JSON;
        return new ExportRequest(address, user.strip(), jobId, target, options, wire, timeouts(), passwordFile, trust);
    }

    private ClientTimeouts timeouts() throws ApiException {
        try {
            return ClientTimeouts.ofSeconds(connectTimeout, answerTimeout, stallTimeout);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static ApiException invalid(String message) {
        return new ApiException(ApiException.Kind.INVALID_INPUT, message);
    }
}
