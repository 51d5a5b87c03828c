package app.fiv.cli;

import app.fiv.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The jar's command line: the window by default, {@code export} and {@code jobs} for scripts. */
@Command(name = "failed-items-viewer", mixinStandardHelpOptions = true, versionProvider = RootCommand.VersionText.class,
        synopsisSubcommandLabel = "[COMMAND]",
        description = {"Shows the failed items of Commvault backup jobs.",
                "Without a command it opens the window (needs a display); the commands run without one."},
        footer = {"", ExitCodes.HELP, "", "Run 'failed-items-viewer COMMAND --help' for a command's options."})
final class RootCommand implements Runnable {
    @Option(names = "--demo", description = "open the window, start the built-in demo CommServe and log in to it")
    boolean demo;

    @Override
    public void run() {
        // Reached only without a subcommand, which the launcher sends to the window instead.
    }

    static final class VersionText implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Failed Items Viewer " + Version.current()};
        }
    }
}
