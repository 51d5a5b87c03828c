package app.fiv.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.CertificateInfo;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.settings.KnownServer;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestTls;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pinned server whose certificate changes while the window is open: nothing is fetched, the login asks. */
class ChangedCertificateFetchTest {
    @TempDir
    Path folder;
    private final Preferences preferences = Preferences.userRoot().node("app/fiv/tests/changed-" + System.nanoTime());

    @AfterEach
    void tearDown() throws Exception {
        preferences.removeNode();
    }

    @Test
    void aFetchAfterTheCertificateChangedSendsNothingAndAsksForTheLogin() throws Exception {
        TestTls first = TestTls.create(Files.createDirectories(folder.resolve("first")));
        TestTls second = TestTls.create(Files.createDirectories(folder.resolve("second")));
        AppSettings settings = new AppSettings(preferences);
        TrustedClients clients = new TrustedClients("changed-test", settings);
        SessionStore sessions = new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")), clients);
        FakeLogins logins = new FakeLogins();
        MainViewModel model = MainModels.create(sessions, new DirectTaskExecutor(), settings, logins);

        int port;
        Session session;
        try (DemoCommServe server = DemoCommServe.startHttps(first.serverContext)) {
            port = server.port();
            clients.trustCertificate(server.webServiceUrl(), new CertificateInfo("CN=localhost", "CN=FIV Test CA",
                    null, null, first.serverFingerprint));
            session = DemoLogins.logIn(clients.forServer(server.webServiceUrl()), server);
        }
        try (DemoCommServe replaced = DemoCommServe.startHttps(second.serverContext, port)) {
            logins.logIn(model.session(), session);
            model.fetch().jobIdTextProperty().set(String.valueOf(DemoJobs.LIST_SAMPLE));

            model.fetch().search();

            assertThat(replaced.requests()).as("the token never went to the new certificate's server").isEmpty();
            assertThat(model.tabs()).isEmpty();
            assertThat(logins.reasons()).singleElement().asString().contains(second.serverFingerprint)
                    .contains("Log in again to check the certificate");
            assertThat(logins.prefill()).contains(new KnownServer(session.webService().toString(), DemoCommServe.USER));
        }
    }
}
