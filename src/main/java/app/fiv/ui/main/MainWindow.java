package app.fiv.ui.main;

import app.fiv.api.Session;
import app.fiv.session.ConnectionSettings;
import app.fiv.ui.connection.TimeoutsDialog;
import app.fiv.ui.connection.TimeoutsViewModel;
import app.fiv.ui.login.LoginDialog;
import app.fiv.ui.login.LoginViewModel;
import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.theme.Themes;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main stage: shows the main view and opens the login dialog whenever a login is needed. */
public final class MainWindow implements MainActions {
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
        model.setOnLoginNeeded(this::showLogin);
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
        showLogin("");
    }

    /** Opens the login dialog (or reuses the open one) with the reason a login is needed. */
    public void showLogin(String reason) {
        if (loginDialog == null || !loginDialog.isShowing()) {
            loginModel = logins.get();
            loginModel.setOnWarning(model::showError);
            loginDialog = new LoginDialog(stage, loginModel);
            model.reloginTarget().ifPresent(login -> loginModel.prefill(login.server(), login.user()));
            LoginDialog dialog = loginDialog;
            dialog.resultProperty().addListener((property, old, session) -> loggedIn(session));
            dialog.showingProperty().addListener((property, was, showing) -> {
                if (!showing && dialog.getResult() == null) {
                    model.loginAbandoned();
                }
            });
            dialog.show();
        }
        loginModel.setProblem(reason);
    }

    /** Opens the login dialog and logs in to the built-in demo server right away. */
    public void logInToDemo() {
        showLogin("");
        loginModel.tryDemoServer();
    }

    private void loggedIn(Session session) {
        if (session != null) {
            model.sessionProperty().set(session);
            model.showStatus("Logged in as " + session.userName() + " on " + session.webService() + ".");
            view.focusJobId();
        }
    }

    @Override
    public void logOut() {
        model.logOut();
    }

    @Override
    public void connectionTimeouts() {
        new TimeoutsDialog(stage, new TimeoutsViewModel(connection)).showAndWait().ifPresent(saved -> {
            if (saved) {
                model.showStatus("Connection timeouts saved; they apply from the next request on.");
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
