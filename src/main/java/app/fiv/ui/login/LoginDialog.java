package app.fiv.ui.login;

import app.fiv.api.Credential;
import app.fiv.api.Session;
import app.fiv.api.WireFormat;
import app.fiv.ui.common.FormGrid;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The login form as a modal dialog. It stays open while the login runs in the background and
 * closes with the session once the server has accepted it.
 */
public final class LoginDialog extends Dialog<Session> {
    public static final ButtonType LOG_IN = new ButtonType("Log in", ButtonBar.ButtonData.OK_DONE);
    /** The dialog pane's style class, which also tells the login dialog from other windows. */
    public static final String STYLE_CLASS = "login-dialog";
    /** Narrower than the field column and the whole form will be, whatever the font (see {@link #wrapping}). */
    private static final double FIELD_WRAP_WIDTH = 340;
    private static final double FORM_WRAP_WIDTH = 440;

    public LoginDialog(Window owner, LoginViewModel model) {
        initOwner(owner);
        setTitle("Log in to a CommServe");
        setHeaderText("Log in to the CommServe whose jobs you want to look at.");
        getDialogPane().getButtonTypes().addAll(LOG_IN, ButtonType.CANCEL);
        getDialogPane().setContent(form(model));
        getDialogPane().setPrefWidth(560);
        getDialogPane().getStyleClass().add(STYLE_CLASS);

        Button logIn = (Button) getDialogPane().lookupButton(LOG_IN);
        logIn.disableProperty().bind(model.validBinding().not().or(model.busyProperty()));
        // Keep the dialog open: the login runs in the background and closes it on success.
        logIn.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.login();
        });
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.busyProperty().get()) {
                event.consume();
                model.cancel();
            }
        });
        model.setOnLoggedIn(session -> {
            setResult(session);
            close();
        });
        setResultConverter(button -> null);
        setOnShown(event -> firstEmptyField(model).requestFocus());
        // The rows change with the mode, and a reason or an error may come while the dialog is open
        // (after a refused renewal, a long one): the window follows, so nothing is cut off.
        ChangeListener<Object> fit = (p, old, now) -> {
            if (isShowing()) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        model.modeProperty().addListener(fit);
        model.errorProperty().addListener(fit);
        model.infoProperty().addListener(fit);
        setOnHidden(event -> {
            model.cancel();
            model.clearSecrets(); // the fields' text is the one copy of the password or tokens left
        });
    }

    private Node firstEmptyField(LoginViewModel model) {
        boolean token = model.modeProperty().get() == LoginMode.ACCESS_TOKEN;
        String id = model.serverProperty().get().isBlank() ? "#login-server"
                : token ? "#login-access-token"
                : model.userProperty().get().isBlank() ? "#login-user" : "#login-password";
        return getDialogPane().lookup(id);
    }

    private static Node form(LoginViewModel model) {
        ComboBox<String> server = serverChoice(model);
        TextField user = new TextField();
        user.setId("login-user");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        // Masked like a password: a token on screen is as good as one in a file.
        PasswordField accessToken = new PasswordField();
        accessToken.setId("login-access-token");
        accessToken.setPromptText("paste it, or the whole {\"accessToken\": …, \"refreshToken\": …}");
        accessToken.textProperty().bindBidirectional(model.accessTokenProperty());
        PasswordField refreshToken = new PasswordField();
        refreshToken.setId("login-refresh-token");
        refreshToken.textProperty().bindBidirectional(model.refreshTokenProperty());
        Label tokenNote = new Label("Both are shown once when the token is made in "
                + Credential.AccessToken.whereToManage("") + " → Add token. The user name comes from the CommServe."
                + " Each renewal replaces the pair, so give every app or script a token of its own.");
        tokenNote.getStyleClass().add("field-note");
        tokenNote.setId("login-token-note");
        wrapping(tokenNote, FIELD_WRAP_WIDTH);
        CheckBox remember = new CheckBox();
        remember.setId("login-remember");
        wrapping(remember, FIELD_WRAP_WIDTH);
        remember.textProperty().bind(Bindings.when(model.modeProperty().isEqualTo(LoginMode.ACCESS_TOKEN))
                .then("Remember me (keeps the access token pair on this computer; each renewal replaces it)")
                .otherwise("Remember me (keeps the session token on this computer, never the password)"));
        remember.selectedProperty().bindBidirectional(model.rememberMeProperty());

        ChoiceBox<WireFormat> format = new ChoiceBox<>(FXCollections.observableArrayList(WireFormat.values()));
        format.setId("login-format");
        format.setMinWidth(Region.USE_PREF_SIZE);
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(WireFormat value) {
                return value == null ? "" : value == WireFormat.JSON ? "JSON (usual)" : "XML";
            }

            @Override
            public WireFormat fromString(String text) {
                return text.startsWith("XML") ? WireFormat.XML : WireFormat.JSON;
            }
        });
        Label formatNote = new Label("XML for servers or proxies that only answer XML.");
        formatNote.getStyleClass().add("field-note");
        formatNote.setWrapText(true);
        HBox formatRow = new HBox(10, format, formatNote);
        formatRow.setAlignment(Pos.CENTER_LEFT);

        Label serverProblem = messageLabel("field-problem", FIELD_WRAP_WIDTH);
        serverProblem.textProperty().bind(model.serverProblemBinding());

        GridPane grid = FormGrid.create(1);
        Node[] modeRow = {new Label("Log in with:"), modeChoice(model)};
        Node[] serverRow = {fieldLabel("_Server:", server), server};
        Node[] userRow = {fieldLabel("_User name:", user), user};
        Node[] passwordRow = {fieldLabel("_Password:", password), password};
        Node[] accessRow = {fieldLabel("Access _token:", accessToken), accessToken};
        Node[] refreshRow = {fieldLabel("Refresh to_ken:", refreshToken), refreshToken};
        Node[] formatLine = {fieldLabel("Response _format:", format), formatRow};
        // Only the rows of the chosen mode are in the grid, so no empty row leaves a gap.
        model.modeProperty().subscribe(mode -> {
            grid.getChildren().clear();
            List<Node[]> rows = new ArrayList<>(List.of(modeRow, serverRow, new Node[] {null, serverProblem}));
            rows.addAll(mode == LoginMode.ACCESS_TOKEN ? List.of(accessRow, refreshRow, new Node[] {null, tokenNote})
                    : List.of(userRow, passwordRow));
            rows.add(formatLine);
            rows.add(new Node[] {null, remember});
            for (int row = 0; row < rows.size(); row++) {
                for (int column = 0; column < 2; column++) {
                    if (rows.get(row)[column] != null) {
                        grid.add(rows.get(row)[column], column, row);
                    }
                }
            }
        });

        Label error = messageLabel("login-error", FORM_WRAP_WIDTH);
        error.setId("login-error");
        error.textProperty().bind(model.errorProperty());
        Label info = messageLabel("login-info", FORM_WRAP_WIDTH);
        info.setId("login-info");
        info.textProperty().bind(model.infoProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        spinner.managedProperty().bind(model.busyProperty());
        Hyperlink demo = new Hyperlink("No CommServe at hand? Try the demo server");
        demo.setId("login-demo");
        demo.disableProperty().bind(model.busyProperty());
        demo.setOnAction(event -> model.tryDemoServer());
        Hyperlink caFile = new Hyperlink("Trust a CA certificate (PEM) for this server…");
        caFile.setId("login-ca-file");
        caFile.disableProperty().bind(model.busyProperty().or(model.serverProperty().isEmpty()));
        caFile.setOnAction(event -> model.importCaFile());
        // Wraps rather than cutting a link's text short in a narrow dialog.
        FlowPane bottom = new FlowPane(8, 2, demo, caFile, spinner);

        VBox box = new VBox(10, grid, error, info, bottom);
        box.setPadding(new Insets(4, 0, 0, 0));
        return box;
    }

    private static Node modeChoice(LoginViewModel model) {
        ToggleGroup group = new ToggleGroup();
        RadioButton password = new RadioButton("Pass_word");
        password.setId("login-mode-password");
        password.setUserData(LoginMode.PASSWORD);
        RadioButton token = new RadioButton("_Access token (single sign-on, service accounts)");
        token.setId("login-mode-token");
        token.setUserData(LoginMode.ACCESS_TOKEN);
        group.getToggles().addAll(password, token);
        model.modeProperty().subscribe(mode -> group.selectToggle(mode == LoginMode.ACCESS_TOKEN ? token : password));
        group.selectedToggleProperty().addListener((p, old, now) -> {
            if (now != null) {
                model.modeProperty().set((LoginMode) now.getUserData());
            }
        });
        password.disableProperty().bind(model.busyProperty());
        token.disableProperty().bind(model.busyProperty());
        FlowPane choice = new FlowPane(16, 4, password, token);
        choice.setAlignment(Pos.CENTER_LEFT);
        return choice;
    }

    /** Typed in, or one of the servers used before (shown with its user name; picking one fills it in). */
    private static ComboBox<String> serverChoice(LoginViewModel model) {
        ComboBox<String> server = new ComboBox<>(model.knownServers());
        server.setId("login-server-choice");
        server.setEditable(true);
        server.setMaxWidth(Double.MAX_VALUE);
        server.getEditor().setId("login-server");
        server.setPromptText("commserve.example.com or https://host/commandcenter/api");
        server.getEditor().textProperty().bindBidirectional(model.serverProperty());
        server.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.userFor(item)
                        .map(user -> item + "   (" + user + (model.usedAccessToken(item) ? ", access token)" : ")"))
                        .orElse(item));
            }
        });
        return server;
    }

    /**
     * Wraps within its column. The dialog asks a wrapping control its height before it knows the
     * width it will get and then uses the control's preferred width, so that must be a narrow one,
     * or the text gets one line and is cut off with "…".
     */
    private static void wrapping(Labeled text, double width) {
        text.setWrapText(true);
        text.setPrefWidth(width);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
    }

    private static Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    /** @param wrapWidth the width its height is asked for (see {@link #wrapping}) */
    private static Label messageLabel(String styleClass, double wrapWidth) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        wrapping(label, wrapWidth);
        label.managedProperty().bind(Bindings.isNotEmpty(label.textProperty()));
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
