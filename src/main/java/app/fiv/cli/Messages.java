package app.fiv.cli;

import app.fiv.model.ServerText;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Messages on stderr: progress and notes unless {@code --quiet}, errors always, stack traces with
 * {@code --debug}. Every line goes through {@link ServerText#clean}, whatever it quotes (a server's
 * error, a job's client name, a column name), so nothing a server sends can move the cursor,
 * clear the screen, retitle the terminal or start a line of its own.
 */
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
            line(message);
        }
    }

    void warning(String message) {
        line("Warning: " + message);
    }

    void error(String message, Throwable cause) {
        line("Error: " + message);
        if (debug && cause != null) {
            StringWriter trace = new StringWriter();
            cause.printStackTrace(new PrintWriter(trace));
            trace.toString().lines().forEach(this::line);
        }
    }

    private void line(String text) {
        err.println(ServerText.clean(text));
    }
}
