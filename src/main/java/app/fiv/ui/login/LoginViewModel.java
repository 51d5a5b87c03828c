package app.fiv.ui.login;

import app.fiv.api.ApiException;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.api.CertificateInfo;
import app.fiv.api.WireFormat;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.settings.KnownServer;
import app.fiv.ui.common.DialogService;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import app.fiv.ui.task.TaskHandle;
import app.fiv.ui.task.Work;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The login form's state: the fields, whether they are valid, the running login and its error.
 * The admin logs in with a password, or with an access token pair made in Command Center (the
 * user name then comes from the server). Logging in runs in the background; the result goes to
 * {@code onLoggedIn}. The servers used before are offered, each filling in its user name and the
 * way it was logged in to; a certificate the computer does not trust is shown to the admin, who
 * may trust it for that server, and the login is then tried once more.
 */
public final class LoginViewModel {
    private final TrustedClients clients;
    private final TrustQuestions trust;
    private final List<KnownServer> known;
    private final ObservableList<String> knownServers = FXCollections.observableArrayList();
    private final SessionStore sessions;
    private final DemoServerLauncher demo;
    private final TaskExecutor executor;

    private final StringProperty server = new SimpleStringProperty("");
    private final CredentialFields credentials = new CredentialFields();
    private final StringProperty user = credentials.user;
    private final BooleanProperty rememberMe = new SimpleBooleanProperty(true);
    private final ObjectProperty<WireFormat> format = new SimpleObjectProperty<>(WireFormat.JSON);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final StringBinding serverProblem;
    private final BooleanBinding valid;

    private Consumer<Session> onLoggedIn = session -> { };
    private Consumer<String> onWarning = warning -> { };
    private TaskHandle running;
    private String demoServer = "";

    public LoginViewModel(TrustedClients clients, SessionStore sessions, DemoServerLauncher demo, TaskExecutor executor,
                          DialogService dialogs) {
        this.clients = clients;
        this.trust = new TrustQuestions(clients, dialogs);
        this.known = sessions.knownServers();
        known.stream().map(KnownServer::server).distinct().forEach(knownServers::add);
        this.sessions = sessions;
        this.demo = demo;
        this.executor = executor;
        serverProblem = Bindings.createStringBinding(() -> problemWith(server.get()), server);
        valid = serverProblem.isEmpty().and(credentials.filled);
        // Picking a server used before fills in the user name it was used with, how, and its format.
        server.addListener((p, o, now) -> userFor(now).ifPresent(known -> {
            user.set(known);
            credentials.mode.set(usedAccessToken(now) ? LoginMode.ACCESS_TOKEN : LoginMode.PASSWORD);
        }));
        server.addListener((p, o, now) -> webServiceOf(now).ifPresent(url -> format.set(clients.formatFor(url))));
        sessions.lastServer().ifPresent(server::set);
        sessions.lastUser().ifPresent(user::set);
        rememberMe.set(sessions.rememberMe());
        server.addListener((p, o, n) -> error.set(""));
        for (Observable field : credentials.all()) {
            field.addListener(stale -> error.set(""));
        }
    }

    public void setOnLoggedIn(Consumer<Session> callback) {
        this.onLoggedIn = callback;
    }

    /** Told when the login worked but something around it did not (the token could not be saved). */
    public void setOnWarning(Consumer<String> callback) {
        this.onWarning = callback;
    }

    public void login() {
        login(false);
    }

