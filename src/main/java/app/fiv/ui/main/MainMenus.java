package app.fiv.ui.main;

import app.fiv.ui.export.ExportSettings;
import app.fiv.ui.tabs.JobMenu;
import app.fiv.ui.tabs.JobTabView;
import app.fiv.ui.theme.Theme;
import app.fiv.ui.theme.Themes;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar; its accelerators are the app's keyboard shortcuts, shown next to each item. */
final class MainMenus {
    private MainMenus() {
    }

    /** Where the keyboard goes: the Job ID field, the jobs list, the quick filter of what is shown. */
    record Focus(Runnable jobId, Runnable jobs, Runnable filter) {
    }

    static MenuBar build(MainViewModel model, MainActions actions, Themes themes, Focus focus,
                         Supplier<Optional<JobTabView>> selected) {
        MenuItem login = item("_Log in…", null, actions::logIn);
        MenuItem logout = item("Log _out", null, actions::logOut);
        logout.setId("menu-logout");
        logout.disableProperty().bind(model.session().sessionProperty().isNull());
        MenuItem findJob = item("_Find job…", "Shortcut+L", focus.jobId());
        MenuItem refresh = item("_Refresh (the jobs, or the job shown)", "F5", model::refresh);
        refresh.setId("menu-refresh");
        MenuItem openSaved = item("Open sa_ved answer…", "Shortcut+O", model::openSavedAnswer);
        openSaved.setId("menu-open-saved");
        MenuItem close = item("_Close tab", "Shortcut+W", model.fetch()::closeSelectedTab);
        MenuItem exportAll = item("_Export all shown rows…", "Shortcut+E", onTab(selected, JobTabView::exportAll));
        exportAll.setId("menu-export-all");
        MenuItem exportSelected = item("Export _selected rows…", "Shortcut+Shift+E", onTab(selected, JobTabView::exportSelected));
        ExportSettings export = model.exportSettings();
        CheckMenuItem formulas = new CheckMenuItem("Protect exported cells from spreadsheet formulas");
        formulas.setId("menu-formula-safe");
        formulas.selectedProperty().bindBidirectional(export.formulaSafeProperty());
        CheckMenuItem bom = new CheckMenuItem("Start CSV files with a byte-order mark (for Excel)");
        bom.selectedProperty().bindBidirectional(export.byteOrderMarkProperty());
        MenuItem timeouts = item("Connection _timeouts…", null, actions::connectionTimeouts);
        timeouts.setId("menu-timeouts");
        MenuItem quit = item("_Quit", "Shortcut+Q", actions::quit);
        Menu file = new Menu("_File", null, login, logout, findJob, refresh, close, openSaved, new SeparatorMenuItem(),
                exportAll, exportSelected, formulas, bom, new SeparatorMenuItem(), timeouts, new SeparatorMenuItem(), quit);
        model.selectedTabProperty().addListener((p, old, tab) -> {
            for (MenuItem needsTab : new MenuItem[] {close, exportAll, exportSelected}) {
                needsTab.setDisable(tab == null);
            }
        });
        close.setDisable(true);
        exportAll.setDisable(true);
        exportSelected.setDisable(true);

        // Ctrl+C stays with whichever control has the focus (the table copies rows, a field its text).
        MenuItem copyRows = item("_Copy selected rows (Ctrl+C in the table)", null, onTab(selected, JobTabView::copySelectedRows));
        MenuItem filter = item("F_ilter rows…", "Shortcut+F", focus.filter());
        filter.setId("menu-filter");
        MenuItem clear = item("C_lear filters", null,
                () -> Optional.ofNullable(model.selectedTabProperty().get()).ifPresent(tab -> tab.table().clearFilters()));
        Menu edit = new Menu("_Edit", null, copyRows, filter, clear);

        MenuItem jobs = item("_Jobs", "Shortcut+J", focus.jobs());
        jobs.setId("menu-jobs");
        Menu view = new Menu("_View", null, jobs, new SeparatorMenuItem());
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(theme.label() + " theme");
            choice.setId("menu-theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setSelected(themes.themeProperty().get() == theme);
            choice.setOnAction(event -> themes.themeProperty().set(theme));
            themes.themeProperty().addListener((p, old, now) -> choice.setSelected(now == theme));
            view.getItems().add(choice);
        }

        MenuItem about = item("_About Failed Items Viewer", null, actions::about);
        Menu help = new Menu("_Help", null, about);
        return new MenuBar(file, edit, JobMenu.build(model.selectedTabProperty(), selected, model.jobActions(),
                model::showKnownFailures), view, help);
    }

    private static Runnable onTab(Supplier<Optional<JobTabView>> selected, Consumer<JobTabView> action) {
        return () -> selected.get().ifPresent(action);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
