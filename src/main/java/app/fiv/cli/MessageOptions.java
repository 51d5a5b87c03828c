package app.fiv.cli;

import picocli.CommandLine.Option;

/** How much a command says on stderr. */
final class MessageOptions {
    @Option(names = "--quiet", order = 90, description = "no progress or notes on stderr; errors are still shown")
    boolean quiet;

    @Option(names = "--debug", order = 91, description = "add stack traces to error messages")
    boolean debug;

    Messages messages(CliEnvironment environment) {
        return new Messages(environment.stderr(), quiet, debug);
    }
}
