package app.fiv.ui.main;

import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.tabs.JobTabPane;
import app.fiv.ui.theme.Themes;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's content: menu, search bar, error banner, one tab per job, status bar. */
public final class MainView extends BorderPane {
    private final SearchBar searchBar;
    private final JobTabPane tabs;

    public MainView(MainViewModel model, MainActions actions, Themes themes, ColumnLayouts layouts) {
        getStyleClass().add("main-view");
        searchBar = new SearchBar(model, actions::logIn);
        tabs = new JobTabPane(model.tabs(), model.selectedTabProperty(), model.fetch()::closeTab, layouts,
                model::refresh);
        tabs.visibleProperty().bind(Bindings.isNotEmpty(model.tabs()));
        setTop(new VBox(MainMenus.build(model, actions, themes, this::focusJobId, tabs::selectedView),
                searchBar, new ErrorBanner(model.messages())));
        setCenter(new StackPane(emptyState(model), tabs));
        setBottom(new StatusBar(model));
    }

    public void focusJobId() {
        searchBar.focusJobId();
    }

    private static VBox emptyState(MainViewModel model) {
        Label title = new Label("No job open");
        title.getStyleClass().add("empty-title");
        Label text = new Label();
        text.setId("welcome");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.session().sessionProperty().get() == null
                ? "Log in to a CommServe (or try the built-in demo server), then type a job ID above and press Enter."
                : "Type a job ID above and press Enter to see every item that job failed to back up. "
                + model.welcomeHintProperty().get(), model.session().sessionProperty(), model.welcomeHintProperty()));
        VBox box = new VBox(10, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        box.visibleProperty().bind(Bindings.isEmpty(model.tabs()));
        return box;
    }
}
