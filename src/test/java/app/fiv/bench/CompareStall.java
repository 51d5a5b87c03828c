package app.fiv.bench;

import static app.fiv.bench.WindowSession.onFx;

import app.fiv.compare.Change;
import app.fiv.demo.DemoJobs;
import app.fiv.ui.compare.JobComparison;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.table.TableViewModel;

/**
 * Issue 16's window figure: the million-item job's tab (left open by {@link FxStall}) compared
 * in the whole app, with its longest FX-thread stall. The demo has one job of 1,000,000 items and
 * no second one with a previous-run relation to it, so the tab is compared through Compare with
 * job… with the biggest other job, 1013 (200,000 rows in the CSV shape): the other job's fetch,
 * the comparison of 1,000,000 with 200,000 rows, and showing the 1,200,000 compared rows. Then the
 * change filter over them, and Stop comparing back to the job's own rows.
 */
final class CompareStall {
    private CompareStall() {
    }

    static void measure(WindowSession window, ResultTable results) throws Exception {
        JobTab tab = onFx(() -> window.model().selectedTabProperty().get());
        if (tab == null || tab.jobId() != DemoJobs.MILLION_ITEMS) {
            throw new IllegalStateException("the million-item job's tab is not the one shown");
        }
        TableViewModel table = tab.table();
        window.dialogs().answerText(Long.toString(DemoJobs.LARGE_CSV));
        WindowSession.Figure compare = window.measure(() -> tab.comparison().askForJob(),
                () -> tab.comparison().phaseProperty().get() == JobComparison.Phase.SHOWN
                        && table.changeColumnProperty().get() >= 0 && !table.workingProperty().get(), 120);
        int rows = onFx(() -> table.totalCountProperty().get());
        results.window(String.format(java.util.Locale.ROOT, "compare 1M rows with job 1013 (fetch 200k + compare + show %,d)",
                rows), compare, 2000, 100);
        results.note("  the counts line", onFx(() -> tab.comparison().lineBinding().get()), "", null);

        WindowSession.Figure filter = window.measure(() -> table.changeFilterProperty().set(Change.FIXED.text()),
                () -> !table.workingProperty().get() && table.shownCountProperty().get() < rows, 60);
        results.window("filter the compared rows by change (fixed)", filter, 0, 100);

        WindowSession.Figure stop = window.measure(() -> tab.comparison().stop(),
                () -> table.changeColumnProperty().get() < 0 && !table.workingProperty().get()
                        && table.totalCountProperty().get() == DemoJobs.MILLION_ITEMS_COUNT, 60);
        results.window("stop comparing: back to the 1M rows", stop, 0, 100);
    }
}
