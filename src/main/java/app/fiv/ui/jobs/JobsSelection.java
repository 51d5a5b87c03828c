package app.fiv.ui.jobs;

import app.fiv.api.JobSummary;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The jobs selected in the jobs view (several with Shift or Ctrl, all shown with Ctrl+A) and
 * Open failed items of N jobs: those jobs in one tab, in the order shown.
 */
public final class JobsSelection {
    private final ReadOnlyObjectWrapper<List<JobRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final StringBinding openText = Bindings.createStringBinding(() -> label(rows.get().size()), rows);
    private final BooleanBinding canOpenMany = Bindings.createBooleanBinding(() -> rows.get().size() > 1, rows);
    private Consumer<List<JobSummary>> openMany = jobs -> { };

    void select(List<JobRow> selected) {
        rows.set(List.copyOf(selected));
    }

    void openManyWith(Consumer<List<JobSummary>> open) {
        this.openMany = open;
    }

    /** Several jobs in one tab; one job in its own, as Enter opens it. */
    void open(Consumer<JobRow> openOne) {
        List<JobRow> now = rows.get();
        if (now.size() == 1) {
            openOne.accept(now.get(0));
        } else if (now.size() > 1) {
            openMany.accept(now.stream().map(JobRow::job).toList());
        }
    }

    public ReadOnlyObjectProperty<List<JobRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "Open failed items of 16 jobs". */
    public StringBinding openTextBinding() {
        return openText;
    }

    /** True when more than one job is selected. */
    public BooleanBinding canOpenManyBinding() {
        return canOpenMany;
    }

    static String label(int jobs) {
        return "Open failed items of " + jobs + (jobs == 1 ? " job" : " jobs");
    }
}
