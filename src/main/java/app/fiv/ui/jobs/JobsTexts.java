package app.fiv.ui.jobs;

import app.fiv.api.Session;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/** The jobs view's words as bindings: the count for the status bar, the empty table's text, the listing's line. */
final class JobsTexts {
    private final StringBinding count;
    private final StringBinding placeholder;
    private final StringBinding listed;

    JobsTexts(ObservableValue<JobListLoad.Loaded> loaded, ShownJobs shown, ObservableBooleanValue busy,
              ObservableValue<Session> session, JobsFilters filters, ZoneId zone) {
        count = Bindings.createStringBinding(() -> {
            JobRowFilter filter = shown.filterProperty().get();
            return loaded.getValue() == null || filter == null ? "" : JobsText.count(shown.rowsProperty().get().size(),
                    loaded.getValue().rows().size(), filter.failuresOnly());
        }, loaded, shown.rowsProperty(), shown.filterProperty());
        placeholder = Bindings.createStringBinding(() -> JobsText.placeholder(session.getValue() != null, busy.get(),
                loaded.getValue() == null ? -1 : loaded.getValue().rows().size(), filters),
                loaded, busy, session, shown.filterProperty(), filters.textProperty());
        listed = Bindings.createStringBinding(() -> loaded.getValue() == null ? ""
                : JobsText.listed(loaded.getValue().listing(), loaded.getValue().lookback(), zone), loaded);
    }

    StringBinding count() {
        return count;
    }

    StringBinding placeholder() {
        return placeholder;
    }

    StringBinding listed() {
        return listed;
    }
}
