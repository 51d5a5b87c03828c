package app.fiv.ui.main;

import app.fiv.jobs.JobFetcher;
import app.fiv.known.RuleStore;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.task.TaskExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The main view-model as the app wires it, with a fake login dialog, clipboard and file chooser. */
public final class MainModels {
    private MainModels() {
    }

    public static MainViewModel create(SessionStore sessions, TaskExecutor executor, AppSettings settings, FakeLogins logins) {
        return create(sessions, executor, settings, logins, new FakeDialogs(), temporaryConfig());
    }

    /** The same with the test's file choosers and config folder (where known failures are kept). */
    public static MainViewModel create(SessionStore sessions, TaskExecutor executor, AppSettings settings, FakeLogins logins,
                                       FakeDialogs dialogs, Path config) {
        StatusMessages messages = new StatusMessages();
        SessionViewModel session = new SessionViewModel(sessions, executor, messages);
        session.setLoginRequests(logins);
        return new MainViewModel(new JobFetcher(), session, messages, executor, settings, new FakeClipboard(),
                dialogs, new RuleStore(config));
    }

    private static Path temporaryConfig() {
        try {
            Path folder = Files.createTempDirectory("fiv-config");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
