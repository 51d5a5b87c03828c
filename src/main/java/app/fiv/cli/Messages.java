package app.fiv.cli;

import java.io.PrintStream;

/** Messages on stderr: progress and notes unless {@code --quiet}, errors always, stack traces with {@code --debug}. */
final class Messages {
    private final PrintStream err;
    private final boolean quiet;
    private final boolean debug;

    Messages(PrintStream err, boolean quiet, boolean debug) {
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
    }

    void info(String message) {
        if (!quiet) {
            err.println(message);
        }
    }

    void warning(String message) {
        err.println("Warning: " + message);
    }

    void error(String message, Throwable cause) {
        err.println("Error: " + message);
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
    }
}