    /** @param afterTrusting the admin has just trusted a certificate: a second refusal is only shown */
    private void login(boolean afterTrusting) {
        if (busy.get() || !valid.get()) {
            return;
        }
        ServerAddress address;
        try {
            address = ServerAddress.parse(server.get());
        } catch (ApiException e) {
            error.set(e.getMessage());
            return;
        }
        // The demo server and its tokens die with the app, so there is nothing worth saving.
        boolean remember = rememberMe.get() && !server.get().equals(demoServer);
        Work<LoginWork.Result, Void> work;
        try {
            work = credentials.login(clients, sessions, address, remember);
        } catch (ApiException e) {
            error.set(e.getMessage());
            return;
        }
        busy.set(true);
        error.set("");
        // The admin's choice counts from this login on, whether or not it succeeds.
        clients.setFormat(address.candidates().get(0), format.get());
        running = BackgroundTask.wrap(work)
                .onSuccess(result -> {
                    busy.set(false);
                    credentials.clearSecrets();
                    result.warning().ifPresent(onWarning);
                    onLoggedIn.accept(result.session());
                })
                .onFailure(failure -> {
                    busy.set(false);
                    Optional<CertificateInfo> trusted = afterTrusting ? Optional.empty()
                            : trust.askAbout(address.candidates().get(0), failure);
                    if (trusted.isPresent()) {
                        info.set("Trusting the certificate " + trusted.get().sha256() + " for "
                                + TrustedClients.originOf(address.candidates().get(0)) + " only.");
                        login(true);
                    } else {
                        error.set(ErrorMessages.of(failure));
                    }
                })
                .onCancelled(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Asks for a CA certificate file (PEM) and trusts its CAs for the server typed in. */
    public void importCaFile() {
        if (busy.get()) {
            return;
        }
        try {
            URI webService = ServerAddress.parse(server.get()).candidates().get(0);
            Optional<Path> file = trust.importCaFile(webService);
            file.ifPresent(pem -> {
                error.set("");
                info.set("Certificates signed by the CA in " + pem.getFileName() + " are now trusted for "
                        + TrustedClients.originOf(webService) + ".");
            });
        } catch (ApiException e) {
            error.set(e.getMessage());
        }
    }

    /**
     * Starts the demo CommServe, fills in its address and demo account (or, in access token mode,
     * a pair the demo hands out as Command Center would), and logs in.
     */
    public void tryDemoServer() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        info.set("Starting the demo server…");
        boolean withToken = credentials.mode.get() == LoginMode.ACCESS_TOKEN;
        running = BackgroundTask.wrap(context -> new DemoLogin(demo.start(),
                        withToken ? Optional.of(demo.issueAccessToken()) : Optional.empty()))
                .onSuccess(login -> {
                    busy.set(false);
                    DemoServerLauncher.Details details = login.details();
                    demoServer = details.webService().toString();
                    server.set(demoServer);
                    user.set(details.user());
                    credentials.password.set(details.password());
                    login.token().ifPresent(credentials::fill);
                    info.set(login.describe());
                    login();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    info.set("");
                    error.set("The demo server could not be started: " + ErrorMessages.of(failure));
                })
                .onCancelled(() -> {
                    busy.set(false);
                    info.set("");
                })
                .executeWith(executor);
    }

    /** Stops a running login; the form stays as it was. */
    public void cancel() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
    }

    /** Fills in the server and user of a login to renew; the password or token pair is asked afresh. */
    public void prefill(String serverText, String userName) {
        server.set(serverText);
        user.set(userName);
        credentials.clearSecrets();
    }

    /** Empties the password and token fields: once a login is over, their text is the one copy left. */
    public void clearSecrets() {
        credentials.clearSecrets();
    }

    public void setProblem(String message) {
        error.set(message == null ? "" : message);
    }

    /** The user name last used on a server, if it was used before. */
    public Optional<String> userFor(String serverText) {
        return known.stream().filter(login -> login.server().equalsIgnoreCase(serverText == null ? "" : serverText.strip()))
                .map(KnownServer::user).findFirst();
    }

    /** Whether a server used before was logged in to with an access token. */
    public boolean usedAccessToken(String serverText) {
        return sessions.usedAccessToken(serverText);
    }

    private static Optional<URI> webServiceOf(String text) {
        try {
            return Optional.of(ServerAddress.parse(text).candidates().get(0));
        } catch (ApiException e) {
            return Optional.empty();
        }
    }

    private static String problemWith(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            ServerAddress.parse(text);
            return "";
        } catch (ApiException e) {
            return e.getMessage();
        }
    }

    public StringProperty serverProperty() {
        return server;
    }

    /** The servers logged in to before, most recent first. */
    public ObservableList<String> knownServers() {
        return FXCollections.unmodifiableObservableList(knownServers);
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return credentials.password;
    }

    public ObjectProperty<LoginMode> modeProperty() {
        return credentials.mode;
    }

    /** Pasting {@code {"accessToken": …, "refreshToken": …}} here fills in both tokens. */
    public StringProperty accessTokenProperty() {
        return credentials.accessToken;
    }

    public StringProperty refreshTokenProperty() {
        return credentials.refreshToken;
    }

    public BooleanProperty rememberMeProperty() {
        return rememberMe;
    }

    /** The format asked of this server: JSON, or XML for a server or proxy that only answers XML. */
    public ObjectProperty<WireFormat> formatProperty() {
        return format;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    /** Why the server field is not acceptable, or blank. */
    public StringBinding serverProblemBinding() {
        return serverProblem;
    }

    public BooleanBinding validBinding() {
        return valid;
    }

}
