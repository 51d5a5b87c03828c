package app.fiv.ui.jobdetails;

import app.fiv.api.EventSeverity;
import app.fiv.api.JobEvent;
import app.fiv.ui.job.Sizes;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * A job's events as the table shows them: most severe first (as loaded), narrowed by a text that
 * any of time, code, subsystem, client or description contains, and by a lowest severity. A job
 * has tens or hundreds of events, so filtering them on the FX thread costs well under a millisecond.
 */
public final class EventsModel {
    private final ObservableList<JobEvent> all = FXCollections.observableArrayList();
    private final FilteredList<JobEvent> shown = new FilteredList<>(all);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<EventSeverity> lowestSeverity = new SimpleObjectProperty<>(EventSeverity.INFORMATION);
    private final StringBinding countText;

    EventsModel(ObservableValue<List<JobEvent>> loaded) {
        loaded.subscribe(events -> all.setAll(events == null ? List.of() : events));
        filterText.subscribe(text -> refilter());
        lowestSeverity.subscribe(severity -> refilter());
        countText = Bindings.createStringBinding(() -> shown.size() == all.size()
                ? Sizes.count(all.size()) + (all.size() == 1 ? " event" : " events")
                : Sizes.count(shown.size()) + " / " + Sizes.count(all.size()) + " events", shown, all);
    }

    private void refilter() {
        String needle = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        EventSeverity lowest = lowestSeverity.get() == null ? EventSeverity.INFORMATION : lowestSeverity.get();
        shown.setPredicate(event -> event.severity().compareTo(lowest) >= 0 && (needle.isEmpty() || matches(event, needle)));
    }

    private static boolean matches(JobEvent event, String needle) {
        for (String text : new String[] {event.description(), event.code(), event.subsystem(), event.clientName(),
                event.severity().label()}) {
            if (text.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Every event of the job, most severe first. */
    public ObservableList<JobEvent> all() {
        return all;
    }

    /** The events the filters let through, in the loaded order; the table sorts its own view of them. */
    public ObservableList<JobEvent> shown() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<EventSeverity> lowestSeverityProperty() {
        return lowestSeverity;
    }

    /** "12 events", or "3 / 12 events" while filtered. */
    public StringBinding countText() {
        return countText;
    }
}
