package app.fiv.ui.known;

import app.fiv.known.KnownRules;
import app.fiv.known.RuleStore;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The known failures of one CommServe in the window: read from its file in the background when
 * first asked for, changed at once for every tab that shows that server's jobs, and written back
 * in the background. Writes go one at a time and each writes the newest rules, so the file ends
 * as the window does whatever order the writes finish in.
 */
public final class RuleBook {
    private final URI server;
    private final RuleStore store;
    private final TaskExecutor executor;
    private final Notices notices;
    private final ReadOnlyObjectWrapper<KnownRules> rules = new ReadOnlyObjectWrapper<>(KnownRules.NONE);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final Object writing = new Object();
    private volatile KnownRules newest;
    private String problem;

    RuleBook(URI server, RuleStore store, TaskExecutor executor, Notices notices) {
        this.server = server;
        this.store = store;
        this.executor = executor;
        this.notices = notices;
        BackgroundTask.wrap(context -> store.load(server.toString()))
                .onSuccess(read -> {
                    rules.set(read);
                    loaded.set(true);
                })
                .onFailure(error -> {
                    problem = RuleFileProblems.of(error);
                    loaded.set(true);
                    notices.error("The known failures of " + host() + " are not applied: " + problem + " Fix the file, or"
                            + " add rules again (the file is then kept beside the new one as .unreadable).");
                })
                .executeWith(executor);
    }

    /**
     * Replaces the rules: every tab of this server marks its rows by them at once, and the file
     * follows in the background. Only once the rules are read ({@link #loadedProperty}).
     *
     * @param done what the status bar says once they are saved
     */
    public void save(KnownRules next, String done) {
        if (!loaded.get()) {
            throw new IllegalStateException("the known failures of " + host() + " are still being read");
        }
        rules.set(next);
        newest = next;
        Path file = store.fileOf(server.toString());
        Path unreadable = file.resolveSibling(file.getFileName() + ".unreadable");
        BackgroundTask.wrap(context -> {
            synchronized (writing) {
                store.save(server.toString(), newest);
            }
            return Files.exists(unreadable);
        }).onSuccess(kept -> {
            // The file is readable again: what the dialog said of it is no longer true.
            boolean wasUnreadable = problem != null;
            problem = null;
            notices.status(done + (wasUnreadable && kept ? " The file that could not be read is kept as "
                    + unreadable.getFileName() + "." : ""));
        }).onFailure(error -> notices.error("The known failures of " + host() + " could not be saved in " + file + " ("
                        + RuleFileProblems.ofWriting(error) + "). They apply until the app is closed; export them to keep them."))
                .executeWith(executor);
    }

    public URI server() {
        return server;
    }

    /** "cs.example.com", or with the port when it is not the default. */
    public String host() {
        return server.getPort() < 0 ? server.getHost() : server.getHost() + ":" + server.getPort();
    }

    public KnownRules rules() {
        return rules.get();
    }

    public ReadOnlyObjectProperty<KnownRules> rulesProperty() {
        return rules.getReadOnlyProperty();
    }

    /** True once the file was read (or found unreadable, see {@link #problem}). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Why the file could not be read, if it could not. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
