package app.fiv.ui.tabs;

import app.fiv.ui.jobactions.JobActionServices;
import app.fiv.ui.jobactions.ResubmitTarget;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar's Job menu: the selected job's sections, resubmit, Command Center, and known failures. */
public final class JobMenu {
    private JobMenu() {
    }

    /** @param knownFailures opens the list of known failures of the selected tab's server (or the session's) */
    public static Menu build(ObjectProperty<JobTab> selected, Supplier<Optional<JobTabView>> views, JobActionServices actions,
                             Runnable knownFailures) {
        ObjectProperty<ResubmitTarget> target = new SimpleObjectProperty<>();
        selected.subscribe(tab -> {
            target.unbind();
            if (tab == null) {
                target.set(null);
            } else {
                target.bind(tab.resubmitTarget());
            }
        });
        MenuItem items = item("Show failed _items", views, JobTabView::showFailedItems);
        MenuItem details = item("Show _details", views, JobTabView::showDetails);
        details.setId("menu-details");
        MenuItem events = item("Show _events", views, JobTabView::showEvents);
        events.setId("menu-events");
        items.disableProperty().bind(selected.isNull());
        BooleanBinding noJob = Bindings.createBooleanBinding(() -> selected.get() == null || !selected.get().isOneJob(),
                selected);
        details.disableProperty().bind(noJob);
        events.disableProperty().bind(noJob);
        MenuItem resubmit = new MenuItem("_Resubmit job…");
        resubmit.setId("menu-resubmit");
        resubmit.disableProperty().bind(actions.resubmit().unavailable(target));
        resubmit.setOnAction(event -> actions.resubmit().resubmit(target.get()));
        MenuItem commandCenter = new MenuItem("Open in _Command Center");
        commandCenter.setId("menu-command-center");
        commandCenter.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || !selected.get().isOneJob() || actions.commandCenter().pageOf(selected.get().server(), selected.get().jobId()).isEmpty(), selected));
        commandCenter.setOnAction(event -> Optional.ofNullable(selected.get())
                .ifPresent(tab -> actions.commandCenter().open(tab.server(), tab.jobId())));
        MenuItem markKnown = item("_Mark selected rows as known…", views, JobTabView::markSelectedKnown);
        markKnown.setId("menu-mark-selected-known");
        markKnown.disableProperty().bind(selected.isNull());
        MenuItem known = new MenuItem("_Known failures…");
        known.setId("menu-known-failures");
        known.setOnAction(event -> knownFailures.run());
        BooleanBinding cannotCompare = Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().isSavedAnswer(), selected);
        MenuItem previous = onTab("Compare with _previous run", selected, tab -> tab.comparison().withPrevious());
        previous.setId("menu-compare-previous");
        previous.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        previous.disableProperty().bind(cannotCompare);
        MenuItem other = onTab("Compare _with job…", selected, tab -> tab.comparison().askForJob());
        other.setId("menu-compare-with-job");
        // A tab of many jobs compares each job with its own previous run; another job is a job's alone.
        other.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || !selected.get().isOneJob(), selected));
        MenuItem stop = onTab("_Stop comparing", selected, tab -> tab.comparison().stop());
        stop.setId("menu-compare-stop");
        stop.disableProperty().bind(cannotCompare);
        return new Menu("_Job", null, items, details, events, new SeparatorMenuItem(), previous, other, stop,
                new SeparatorMenuItem(), resubmit, commandCenter, new SeparatorMenuItem(), markKnown, known);
    }

    private static MenuItem onTab(String text, ObjectProperty<JobTab> selected, Consumer<JobTab> action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> Optional.ofNullable(selected.get()).ifPresent(action));
        return item;
    }

    private static MenuItem item(String text, Supplier<Optional<JobTabView>> views, Consumer<JobTabView> action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> views.get().ifPresent(action));
        return item;
    }
}
