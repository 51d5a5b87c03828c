package app.fiv.ui.main;

import app.fiv.ui.table.FailedItemsTableView;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's content: menu, search bar, error banner, job header, table, status bar. */
public final class MainView extends BorderPane {
    private final SearchBar searchBar;

    public MainView(MainViewModel model, MainActions actions) {
        getStyleClass().add("main-view");
        searchBar = new SearchBar(model, actions::logIn);
        setTop(new VBox(menuBar(actions), searchBar, new ErrorBanner(model), new JobHeader(model)));
        FailedItemsTableView table = new FailedItemsTableView(model.table());
        table.visibleProperty().bind(model.jobProperty().isNotNull());
        setCenter(new StackPane(emptyState(model), table));
        setBottom(new StatusBar(model));
    }

    public void focusJobId() {
        searchBar.focusJobId();
    }

    private MenuBar menuBar(MainActions actions) {
        MenuItem login = new MenuItem("_Log in…");
        login.setOnAction(event -> actions.logIn());
        MenuItem findJob = new MenuItem("_Find job…");
        findJob.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        findJob.setOnAction(event -> focusJobId());
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> actions.quit());
        Menu file = new Menu("_File", null, login, findJob, new SeparatorMenuItem(), quit);
        MenuItem about = new MenuItem("_About Failed Items Viewer");
        about.setOnAction(event -> actions.about());
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, help);
    }

    private static VBox emptyState(MainViewModel model) {
        Label title = new Label("No job open");
        title.getStyleClass().add("empty-title");
        Label text = new Label();
        text.setId("welcome");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.sessionProperty().get() == null
                ? "Log in to a CommServe (or try the built-in demo server), then type a job ID above and press Enter."
                : "Type a job ID above and press Enter to see every item that job failed to back up. "
                + model.welcomeHintProperty().get(), model.sessionProperty(), model.welcomeHintProperty()));
        VBox box = new VBox(10, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(model.jobProperty().isNull());
        return box;
    }
}
