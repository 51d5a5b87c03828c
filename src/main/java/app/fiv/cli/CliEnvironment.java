package app.fiv.cli;

import app.fiv.settings.AppSettings;
import app.fiv.settings.ConfigDir;
import app.fiv.settings.TokenStore;
import app.fiv.settings.TokenStores;
import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the command line takes from the world, so tests can run it in-process with their own
 * streams, environment, prompt and token store.
 *
 * @param stdout   where data goes (raw bytes: a closed pipe must show as an error, which a
 *                 {@link PrintStream} would swallow)
 * @param stderr   where messages go
 * @param env      environment variables
 * @param prompt   asks for a password or a confirmation when a console is attached; empty when there is none
 * @param tokens   opens the token store, only when a stored token is looked for
 * @param deviceId the installation's device ID, shared with the app so its saved tokens can be renewed
 */
record CliEnvironment(OutputStream stdout, PrintStream stderr, Function<String, String> env,
                      Supplier<Optional<PasswordPrompt>> prompt, Supplier<TokenStore> tokens,
                      Supplier<String> deviceId) {

    /** Asks the person at the console for a password, or a yes/no question. */
    @FunctionalInterface
    interface PasswordPrompt {
        Optional<char[]> ask(String question);

        /** True for yes; empty when there is no answer (end of input) or this prompt reads passwords only. */
        default Optional<Boolean> confirm(String question) {
            return Optional.empty();
        }
    }

    /**
     * From Java 22 on, {@code System.console()} may give a console whose input and output are not a
     * terminal (a pipe, a closed stdin); {@code Console.isTerminal()} tells. Java 17 to 21 give none then.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | ClassCastException olderJava) {
            return true;
        }
    }

    /** "y" and "yes" in any case are yes; anything else, an empty line included, is no. */
    static boolean meansYes(String answer) {
        String word = answer.strip();
        return word.equalsIgnoreCase("y") || word.equalsIgnoreCase("yes");
    }

    static CliEnvironment system() {
        return new CliEnvironment(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                System::getenv,
                CliEnvironment::consolePrompt,
                () -> TokenStores.open(ConfigDir.resolve()),
                () -> AppSettings.userDefault().deviceId());
    }

    private static Optional<PasswordPrompt> consolePrompt() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return Optional.empty();
        }
        return Optional.of(new PasswordPrompt() {
            @Override
            public Optional<char[]> ask(String question) {
                return Optional.ofNullable(console.readPassword("%s", question));
            }

            @Override
            public Optional<Boolean> confirm(String question) {
                return Optional.ofNullable(console.readLine("%s", question)).map(CliEnvironment::meansYes);
            }
        });
    }
}
