package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.io.AtomicFile;
import app.fiv.io.ExportOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Where an export's rows go: stdout, or a file written whole or not at all ({@link AtomicFile}:
 * an API failure midway leaves the file as it was), its header rewritten when columns appeared
 * late ({@link HeaderFix}).
 */
final class ExportTarget {
    private ExportTarget() {
    }

    /** Fills the export's sink; may wrap it (known failures) before streaming into it. */
    @FunctionalInterface
    interface Filling {
        void fill(ExportSink sink) throws ApiException;
    }

    /** @param output the file, or null for stdout */
    static ExportSink write(CliEnvironment environment, Path output, ExportOptions options, Filling filling)
            throws IOException, ApiException {
        if (output == null) {
            OutputStream stdout = environment.stdout();
            ExportSink sink = new ExportSink(stdout, options);
            filling.fill(sink);
            stdout.flush();
            return sink;
        }
        ExportSink[] written = new ExportSink[1];
        try {
            AtomicFile.write(output, out -> {
                written[0] = new ExportSink(out, options);
                try {
                    filling.fill(written[0]);
                } catch (ApiException e) {
                    // Through AtomicFile, which then removes its temporary file: the old file stays as it was.
                    throw new ExportFailure(e);
                }
            }, new HeaderFix(() -> written[0], options));
        } catch (ExportFailure e) {
            throw e.api;
        }
        return written[0];
    }

    /** Carries an API error out of {@link AtomicFile}'s content callback, which may only throw I/O errors. */
    private static final class ExportFailure extends IOException {
        private final transient ApiException api;

        ExportFailure(ApiException api) {
            super(api.getMessage(), api);
            this.api = api;
        }
    }
}
