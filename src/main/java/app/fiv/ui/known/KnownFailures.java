package app.fiv.ui.known;

import app.fiv.known.RuleStore;
import app.fiv.ui.common.DialogService;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.TaskExecutor;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The window's known failures: one {@link RuleBook} a CommServe, shared by every tab of that
 * server (a saved answer uses the book of the server logged in to), the rule dialog and the list
 * of rules the window provides, and marking rows as known.
 */
public final class KnownFailures {
    private final RuleStore store;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Notices notices;
    private final Map<URI, RuleBook> books = new HashMap<>();
    private final ObjectProperty<URI> currentServer = new SimpleObjectProperty<>();
    private final ObservableValue<RuleBook> currentBook = currentServer.map(this::book);
    private final MarkAsKnown marking;
    private RuleEditor editor = RuleEditor.NONE;
    private RulesWindow rulesWindow = RulesWindow.NONE;

    /** @param store where each server's rules are kept; null for {@link #none} */
    public KnownFailures(RuleStore store, DialogService dialogs, TaskExecutor executor, Notices notices) {
        this.store = store;
        this.dialogs = dialogs;
        this.executor = executor;
        this.notices = notices;
        this.marking = new MarkAsKnown(this, executor, notices);
    }

    /** Known failures nowhere: for views shown without the window (no book, nothing is ever marked). */
    public static KnownFailures none(DialogService dialogs, TaskExecutor executor, Notices notices) {
        return new KnownFailures(null, dialogs, executor, notices);
    }

    /** The book of a server, read from its file the first time; null without a store or server. */
    public RuleBook book(URI server) {
        if (store == null || server == null) {
            return null;
        }
        return books.computeIfAbsent(server, key -> new RuleBook(key, store, executor, notices));
    }

    /** The web service of the session, whose book saved answers use; null when not logged in. */
    public ObjectProperty<URI> currentServerProperty() {
        return currentServer;
    }

    /** The current session's book, or null when not logged in. */
    public ObservableValue<RuleBook> currentBook() {
        return currentBook;
    }

    /** Opens the list of the book's rules; without a book says why there is none. */
    public void showRules(Optional<RuleBook> book) {
        if (book.isEmpty()) {
            notices.error(MarkAsKnown.NO_SERVER);
            return;
        }
        rulesWindow.show(new KnownRulesViewModel(book.get(), editor, dialogs, executor, notices));
    }

    public MarkAsKnown marking() {
        return marking;
    }

    RuleEditor editor() {
        return editor;
    }

    /** The window's rule dialog (set once the window is up). */
    public void setEditor(RuleEditor editor) {
        this.editor = editor;
    }

    /** The window's list of rules (set once the window is up). */
    public void setRulesWindow(RulesWindow rulesWindow) {
        this.rulesWindow = rulesWindow;
    }
}
