package app.fiv.ui.jobs;

import app.fiv.joblist.Lookback;
import app.fiv.settings.AppSettings;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs view's choices for each server, in the app's settings; damaged values fall back to the
 * defaults. Each write of the settings goes to disk at once, so the window has them written in the
 * background: the newest choices of a server win, however quickly they change.
 */
public final class JobsSettings {
    private final AppSettings settings;
    private final Map<URI, JobsChoices> unsaved = new ConcurrentHashMap<>();
    private final Object writing = new Object();

    public JobsSettings(AppSettings settings) {
        this.settings = settings;
    }

    public JobsChoices of(URI server) {
        JobsChoices waiting = unsaved.get(server);
        return waiting != null ? waiting : stored(server);
    }

    /** Saves the choices off the FX thread. */
    public void saveLater(URI server, JobsChoices choices, TaskExecutor executor) {
        unsaved.put(server, choices);
        BackgroundTask.wrap(context -> {
            // Taken and written under one lock, so an older write can never land after a newer one.
            synchronized (writing) {
                JobsChoices newest = unsaved.get(server);
                if (newest != null) {
                    save(server, newest);
                    unsaved.remove(server, newest);
                }
            }
            return null;
        }).onFailure(error -> System.getLogger(JobsSettings.class.getName()).log(System.Logger.Level.WARNING,
                "The jobs view's choices could not be saved", error)).executeWith(executor);
    }

    private JobsChoices stored(URI server) {
        String key = key(server);
        JobsChoices defaults = JobsChoices.DEFAULT;
        Lookback lookback = settings.get(key + ".lookback").flatMap(Lookback::tryParse).orElse(defaults.lookback());
        boolean failuresOnly = settings.get(key + ".failuresOnly").map(Boolean::parseBoolean).orElse(defaults.failuresOnly());
        boolean allTypes = settings.get(key + ".allTypes").map(Boolean::parseBoolean).orElse(defaults.allTypes());
        String client = settings.get(key + ".client").orElse(defaults.client());
        return new JobsChoices(lookback, failuresOnly, allTypes, client);
    }

    /** Writes only what changed, as each write is flushed to disk. Blocks. */
    public void save(URI server, JobsChoices choices) {
        JobsChoices before = stored(server);
        String key = key(server);
        if (!before.lookback().equals(choices.lookback())) {
            settings.put(key + ".lookback", choices.lookback().text());
        }
        if (before.failuresOnly() != choices.failuresOnly()) {
            settings.put(key + ".failuresOnly", Boolean.toString(choices.failuresOnly()));
        }
        if (before.allTypes() != choices.allTypes()) {
            settings.put(key + ".allTypes", Boolean.toString(choices.allTypes()));
        }
        if (!before.client().equals(choices.client())) {
            settings.put(key + ".client", choices.client().length() > 256 ? null : choices.client());
        }
    }

    /** Preference keys are short; a name derived from the address stands in for it. */
    private static String key(URI server) {
        byte[] address = server.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return "jobsView." + UUID.nameUUIDFromBytes(address);
    }
}
