package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.Credential;
import app.fiv.demo.AccessTokenPair;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.logging.Logs;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.login.LoginMode;
import app.fiv.ui.login.LoginViewModel;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.task.DirectTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * NoSecretsLeakTest for access tokens: a pasted pair that had expired (renewed at login), fetches,
 * a renewal after a 401, errors, a malformed pair, a refused renewal, a new pair, log out; then the
 * log file and every text the admin saw are searched for every access and refresh token of the run.
 */
class AccessTokenNoLeakTest {
    @TempDir
    Path config;
    private final Preferences preferences = Preferences.userRoot().node("app/fiv/tests/token-leak-" + System.nanoTime());
    private final List<String> shown = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();

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

    private AccessTokenPair issued(DemoCommServe demo) {
        AccessTokenPair pair = demo.issueAccessToken();
        secrets.add(pair.accessToken());
        secrets.add(pair.refreshToken());
        return pair;
    }

    @Test
    void noAccessOrRefreshTokenReachesTheLogOrAnyMessage() throws Exception {
        Path logs = Logs.install(config, Level.OFF);
        try (DemoCommServe demo = DemoCommServe.start()) {
            AppSettings settings = new AppSettings(preferences);
            TrustedClients clients = new TrustedClients(settings.deviceId(), settings);
            SessionStore sessions = new SessionStore(settings, new FileTokenStore(config.resolve("tokens.json")), clients);
            DirectTaskExecutor executor = new DirectTaskExecutor();
            FakeLogins logins = new FakeLogins();
            MainViewModel model = MainModels.create(sessions, executor, settings, logins);
            record(model.messages().statusProperty());
            record(model.messages().errorProperty());
            model.session().sessionProperty().addListener((p, old, now) -> {
                if (now != null && now.credential() instanceof Credential.AccessToken pair) {
                    secrets.add(pair.accessToken());
                    secrets.add(pair.refreshToken());
                }
            });
            LoginViewModel login = new LoginViewModel(clients, sessions, () -> {
                throw new AssertionError("no demo here");
            }, executor, new FakeDialogs());
            record(login.errorProperty());
            record(login.infoProperty());
            login.setOnLoggedIn(logins::answer);
            login.serverProperty().set(demo.webServiceUrl().toString());
            login.modeProperty().set(LoginMode.ACCESS_TOKEN);

            model.session().logIn();
            AccessTokenPair first = issued(demo);
            login.accessTokenProperty().set(first.accessToken() + " x");
            login.refreshTokenProperty().set(first.refreshToken());
            login.login();
            assertThat(login.errorProperty().get()).contains("contains spaces");
            demo.expireAccessTokens();
            login.accessTokenProperty().set(first.toJson());
            login.login();
            assertThat(model.session().sessionProperty().get()).as("logged in after a renewal").isNotNull();

            fetch(model, DemoJobs.LIST_SAMPLE);
            demo.expireAccessTokens();
            fetch(model, DemoJobs.LINUX_SERVER);
            fetch(model, DemoJobs.SERVER_ERROR_500);
            fetch(model, DemoJobs.MISSING);
            demo.expireAccessTokens();
            demo.reachRenewableLimit();
            fetch(model, DemoJobs.CSV_SAMPLE);
            assertThat(logins.reasons()).singleElement().asString().contains("can no longer be renewed");
            AccessTokenPair second = issued(demo);
            login.accessTokenProperty().set(second.accessToken());
            login.refreshTokenProperty().set(second.refreshToken());
            login.login();
            model.logOut();
            assertThat(demo.accessTokenRenewals()).as("at login and after a 401").isEqualTo(2);
            executor.messages().forEach(shown::add);
            shown.addAll(logins.reasons());
        }
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        String log;
        try (Stream<Path> files = Files.list(logs)) {
            log = String.join("\n", files.map(AccessTokenNoLeakTest::read).toList());
        }
        assertThat(log).as("the session was logged").contains("with an access token").contains("Renewed the access token of demo")
                .contains("renewable until").contains("Logging out demo").contains("failed (");
        assertThat(secrets).as("two pasted pairs, one renewed at login, one after a 401").hasSizeGreaterThanOrEqualTo(8);
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
