package app.fiv.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CommServeClient;
import app.fiv.demo.DemoCommServe;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login form offers the servers used before, each with its user name and its own saved token. */
class KnownServersTest {
    @TempDir
    Path folder;
    private Preferences preferences;
    private AppSettings settings;
    private FileTokenStore tokens;

    @BeforeEach
    void setUp() {
        preferences = Preferences.userRoot().node("app/fiv/tests/known-" + System.nanoTime());
        settings = new AppSettings(preferences);
        tokens = new FileTokenStore(folder.resolve("tokens.json"));
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    private LoginViewModel form() {
        TrustedClients clients = new TrustedClients("known-test", settings);
        return new LoginViewModel(clients, new SessionStore(settings, tokens, clients), () -> {
            throw new AssertionError("no demo here");
        }, new DirectTaskExecutor(), new FakeDialogs());
    }

    @Test
    void pickingAServerUsedBeforeFillsInItsUser() {
        settings.rememberLogin("https://cs-a.example.com/commandcenter/api", "alice");
        settings.rememberLogin("https://cs-b.example.com/webconsole/api", "DOMAIN\\bob");
        LoginViewModel form = form();

        assertThat(form.knownServers()).containsExactly("https://cs-b.example.com/webconsole/api",
                "https://cs-a.example.com/commandcenter/api");
        assertThat(form.userProperty().get()).isEqualTo("DOMAIN\\bob");

        form.serverProperty().set("https://cs-a.example.com/commandcenter/api");
        assertThat(form.userProperty().get()).isEqualTo("alice");

        form.serverProperty().set("https://new.example.com");
        assertThat(form.userProperty().get()).as("a new server keeps what was typed").isEqualTo("alice");
    }

    @Test
    void eachServerKeepsItsOwnToken() throws Exception {
        try (DemoCommServe first = DemoCommServe.start(); DemoCommServe second = DemoCommServe.start()) {
            CommServeClient client = TestClients.json("known-test");
            SessionStore sessions = new SessionStore(settings, tokens, Clients.of(client));
            for (DemoCommServe server : new DemoCommServe[] {first, second}) {
                sessions.remember(DemoLogins.logIn(client, server), true);
            }

            String firstToken = tokens.load(first.webServiceUrl().toString(), DemoCommServe.USER).orElseThrow();
            String secondToken = tokens.load(second.webServiceUrl().toString(), DemoCommServe.USER).orElseThrow();
            assertThat(firstToken).isNotEqualTo(secondToken);
            assertThat(form().knownServers()).containsExactly(second.webServiceUrl().toString(),
                    first.webServiceUrl().toString());
        }
    }
}
