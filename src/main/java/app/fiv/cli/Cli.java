package app.fiv.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The headless command line. It knows no JavaFX, so {@code export}, {@code jobs}, {@code --help} and
 * {@code --version} work with no display at all.
 */
public final class Cli {
    private Cli() {
    }

    /** Whether these arguments are for the command line rather than the window. */
    public static boolean handles(String[] args) {
        for (String arg : args) {
            if (!arg.equals("--demo")) {
                return true;
            }
        }
        return false;
    }

    /** Runs and exits with the command's exit code (needed anyway: a keyring library may leave threads behind). */
    public static void main(String[] args) {
        System.exit(run(args, CliEnvironment.system()));
    }

    static int run(String[] args, CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new RootCommand())
                .addSubcommand(new CommandLine(new ExportCommand(environment)))
                .addSubcommand(new CommandLine(new CompareCommand(environment)))
                .addSubcommand(new CommandLine(new JobsCommand(environment)))
                .addSubcommand(new CommandLine(new DetailsCommand(environment)))
                .addSubcommand(new CommandLine(new ResubmitCommand(environment)));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(environment.stdout(), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(environment.stderr(), true);
        for (CommandLine command : commands(commandLine)) {
            command.setOut(out);
            command.setErr(err);
            command.setCaseInsensitiveEnumValuesAllowed(true);
            command.setExecutionExceptionHandler((e, cmd, parsed) -> {
                err.println("Error: unexpected failure: " + e);
                return ExitCodes.FAILED;
            });
        }
        int code = commandLine.execute(args);
        out.flush();
        return code;
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        all.addAll(root.getSubcommands().values());
        return all;
    }
}
