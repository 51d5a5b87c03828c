package app.fiv.ui.main;

import app.fiv.jobs.JobFetcher;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.ui.common.FakeClipboard;
import app.fiv.ui.common.FakeDialogs;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.session.SessionViewModel;
import app.fiv.ui.task.TaskExecutor;

/** The main view-model as the app wires it, with a fake login dialog, clipboard and file chooser. */
public final class MainModels {
    private MainModels() {
    }

    public static MainViewModel create(SessionStore sessions, TaskExecutor executor, AppSettings settings, FakeLogins logins) {
        StatusMessages messages = new StatusMessages();
        SessionViewModel session = new SessionViewModel(sessions, executor, messages);
        session.setLoginRequests(logins);
        return new MainViewModel(new JobFetcher(), session, messages, executor, settings, new FakeClipboard(),
                new FakeDialogs());
    }
}
