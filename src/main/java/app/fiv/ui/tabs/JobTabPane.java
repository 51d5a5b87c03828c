package app.fiv.ui.tabs;

import app.fiv.ui.table.ColumnLayouts;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * One tab per open job, kept in step with the view-model's list of tabs and its selected tab,
 * after a first tab of the window's own that cannot be closed (the jobs view): it is selected
 * when no job tab is.
 */
public final class JobTabPane extends TabPane {
    private final Map<JobTab, Tab> tabs = new HashMap<>();
    private final ColumnLayouts layouts;
    private final Runnable refresh;
    private final Consumer<JobTab> close;
    private final Tab home;
    private boolean syncing;

    public JobTabPane(ObservableList<JobTab> jobs, ObjectProperty<JobTab> selected, Consumer<JobTab> close,
                      ColumnLayouts layouts, Runnable refresh) {
        this(jobs, selected, close, layouts, refresh, null);
    }

    /** @param home the first tab, shown while no job tab is selected; null for none */
    public JobTabPane(ObservableList<JobTab> jobs, ObjectProperty<JobTab> selected, Consumer<JobTab> close,
                      ColumnLayouts layouts, Runnable refresh, Tab home) {
        this.layouts = layouts;
        this.refresh = refresh;
        this.close = close;
        this.home = home;
        setId("job-tabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        if (home != null) {
            home.setClosable(false);
            getTabs().add(home);
        }
        jobs.forEach(this::add);
        jobs.addListener((ListChangeListener<JobTab>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::remove);
                change.getAddedSubList().forEach(this::add);
            }
        });
        selected.addListener((p, old, job) -> select(job));
        select(selected.get());
        getSelectionModel().selectedItemProperty().addListener((p, old, tab) -> {
            if (!syncing) {
                selected.set(tab == null || tab == home ? null : ((JobTabView) tab.getContent()).tab());
            }
        });
    }

    /** The selected tab's content, if a job is open. */
    public Optional<JobTabView> selectedView() {
        Tab tab = getSelectionModel().getSelectedItem();
        return tab == null || tab == home ? Optional.empty() : Optional.of((JobTabView) tab.getContent());
    }

    private void add(JobTab job) {
        Tab tab = new Tab();
        tab.textProperty().bind(job.titleBinding());
        tab.setContent(new JobTabView(job, layouts, refresh));
        tab.setOnCloseRequest(event -> {
            // The view-model removes the tab, and the list change removes it here.
            event.consume();
            close.accept(job);
        });
        tabs.put(job, tab);
        syncing = true;
        try {
            getTabs().add(tab);
        } finally {
            syncing = false;
        }
    }

    private void remove(JobTab job) {
        Tab tab = tabs.remove(job);
        if (tab != null) {
            ((JobTabView) tab.getContent()).dispose();
            syncing = true;
            try {
                getTabs().remove(tab);
            } finally {
                syncing = false;
            }
        }
    }

    private void select(JobTab job) {
        Tab tab = job == null ? home : tabs.get(job);
        if (tab != null && getSelectionModel().getSelectedItem() != tab) {
            getSelectionModel().select(tab);
        }
    }
}
