package app.fiv.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.settings.ServerTrustSettings;
import app.fiv.testing.TestTls;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging in over HTTPS: certificates are trusted only when the admin says so, per server. */
class LoginTrustTest {
    @TempDir
    static Path certificates;
    private static TestTls tls;
    private static TestTls replacement;
    private static TestTls otherHost;

    @TempDir
    Path folder;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Session> loggedIn = new ArrayList<>();
    private final List<DemoCommServe> servers = new ArrayList<>();
    private Preferences preferences;
    private AppSettings settings;

    @BeforeAll
    static void makeCertificates() throws Exception {
        tls = TestTls.create(Files.createDirectories(certificates.resolve("first")));
        replacement = TestTls.create(Files.createDirectories(certificates.resolve("second")));
        otherHost = TestTls.create(Files.createDirectories(certificates.resolve("other-host")), TestTls.Leaf.OTHER_HOST);
    }

    @BeforeEach
    void setUp() {
        preferences = Preferences.userRoot().node("app/fiv/tests/trust-" + System.nanoTime());
        settings = new AppSettings(preferences);
    }

    @AfterEach
    void tearDown() throws Exception {
        servers.forEach(DemoCommServe::close);
        preferences.removeNode();
    }

    private DemoCommServe https(TestTls certificate, int port) throws Exception {
        DemoCommServe server = DemoCommServe.startHttps(certificate.serverContext, port);
        servers.add(server);
        return server;
    }

    /** A login form as the app builds it; a new one stands for the next start of the app. */
    private LoginViewModel form(DemoCommServe server) {
        TrustedClients clients = new TrustedClients("trust-test", settings);
        SessionStore sessions = new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")), clients);
        LoginViewModel form = new LoginViewModel(clients, sessions, () -> {
            throw new AssertionError("no demo here");
        }, new DirectTaskExecutor(), dialogs);
        form.setOnLoggedIn(loggedIn::add);
        form.serverProperty().set(server.webServiceUrl().toString());
        form.userProperty().set(DemoCommServe.USER);
        form.passwordProperty().set(DemoCommServe.PASSWORD);
        return form;
    }

    private String origin(DemoCommServe server) {
        return "https://127.0.0.1:" + server.port();
    }

    @Test
    void anUnknownCertificateIsShownWithItsFingerprintAndRefusedUnlessTrusted() throws Exception {
        DemoCommServe server = https(tls, 0);
        LoginViewModel form = form(server);

        form.login();

        assertThat(loggedIn).isEmpty();
        assertThat(dialogs.certificatesAsked()).singleElement().satisfies(asked -> {
            assertThat(asked.server()).isEqualTo(origin(server));
            assertThat(asked.certificate().sha256()).isEqualTo(tls.serverFingerprint);
            assertThat(asked.certificate().subject()).isEqualTo("CN=localhost");
            assertThat(asked.certificate().issuer()).isEqualTo("CN=FIV Test CA");
            assertThat(asked.certificate().notAfter()).isAfter(asked.certificate().notBefore());
            assertThat(asked.changed()).isFalse();
        });
        assertThat(form.errorProperty().get()).contains("not trusted").contains(tls.serverFingerprint);
        assertThat(new ServerTrustSettings(settings).of(origin(server))).isEmpty();
        assertThat(server.loginCount()).isZero();
    }

    @Test
    void aTrustedCertificateIsPinnedForThatServerAndRememberedAcrossStarts() throws Exception {
        DemoCommServe server = https(tls, 0);
        dialogs.trustCertificates(true);

        form(server).login();

        assertThat(loggedIn).hasSize(1);
        assertThat(new ServerTrustSettings(settings).of(origin(server)))
                .contains(new ServerTrustSettings.Pinned(tls.serverFingerprint));

        form(server).login();
        assertThat(loggedIn).hasSize(2);
        assertThat(dialogs.certificatesAsked()).as("asked only the first time").hasSize(1);
    }

    @Test
    void thePinAppliesToThatServerOnly() throws Exception {
        DemoCommServe first = https(tls, 0);
        DemoCommServe second = https(tls, 0);
        dialogs.trustCertificates(true);
        form(first).login();

        dialogs.trustCertificates(false);
        form(second).login();

        assertThat(loggedIn).hasSize(1);
        assertThat(dialogs.certificatesAsked()).extracting(FakeDialogs.CertificateAsked::server)
                .containsExactly(origin(first), origin(second));
    }

