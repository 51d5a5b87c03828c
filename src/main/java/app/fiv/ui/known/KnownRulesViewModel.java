package app.fiv.ui.known;

import app.fiv.io.AtomicFile;
import app.fiv.io.IoMessages;
import app.fiv.known.KnownRule;
import app.fiv.known.KnownRules;
import app.fiv.known.RulesFile;
import app.fiv.ui.common.DialogService;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.FileType;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * The Known failures dialog of one server: its rules in order (the first that fits names a row),
 * added, edited, moved, removed, and shared as a file. Every change applies to the server's open
 * tabs at once. An import is read whole and checked before anything changes, so a file with a
 * mistake changes nothing; rules already there are not added twice.
 */
public final class KnownRulesViewModel {
    private static final List<FileType> RULE_FILES = List.of(FileType.JSON, FileType.ANY);

    private final RuleBook book;
    private final RuleEditor editor;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Notices notices;
    private final ObservableList<KnownRule> rules = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Subscription following;
    private Path folder;

    KnownRulesViewModel(RuleBook book, RuleEditor editor, DialogService dialogs, TaskExecutor executor, Notices notices) {
        this.book = book;
        this.editor = editor;
        this.dialogs = dialogs;
        this.executor = executor;
        this.notices = notices;
        following = book.rulesProperty().subscribe(now -> rules.setAll(now.rules()));
        book.problem().ifPresent(problem -> message.set("The file of these rules could not be read: " + problem));
    }

    public String title() {
        return "Known failures of " + book.host();
    }

    public void add() {
        if (ready()) {
            editor.edit(new RuleDraft("Add a known failure", scope(), null, "", app.fiv.known.ReasonMatch.EXACT, "", "",
                    false, "")).ifPresent(rule -> change(book.rules().with(rule), "Added: " + rule.describe() + "."));
        }
    }

    public void edit(KnownRule rule) {
        if (ready() && rule != null) {
            editor.edit(RuleDraft.editing(rule, scope()))
                    .ifPresent(edited -> change(book.rules().replacing(edited), "Changed: " + edited.describe() + "."));
        }
    }

    public void remove(KnownRule rule) {
        if (ready() && rule != null) {
            change(book.rules().without(rule.id()), "Removed: " + rule.describe() + ".");
        }
    }

    /** Moves the rule one place up (-1) or down (+1): where several rules fit a row, the first names it. */
    public void move(KnownRule rule, int by) {
        List<KnownRule> now = new ArrayList<>(book.rules().rules());
        int at = now.indexOf(rule);
        if (!ready() || at < 0 || at + by < 0 || at + by >= now.size()) {
            return;
        }
        now.remove(at);
        now.add(at + by, rule);
        change(KnownRules.of(now), "Moved: " + rule.describe() + ".");
    }

    /** Adds the rules of a file a colleague shared; a file with a mistake changes nothing and says what is wrong. */
    public void importRules() {
        if (!ready()) {
            return;
        }
        dialogs.chooseOpenFile("Import known failures", folder, RULE_FILES).ifPresent(file -> {
            folder = file.toAbsolutePath().getParent();
            BackgroundTask.wrap(context -> RulesFile.read(file))
                    .onSuccess(read -> {
                        KnownRules.Merged merged = book.rules().merge(read);
                        int already = read.size() - merged.added();
                        String done = "Imported " + count(merged.added()) + " from " + file.getFileName()
                                + (already == 0 ? "." : " (" + count(already) + " " + (already == 1 ? "was" : "were")
                                + " already here).");
                        if (merged.added() > 0) {
                            change(merged.rules(), done);
                        } else {
                            say(done);
                        }
                    })
                    .onFailure(error -> say(RuleFileProblems.of(error) + " Nothing was imported."))
                    .executeWith(executor);
        });
    }

    /** Writes the rules to a file to share (without the app's own IDs); the file is replaced only once complete. */
    public void exportRules() {
        List<KnownRule> now = book.rules().rules();
        String name = "known-failures-" + book.server().getHost() + ".json";
        dialogs.chooseSaveFile("Export known failures", folder, name, List.of(FileType.JSON)).ifPresent(file -> {
            folder = file.toAbsolutePath().getParent();
            BackgroundTask.wrap(context -> {
                AtomicFile.write(file, out -> out.write(RulesFile.toJson(now, null, false)));
                return now.size();
            }).onSuccess(written -> say("Exported " + count(written) + " to " + file + "."))
                    .onFailure(error -> say(error instanceof IOException io ? IoMessages.cannotWrite(file, io)
                            : ErrorMessages.of(error)))
                    .executeWith(executor);
        });
    }

    private boolean ready() {
        if (!book.loadedProperty().get()) {
            say("The known failures of " + book.host() + " are still being read; try again in a moment.");
            return false;
        }
        return true;
    }

    private void change(KnownRules next, String done) {
        book.save(next, done);
        say(done);
    }

    private void say(String text) {
        message.set(text);
        notices.status(text);
    }

    private String scope() {
        return "The rule is kept for " + book.host() + " and marks the rows of every job from it.";
    }

    private static String count(int rules) {
        return rules == 1 ? "1 known failure" : rules + " known failures";
    }

    /** The rules in order, as the book has them now. */
    public ObservableList<KnownRule> rules() {
        return rules;
    }

    /** What the last action did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public RuleBook book() {
        return book;
    }

    /** The dialog closed: it no longer follows the book. */
    public void dispose() {
        following.unsubscribe();
    }
}
