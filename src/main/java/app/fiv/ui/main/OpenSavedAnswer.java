package app.fiv.ui.main;

import app.fiv.api.JobSummary;
import app.fiv.jobs.LoadedJob;
import app.fiv.jobs.SavedAnswers;
import app.fiv.model.FailedItemsTable;
import app.fiv.settings.AppSettings;
import app.fiv.ui.common.DialogService;
import app.fiv.ui.common.ErrorMessages;
import app.fiv.ui.common.FileType;
import app.fiv.ui.common.StatusMessages;
import app.fiv.ui.job.Sizes;
import app.fiv.ui.tabs.JobTab;
import app.fiv.ui.tabs.TabServices;
import app.fiv.ui.task.BackgroundTask;
import app.fiv.ui.task.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * File ▸ Open saved answer…: a FailedItems answer saved by curl or sent by a colleague, either
 * shape, JSON or XML, read in the background into a tab of its own, with no CommServe (so
 * support can look at a customer's job). F5 reads the file again; a file that cannot be read
 * says why and opens no tab, and a tab whose file has become unreadable keeps its rows. A file
 * is read once at a time, so opening it again while it is read gives it one tab.
 */
final class OpenSavedAnswer {
    private static final String FOLDER_KEY = "savedAnswers.folder";
    private static final List<FileType> ANSWERS = List.of(
            new FileType("FailedItems answers (JSON, XML)", List.of("*.json", "*.xml")), FileType.ANY);

    private final DialogService dialogs;
    private final OpenJobTabs tabs;
    private final TabServices services;
    private final TaskExecutor executor;
    private final StatusMessages notices;
    private final AppSettings settings;
    private final Set<Path> reading = new HashSet<>();

    OpenSavedAnswer(DialogService dialogs, OpenJobTabs tabs, TabServices services, TaskExecutor executor,
                    StatusMessages notices, AppSettings settings) {
        this.dialogs = dialogs;
        this.tabs = tabs;
        this.services = services;
        this.executor = executor;
        this.notices = notices;
        this.settings = settings;
    }

    /** Asks for the file, then opens it. */
    void choose() {
        Path folder = settings.get(FOLDER_KEY).map(Path::of).filter(Files::isDirectory).orElse(null);
        dialogs.chooseOpenFile("Open saved answer", folder, ANSWERS).ifPresent(file -> {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                settings.put(FOLDER_KEY, parent.toString());
            }
            open(file);
        });
    }

    /** Opens the file in a new tab; a file already open gets its tab back. */
    void open(Path file) {
        if (stillReading(file)) {
            return;
        }
        Optional<JobTab> open = tabs.findSaved(file);
        if (open.isPresent()) {
            tabs.selectedProperty().set(open.get());
            notices.dismissError();
            notices.status(file.getFileName() + " is already open. Press F5 or Refresh to read it again.");
            return;
        }
        read(file, loaded -> tabs.open(JobTab.savedAnswer(file, loaded, services)));
    }

    /** Reads the tab's file again; the tab keeps its rows until the new ones are read. */
    void reload(JobTab tab) {
        if (stillReading(tab.savedAnswer())) {
            return;
        }
        read(tab.savedAnswer(), loaded -> {
            if (tabs.list().contains(tab)) {
                tab.update(loaded);
            }
        });
    }

    /** A big file takes a while: asked for again meanwhile, it is not read (nor given a tab) twice. */
    private boolean stillReading(Path file) {
        if (reading.contains(file.toAbsolutePath().normalize())) {
            notices.status("Still reading " + file.getFileName() + "…");
            return true;
        }
        return false;
    }

    private void read(Path file, java.util.function.Consumer<LoadedJob> show) {
        Path key = file.toAbsolutePath().normalize();
        reading.add(key);
        notices.dismissError();
        notices.status("Reading " + file.getFileName() + "…");
        long started = System.nanoTime();
        BackgroundTask.wrap(context -> {
            FailedItemsTable items = SavedAnswers.read(file);
            return new LoadedJob(noJob(), items, Files.size(file), Duration.ofNanos(System.nanoTime() - started), true);
        }).onSuccess(loaded -> {
            reading.remove(key);
            show.accept(loaded);
            int rows = loaded.items().rowCount();
            notices.status("Read " + Sizes.count(rows) + (rows == 1 ? " failed item" : " failed items") + " from " + file.getFileName()
                    + " (" + Sizes.bytes(loaded.bytes()) + " in " + Sizes.seconds(loaded.elapsed()) + ").");
        }).onFailure(error -> {
            reading.remove(key);
            notices.status("Could not read " + file.getFileName() + ".");
            notices.error(ErrorMessages.of(error));
        }).executeWith(executor);
    }

    /** A saved answer names no job: the summary of none. */
    private static JobSummary noJob() {
        return new JobSummary(0, "", "", "", "", "", 0, Optional.empty(), Optional.empty(), 0, 0, 0, "", "", "", "");
    }
}
