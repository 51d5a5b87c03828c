package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.logging.Logs;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.login.LoginViewModel;
import app.fiv.ui.task.DirectTaskExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.beans.value.ObservableValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole session (log in, fetch, a renewal after a 401, errors, a refused renewal, a wrong
 * password, log out) with the app's log file on, then every text the admin saw and the log file
 * are searched for the tokens and the password.
 */
class NoSecretsLeakTest {
    private static final String WRONG_PASSWORD = "Wr0ng-Pa55word!";

    @TempDir
    Path config;
    private final Preferences preferences = Preferences.userRoot().node("app/fiv/tests/leak-" + System.nanoTime());
    private final List<String> shown = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    @AfterEach
    void restoreLogging() throws Exception {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.close();
        }
        LogManager.getLogManager().readConfiguration();
        preferences.removeNode();
    }

    private void record(ObservableValue<String> text) {
        text.addListener((p, old, now) -> shown.add(now));
    }

    @Test
    void noTokenOrPasswordReachesTheLogOrAnyMessage() throws Exception {
        Path logs = Logs.install(config, Level.OFF);
        try (DemoCommServe demo = DemoCommServe.start()) {
            AppSettings settings = new AppSettings(preferences);
            TrustedClients clients = new TrustedClients(settings.deviceId(), settings);
            FileTokenStore store = new FileTokenStore(config.resolve("tokens.json"));
            SessionStore sessions = new SessionStore(settings, store, clients);
            DirectTaskExecutor executor = new DirectTaskExecutor();
            FakeLogins logins = new FakeLogins();
            MainViewModel model = MainModels.create(sessions, executor, settings, logins);
            record(model.messages().statusProperty());
            record(model.messages().errorProperty());
            model.session().sessionProperty().addListener((p, old, now) -> {
                if (now != null) {
                    tokens.add(now.token());
                }
            });

            LoginViewModel login = new LoginViewModel(clients, sessions, () -> {
                throw new AssertionError("no demo here");
            }, executor, new FakeDialogs());
            record(login.errorProperty());
            record(login.infoProperty());
            model.session().logIn();
            login.setOnLoggedIn(logins::answer);
            login.serverProperty().set(demo.webServiceUrl().toString());
            login.userProperty().set(DemoCommServe.USER);
            login.passwordProperty().set(WRONG_PASSWORD);
            login.login();
            assertThat(login.errorProperty().get()).startsWith("Invalid username or password");
            login.passwordProperty().set(DemoCommServe.PASSWORD);
            login.login();
            assertThat(login.passwordProperty().get()).as("the password is cleared after logging in").isEmpty();

            fetch(model, DemoJobs.LIST_SAMPLE);
            demo.expireAllTokens();
            fetch(model, DemoJobs.LINUX_SERVER);
            assertThat(tokens).as("the token was renewed").hasSize(2);
            fetch(model, DemoJobs.SERVER_ERROR_500);
            fetch(model, DemoJobs.MISSING);
            demo.expireAllTokens();
            demo.setRenewalEnabled(false);
            fetch(model, DemoJobs.CSV_SAMPLE);
            logins.logIn(model.session(), new Session(demo.webServiceUrl(), DemoCommServe.USER, "QSDK 9f8e7d6c5b4a39281706f5e4d3c2b1a0"));
            model.logOut();
            executor.messages().forEach(shown::add);
            shown.addAll(logins.reasons());
        }
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        String log;
        try (Stream<Path> files = Files.list(logs)) {
            log = String.join("\n", files.map(NoSecretsLeakTest::read).toList());
        }
        assertThat(log).as("the session was logged").contains("Renewed the session of demo")
                .contains("Logging out demo").contains("failed (");
        List<String> secrets = new ArrayList<>(List.of(DemoCommServe.PASSWORD, WRONG_PASSWORD,
                base64(DemoCommServe.PASSWORD), base64(WRONG_PASSWORD)));
        tokens.forEach(token -> secrets.add(token.replace("QSDK ", "")));
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(7);
        assertThat(shown).isNotEmpty();
        for (String secret : secrets) {
            assertThat(log).as("the log file").doesNotContain(secret);
            assertThat(shown).as("status, error and login texts").noneMatch(text -> text != null && text.contains(secret));
        }
    }

    private static void fetch(MainViewModel model, long jobId) {
        model.fetch().jobIdTextProperty().set(String.valueOf(jobId));
        model.fetch().search();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
