package app.fiv.ui.main;

import app.fiv.jobs.LoadedJob;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.tabs.TabServices;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open job tabs: one per job and server, the selected one, and its job. Closing the selected
 * tab selects its neighbour, as tab bars do.
 */
final class OpenJobTabs {
    private final TabServices services;
    private final ObservableList<JobTab> tabs = FXCollections.observableArrayList();
    private final ObjectProperty<JobTab> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LoadedJob> job = new ReadOnlyObjectWrapper<>();

    OpenJobTabs(TabServices services) {
        this.services = services;
        selected.addListener((p, old, now) -> {
            job.unbind();
            if (now == null) {
                job.set(null);
            } else {
                job.bind(now.jobProperty());
            }
        });
    }

    Optional<JobTab> find(URI server, long jobId) {
        return tabs.stream().filter(tab -> tab.shows(server, jobId)).findFirst();
    }

    /** The tab of a saved answer's file, if it is open. */
    Optional<JobTab> findSaved(java.nio.file.Path file) {
        return tabs.stream().filter(tab -> tab.shows(file)).findFirst();
    }

    /** A new tab, selected. */
    void open(JobTab tab) {
        add(tab);
    }

    /** Shows a whole job: in its open tab, else in a new one. */
    void show(URI server, LoadedJob loaded) {
        Optional<JobTab> open = find(server, loaded.jobId());
        if (open.isPresent()) {
            open.get().update(loaded);
            selected.set(open.get());
        } else {
            add(new JobTab(server, loaded, services));
        }
    }

    /** The rows so far of a new job, in a tab opened for them (or the one opened by the previous batch). */
    JobTab showPartial(URI server, LoadedJob partial, JobTab tab) {
        if (tab == null) {
            tab = new JobTab(server, partial, services);
            add(tab);
        } else if (tabs.contains(tab)) {
            tab.update(partial);
        }
        return tab;
    }

    /** A load that stopped early takes the tab it opened with it, and so frees its rows. */
    void dropPartial(JobTab tab) {
        if (tab != null) {
            close(tab);
        }
    }

    void close(JobTab tab) {
        int index = tabs.indexOf(tab);
        if (index < 0) {
            return;
        }
        tabs.remove(index);
        tab.close();
        if (selected.get() == tab) {
            selected.set(tabs.isEmpty() ? null : tabs.get(Math.min(index, tabs.size() - 1)));
        }
    }

    /** Closes the tabs of CommServe jobs (on logging out); saved answers need no session and stay. */
    void clear() {
        List<JobTab> closed = tabs.stream().filter(tab -> !tab.isSavedAnswer()).toList();
        if (closed.contains(selected.get())) {
            selected.set(null);
        }
        tabs.removeAll(closed);
        closed.forEach(JobTab::close);
        if (selected.get() == null && !tabs.isEmpty()) {
            selected.set(tabs.get(0));
        }
    }

    private void add(JobTab tab) {
        tabs.add(tab);
        selected.set(tab);
    }

    ObservableList<JobTab> list() {
        return tabs;
    }

    ObjectProperty<JobTab> selectedProperty() {
        return selected;
    }

    ReadOnlyObjectProperty<LoadedJob> jobProperty() {
        return job.getReadOnlyProperty();
    }
}
