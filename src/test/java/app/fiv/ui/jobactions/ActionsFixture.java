package app.fiv.ui.jobactions;

import app.fiv.api.CommServeClient;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;
import app.fiv.session.Clients;
import app.fiv.session.SessionStore;
import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.testing.DemoLogins;
import app.fiv.testing.TestClients;
import app.fiv.ui.main.MainModels;
import app.fiv.ui.main.MainViewModel;
import app.fiv.ui.session.FakeLogins;
import app.fiv.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The window's view-models as the app wires them, on a fresh settings node, with a fake login dialog. */
public final class ActionsFixture implements AutoCloseable {
    public final CommServeClient client = TestClients.json("actions-vm-test");
    public final FakeLogins logins = new FakeLogins();
    public final MainViewModel model;
    private final Preferences preferences = Preferences.userRoot().node("app/fiv/tests/actions-" + System.nanoTime());

    public ActionsFixture(TaskExecutor executor, Path folder) {
        SessionStore sessions = new SessionStore(new AppSettings(preferences),
                new FileTokenStore(folder.resolve("tokens.json")), Clients.of(client));
        model = MainModels.create(sessions, executor, new AppSettings(preferences), logins);
    }

    public Session logIn(DemoCommServe demo) throws Exception {
        Session session = DemoLogins.logIn(client, demo);
        logins.logIn(model.session(), session);
        return session;
    }

    public JobActionServices actions() {
        return model.jobActions();
    }

    @Override
    public void close() throws BackingStoreException {
        preferences.removeNode();
    }
}
