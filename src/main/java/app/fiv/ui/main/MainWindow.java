package app.fiv.ui.main;

import app.fiv.api.Session;
import app.fiv.session.ConnectionSettings;
import app.fiv.settings.KnownServer;
import app.fiv.ui.connection.TimeoutsDialog;
import app.fiv.ui.connection.TimeoutsViewModel;
import app.fiv.ui.jobactions.ResubmitDialog;
import app.fiv.ui.known.KnownRulesDialog;
import app.fiv.ui.known.MarkKnownDialog;
import app.fiv.ui.login.LoginDialog;
import app.fiv.ui.login.LoginViewModel;
import app.fiv.ui.session.LoginOutcome;
import app.fiv.ui.session.LoginRequests;
import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.theme.Themes;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main stage: shows the main view, and answers requests to log in with the login dialog. */
public final class MainWindow implements MainActions, LoginRequests {
    public static final String TITLE = "Failed Items Viewer";

    private final Stage stage;
    private final MainViewModel model;
    private final Supplier<LoginViewModel> logins;
    private final ConnectionSettings connection;
    private final MainView view;
    private LoginDialog loginDialog;
    private LoginViewModel loginModel;

    public MainWindow(Stage stage, MainViewModel model, Supplier<LoginViewModel> logins,
                      ConnectionSettings connection, Themes themes, ColumnLayouts layouts) {
        this.stage = stage;
        this.model = model;
        this.logins = logins;
        this.connection = connection;
        this.view = new MainView(model, this, themes, layouts);
        model.session().setLoginRequests(this);
        model.jobActions().resubmit().setConfirmation(new ResubmitDialog(stage));
        model.known().setEditor(new MarkKnownDialog(stage));
        model.known().setRulesWindow(new KnownRulesDialog(stage));
    }

    public void show() {
        Scene scene = new Scene(view, 1200, 760);
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/app/fiv/ui/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(TITLE);
        stage.getIcons().setAll(WindowIcons.load());
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        stage.show();
        view.focusJobId();
    }

    @Override
    public void logIn() {
        model.session().logIn();
    }

    /** Opens the login dialog, or shows the new reason in the one already open. */
    @Override
    public void open(String reason, Optional<KnownServer> prefill, LoginOutcome outcome) {
        if (loginDialog == null || !loginDialog.isShowing()) {
            loginModel = logins.get();
            loginModel.setOnWarning(model.messages()::error);
            loginDialog = new LoginDialog(stage, loginModel);
            LoginDialog dialog = loginDialog;
            dialog.resultProperty().addListener((property, old, session) -> {
                if (session != null) {
                    loggedIn(session, outcome);
                }
            });
            dialog.showingProperty().addListener((property, was, showing) -> {
                if (!showing && dialog.getResult() == null) {
                    outcome.abandoned();
                }
            });
            prefill.ifPresent(login -> loginModel.prefill(login.server(), login.user()));
            dialog.show();
        } else {
            prefill.ifPresent(login -> loginModel.prefill(login.server(), login.user()));
        }
        loginModel.setProblem(reason);
    }

    /** Opens the login dialog and logs in to the built-in demo server right away. */
    public void logInToDemo() {
        logIn();
        loginModel.tryDemoServer();
    }

    private void loggedIn(Session session, LoginOutcome outcome) {
        outcome.loggedIn(session);
        view.focusJobId();
    }

    @Override
    public void logOut() {
        model.logOut();
    }

    @Override
    public void connectionTimeouts() {
        new TimeoutsDialog(stage, new TimeoutsViewModel(connection)).showAndWait().ifPresent(saved -> {
            if (saved) {
                model.messages().status("Connection timeouts saved; they apply from the next request on.");
            }
        });
    }

    @Override
    public void about() {
        new AboutDialog(stage).show();
    }

    @Override
    public void quit() {
        stage.close();
    }
}