    @Test
    void aChangedCertificateWarnsAndIsNeverAcceptedSilently() throws Exception {
        DemoCommServe server = https(tls, 0);
        int port = server.port();
        dialogs.trustCertificates(true);
        form(server).login();
        server.close();
        DemoCommServe renewed = https(replacement, port);

        dialogs.trustCertificates(false);
        LoginViewModel form = form(renewed);
        form.login();

        assertThat(loggedIn).hasSize(1);
        assertThat(dialogs.certificatesAsked()).hasSize(2).last().satisfies(asked -> {
            assertThat(asked.changed()).isTrue();
            assertThat(asked.certificate().sha256()).isEqualTo(replacement.serverFingerprint);
        });
        assertThat(form.errorProperty().get()).contains(replacement.serverFingerprint);
        assertThat(new ServerTrustSettings(settings).of(origin(renewed)))
                .as("the old pin stays until the admin agrees")
                .contains(new ServerTrustSettings.Pinned(tls.serverFingerprint));

        dialogs.trustCertificates(true);
        form.login();
        assertThat(loggedIn).hasSize(2);
        assertThat(new ServerTrustSettings(settings).of(origin(renewed)))
                .contains(new ServerTrustSettings.Pinned(replacement.serverFingerprint));
    }

    @Test
    void anImportedCaFileTrustsServersSignedByThatCa() throws Exception {
        DemoCommServe server = https(tls, 0);
        LoginViewModel form = form(server);
        dialogs.answerCaFile(tls.caPem);

        form.importCaFile();
        form.login();

        assertThat(loggedIn).hasSize(1);
        assertThat(dialogs.certificatesAsked()).isEmpty();
        assertThat(form.infoProperty().get()).contains("ca.pem").contains(origin(server));
        assertThat(new ServerTrustSettings(settings).of(origin(server)))
                .contains(new ServerTrustSettings.CaFile(tls.caPem.toAbsolutePath()));
    }

    /** Issue 13: the imported CA's certificate for another host is a name mismatch, asked about as such. */
    @Test
    void aCertificateOfTheImportedCaForAnotherHostIsAskedAboutAsANameMismatch() throws Exception {
        DemoCommServe server = https(otherHost, 0);
        LoginViewModel form = form(server);
        dialogs.answerCaFile(otherHost.caPem);
        form.importCaFile();

        form.login();

        assertThat(loggedIn).isEmpty();
        assertThat(dialogs.certificatesAsked()).singleElement().satisfies(asked -> {
            assertThat(asked.certificate().problem()).isEqualTo(app.fiv.api.CertificateProblem.NAME_MISMATCH);
            assertThat(asked.certificate().names()).isEqualTo("DNS:other.example.com");
            assertThat(asked.changed()).isFalse();
        });
        assertThat(form.errorProperty().get()).contains("issued it for DNS:other.example.com, not for 127.0.0.1")
                .doesNotContain("certification path");
        assertThat(new ServerTrustSettings(settings).of(origin(server)))
                .contains(new ServerTrustSettings.CaFile(otherHost.caPem.toAbsolutePath()));
    }

    @Test
    void aFileWithoutACertificateIsRefused() throws Exception {
        DemoCommServe server = https(tls, 0);
        LoginViewModel form = form(server);
        Path notPem = Files.writeString(folder.resolve("notes.txt"), "not a certificate");
        dialogs.answerCaFile(notPem);

        form.importCaFile();

        assertThat(form.errorProperty().get()).contains("notes.txt");
        assertThat(new ServerTrustSettings(settings).of(origin(server))).isEmpty();
    }

    @Test
    void aSavedSessionOnAPinnedServerIsRestoredWithThePin() throws Exception {
        DemoCommServe server = https(tls, 0);
        dialogs.trustCertificates(true);
        form(server).login();

        TrustedClients clients = new TrustedClients("trust-test", settings);
        SessionStore nextStart = new SessionStore(settings, new FileTokenStore(folder.resolve("tokens.json")), clients);

        assertThat(nextStart.restore(app.fiv.api.CancelSignal.none()).session()).isPresent();
    }
}
