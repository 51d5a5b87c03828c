package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.settings.TokenStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the command line in-process with captured streams, and checks that no secret ever shows. */
final class CliRun {
    static final String DEVICE_ID = "cli-test-device";

    final Map<String, String> env = new HashMap<>();
    /** More secrets that must never be printed, e.g. the tokens of a token file. */
    final List<String> secrets = new ArrayList<>();
    TokenStore tokens = new MemoryTokenStore();
    CliEnvironment.PasswordPrompt prompt;

    int exitCode;
    String stdout;
    String stderr;

    CliRun password(String password) {
        env.put("FIV_PASSWORD", password);
        return this;
    }

    CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment environment = new CliEnvironment(out, new PrintStream(err, true, StandardCharsets.UTF_8),
                env::get, () -> Optional.ofNullable(prompt), () -> tokens, () -> DEVICE_ID);
        exitCode = Cli.run(args, environment);
        stdout = out.toString(StandardCharsets.UTF_8);
        stderr = err.toString(StandardCharsets.UTF_8);
        assertNoSecrets(stdout + stderr);
        for (String secret : secrets) {
            assertThat(stdout + stderr).as("a secret was printed").doesNotContain(secret);
        }
        return this;
    }

    CliRun secrets(String... more) {
        secrets.addAll(List.of(more));
        return this;
    }

    /** Neither a token nor the demo password (plain or as sent, Base64) may ever be printed. */
    static void assertNoSecrets(String printed) {
        assertThat(printed).doesNotContain("QSDK ");
        assertThat(printed.replace("failed-items-viewer", "")).doesNotContain(DemoCommServe.PASSWORD);
        assertThat(printed).doesNotContain(Base64.getEncoder().encodeToString(
                DemoCommServe.PASSWORD.getBytes(StandardCharsets.UTF_8)));
    }
}
