package app.fiv.ui.main;

import app.fiv.ui.jobs.JobsView;
import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.tabs.JobTabPane;
import app.fiv.ui.tabs.JobTabView;
import app.fiv.ui.theme.Themes;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The main window's content: menu, search bar, error banner, the jobs view and one tab per job, status bar. */
public final class MainView extends BorderPane {
    private final SearchBar searchBar;
    private final JobTabPane tabs;
    private final JobsView jobs;
    private final MainViewModel model;

    public MainView(MainViewModel model, MainActions actions, Themes themes, ColumnLayouts layouts) {
        this.model = model;
        getStyleClass().add("main-view");
        searchBar = new SearchBar(model, actions::logIn);
        jobs = new JobsView(model.jobs(), model.jobsColumns(), hint(model));
        Tab home = new Tab("Jobs", jobs);
        home.setId("jobs-tab");
        tabs = new JobTabPane(model.tabs(), model.selectedTabProperty(), model.fetch()::closeTab, layouts,
                model::refresh, home);
        // The jobs view lists the jobs the first time it is shown with a session.
        model.jobs().showingProperty().bind(model.selectedTabProperty().isNull());
        setTop(new VBox(MainMenus.build(model, actions, themes, new MainMenus.Focus(this::focusJobId, this::showJobs,
                this::focusFilter), tabs::selectedView), searchBar, new ErrorBanner(model.messages())));
        setCenter(tabs);
        setBottom(new StatusBar(model));
    }

    public void focusJobId() {
        searchBar.focusJobId();
    }

    /** Ctrl+J: the jobs view, with the keyboard in its list. */
    public void showJobs() {
        model.showJobs();
        jobs.focusList();
    }

    private void focusFilter() {
        tabs.selectedView().ifPresentOrElse(JobTabView::focusFilter, jobs::focusFilter);
    }

    private static StringBinding hint(MainViewModel model) {
        return Bindings.createStringBinding(() -> model.session().sessionProperty().get() == null
                        || model.welcomeHintProperty().get().isBlank() ? ""
                        : "Double-click a job (or select it and press Enter) to see its failed items, or type a job ID"
                        + " above. " + model.welcomeHintProperty().get(),
                model.session().sessionProperty(), model.welcomeHintProperty());
    }
}
