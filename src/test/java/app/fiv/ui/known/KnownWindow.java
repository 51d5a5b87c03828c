package app.fiv.ui.known;

import app.fiv.api.CommServeClient;
import app.fiv.demo.DemoCommServe;
import app.fiv.known.KnownMarks;
import app.fiv.known.KnownRule;
import app.fiv.known.RuleStore;
import app.fiv.model.FailedItemsTable;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.main.MainModels;
import app.fiv.ui.main.MainViewModel;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.table.TableViewModel;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The main view-model as the window has it, against demo servers, with tasks run at once, a fake
 * rule dialog and Known failures dialog, and a config folder of the test's own.
 */
final class KnownWindow implements AutoCloseable {
    final DirectTaskExecutor executor = new DirectTaskExecutor();
    final FakeLogins logins = new FakeLogins();
    final FakeDialogs dialogs = new FakeDialogs();
    final FakeRuleEditor editor = new FakeRuleEditor();
    final FakeRulesWindow rulesWindow = new FakeRulesWindow();
    final RuleStore store;
    final MainViewModel model;
    private final CommServeClient client;
    private final Preferences preferences = Preferences.userRoot().node("app/fiv/tests/known-" + System.nanoTime());

    KnownWindow(CommServeClient client, Path folder) {
        this.client = client;
        Path config = folder.resolve("config");
        this.store = new RuleStore(config);
        SessionStore sessions = new SessionStore(new AppSettings(preferences),
                new FileTokenStore(folder.resolve("tokens.json")), Clients.of(client));
        model = MainModels.create(sessions, executor, new AppSettings(preferences), logins, dialogs, config);
        model.known().setEditor(editor);
        model.known().setRulesWindow(rulesWindow);
    }

    void logIn(DemoCommServe server) throws Exception {
        logins.logIn(model.session(), DemoLogins.logIn(client, server));
    }

    /** Types the job ID and presses Enter; the job is then shown (tasks run at once). */
    JobTab open(long jobId) {
        model.fetch().jobIdTextProperty().set(String.valueOf(jobId));
        model.fetch().search();
        JobTab tab = model.selectedTabProperty().get();
        if (tab == null || tab.jobId() != jobId) {
            throw new AssertionError("job " + jobId + " is not shown: " + model.messages().errorProperty().get());
        }
        return tab;
    }

    /** Job ▸ Known failures… */
    KnownRulesViewModel rulesDialog() {
        model.showKnownFailures();
        return rulesWindow.shown();
    }

    String status() {
        return model.messages().statusProperty().get();
    }

    String error() {
        return model.messages().errorProperty().get();
    }

    @Override
    public void close() throws BackingStoreException {
        preferences.removeNode();
    }

    /** The Known column's cells of the tab, in the data's row order; empty when it has no Known column. */
    static List<String> knownCells(JobTab tab) {
        TableViewModel table = tab.table();
        int column = table.knownColumnProperty().get();
        List<String> cells = new ArrayList<>();
        if (column < 0) {
            return cells;
        }
        FailedItemsTable shown = table.tableProperty().get();
        for (int row = 0; row < shown.rowCount(); row++) {
            cells.add(shown.cell(row, column));
        }
        return cells;
    }

    static int knownCount(JobTab tab) {
        KnownMarks marks = tab.known().marksProperty().get();
        return marks == null ? 0 : marks.knownCount();
    }

    /** How many of the job's rows meet the condition, counted from the job's own table. */
    static int rowsWhere(JobTab tab, Predicate<Row> condition) {
        FailedItemsTable items = tab.jobProperty().get().items();
        int reason = items.columnIndex("failureReason");
        int path = items.columnIndex("entity");
        int count = 0;
        for (int row = 0; row < items.rowCount(); row++) {
            if (condition.test(new Row(items.cell(row, reason), items.cell(row, path)))) {
                count++;
            }
        }
        return count;
    }

    record Row(String reason, String path) {
    }

    static KnownRule rule(String reason, String path, String client, String note) {
        return KnownRule.of(reason, app.fiv.known.ReasonMatch.EXACT, path, client, note);
    }
}
