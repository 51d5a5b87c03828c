package app.fiv.ui.app;

import app.fiv.jobs.JobFetcher;
import app.fiv.known.RuleStore;
import app.fiv.session.ConnectionSettings;
import app.fiv.session.LazyTokenStore;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.settings.AppSettings;
import app.fiv.settings.ConfigDir;
import app.fiv.settings.TokenStore;
import app.fiv.settings.TokenStores;
import app.fiv.ui.common.ClipboardService;
import app.fiv.ui.common.DialogService;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.FxDialogService;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.common.SystemClipboard;
import app.fiv.ui.jobactions.Browser;
import app.fiv.ui.login.LoginViewModel;
import app.fiv.ui.main.MainViewModel;
import app.fiv.ui.main.MainWindow;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.task.FxTaskExecutor;
import app.fiv.ui.theme.Themes;
import java.util.function.Function;
import javafx.stage.Stage;

/** Builds the app's objects and connects them; tests build one with their own settings and store. */
public final class AppContext implements AutoCloseable {
    private final StatusMessages messages = new StatusMessages();
    // A failure no task handled is logged by the executor and shown in the error banner.
    private final FxTaskExecutor executor = new FxTaskExecutor(error -> messages.error(ErrorMessages.of(error)));
    private final DemoServers demo = new DemoServers();
    private final TrustedClients clients;
    private final SessionStore sessions;
    private final AppSettings settings;
    private ClipboardService clipboard = new SystemClipboard();
    private Function<Stage, DialogService> dialogs = FxDialogService::new;
    private Browser browser;
    private java.nio.file.Path configFolder = ConfigDir.resolve();
    private Themes themes;
    private MainViewModel model;
    private MainWindow window;

    public AppContext(AppSettings settings, TokenStore tokens) {
        this.clients = new TrustedClients(settings.deviceId(), settings);
        this.sessions = new SessionStore(settings, tokens, clients);
        this.settings = settings;
    }

    /** Tests put their own clipboard here (before {@link #start}). */
    public AppContext withClipboard(ClipboardService clipboard) {
        this.clipboard = clipboard;
        return this;
    }

    /** Tests answer the file choosers here (before {@link #start}): native ones cannot run headless. */
    public AppContext withDialogs(DialogService dialogs) {
        this.dialogs = stage -> dialogs;
        return this;
    }

    /** Where "Open in Command Center" opens pages (before {@link #start}); tests record them instead. */
    public AppContext withBrowser(Browser browser) {
        this.browser = browser;
        return this;
    }

    /** Where files such as each server's known failures are kept (before {@link #start}); tests use their own. */
    public AppContext withConfigFolder(java.nio.file.Path folder) {
        this.configFolder = folder;
        return this;
    }

    /** The settings and token store of this user, the keyring opened on first use. */
    public static AppContext forCurrentUser() {
        return new AppContext(AppSettings.userDefault(), new LazyTokenStore(() -> TokenStores.open(ConfigDir.resolve())));
    }

    /** Shows the main window, then restores the saved session or, with {@code demo}, logs in to the demo server. */
    public MainWindow start(Stage stage, boolean logInToDemo) {
        themes = new Themes(settings);
        themes.applyCurrent();
        DialogService stageDialogs = dialogs.apply(stage);
        SessionViewModel session = new SessionViewModel(sessions, executor, messages);
        model = new MainViewModel(new JobFetcher(), session, messages, executor, settings, clipboard, stageDialogs,
                new RuleStore(configFolder));
        session.sessionProperty().subscribe(now -> model.welcomeHintProperty().set(demo.serves(now) ? DemoServers.JOBS_HINT : ""));
        if (browser != null) {
            model.jobActions().commandCenter().setBrowser(browser);
        }
        // The demo answers the API only: a Command Center page there would be a 404.
        model.jobActions().commandCenter().setServersWithCommandCenter(server -> !demo.servesWebService(server));
        window = new MainWindow(stage, model,
                () -> new LoginViewModel(clients, sessions, demo, executor, stageDialogs),
                new ConnectionSettings(settings), themes, new ColumnLayouts(settings));
        window.show();
        if (logInToDemo) {
            window.logInToDemo();
        } else {
            session.restore();
        }
        return window;
    }

    public MainViewModel model() {
        return model;
    }

    public Themes themes() {
        return themes;
    }

    @Override
    public void close() {
        executor.shutdown();
        demo.close();
    }
}
