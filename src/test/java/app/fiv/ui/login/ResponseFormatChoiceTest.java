package app.fiv.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CancelSignal;
import app.fiv.api.Session;
import app.fiv.api.WireFormat;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.demo.RecordedRequest;
import app.fiv.model.FailedItemsTable;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.TestClients;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Response format: JSON / XML" is chosen per server in the login form and used for every call to it. */
class ResponseFormatChoiceTest {
    @TempDir
    Path folder;
    private Preferences preferences;
    private AppSettings settings;

    @BeforeEach
    void setUp() {
        preferences = Preferences.userRoot().node("app/fiv/tests/format-" + System.nanoTime());
        settings = new AppSettings(preferences);
    }

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    @Test
    void xmlChosenAtLoginIsAskedForByEveryCallAndOfferedAgainForThatServer() throws Exception {
        try (DemoCommServe demo = DemoCommServe.start(); DemoCommServe other = DemoCommServe.start()) {
            TrustedClients clients = new TrustedClients("format-test", settings);
            LoginViewModel form = form(clients);
            AtomicReference<Session> session = new AtomicReference<>();
            form.setOnLoggedIn(session::set);
            form.serverProperty().set(demo.webServiceUrl().toString());
            form.userProperty().set(DemoCommServe.USER);
            form.passwordProperty().set(DemoCommServe.PASSWORD);
            assertThat(form.formatProperty().get()).isEqualTo(WireFormat.JSON);

            form.formatProperty().set(WireFormat.XML);
            form.login();

            assertThat(session.get()).as("logged in: " + form.errorProperty().get()).isNotNull();
            FailedItemsTable table = TestClients.items(clients.forServer(demo.webServiceUrl()), session.get(),
                    DemoJobs.LIST_SAMPLE, CancelSignal.none());
            assertThat(table.columns()).containsExactly("failureReason", "entity");
            assertThat(acceptHeaders(demo.requests())).isNotEmpty().containsOnly("application/xml");

            LoginViewModel later = form(new TrustedClients("format-test", settings));
            later.serverProperty().set(other.webServiceUrl().toString());
            assertThat(later.formatProperty().get()).as("another server").isEqualTo(WireFormat.JSON);
            later.serverProperty().set(demo.webServiceUrl().toString());
            assertThat(later.formatProperty().get()).as("the server XML was chosen for").isEqualTo(WireFormat.XML);
        }
    }

    private LoginViewModel form(TrustedClients clients) {
        return new LoginViewModel(clients, new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")), clients),
                () -> {
                    throw new AssertionError("no demo here");
                }, new DirectTaskExecutor(), new FakeDialogs());
    }

    private static List<String> acceptHeaders(List<RecordedRequest> requests) {
        return requests.stream().map(request -> String.valueOf(request.header("Accept"))).toList();
    }
}
