package app.fiv.ui;

import app.fiv.settings.AppSettings;
import app.fiv.settings.FileTokenStore;
import app.fiv.ui.app.AppContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The app of one UI test: its own preferences node and token file, so no test sees another's
 * settings or the user's own, and both are gone after the test.
 */
final class TestApp {
    final Preferences preferences = UiTestSupport.freshPreferences();
    final Path tokens;
    /** The config folder, where the app keeps each server's known failures. */
    final Path config;
    private AppContext context;

    TestApp() {
        try {
            Path folder = Files.createTempDirectory("fiv-ui-test");
            tokens = folder.resolve("tokens.json");
            config = folder.resolve("config");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's objects on this test's settings; start it (and swap in fakes) as the test needs. */
    AppContext context() {
        context = new AppContext(new AppSettings(preferences), new FileTokenStore(tokens)).withConfigFolder(config);
        return context;
    }

    void close() throws BackingStoreException {
        if (context != null) {
            context.close();
        }
        UiTestSupport.remove(preferences);
    }
}
