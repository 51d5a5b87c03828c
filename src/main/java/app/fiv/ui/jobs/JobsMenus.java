package app.fiv.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;

/** Menu items for the job actions, for the row menu and the toolbar's "Job" button alike. */
final class JobsMenus {
    private JobsMenus() {
    }

    /** Open failed items of N jobs: shown while several jobs are selected. */
    static MenuItem openSelected(JobsViewModel model) {
        MenuItem item = new MenuItem(model.selection().openTextBinding().get());
        item.setId("job-action-open-selected");
        item.setAccelerator(JobsTable.OPEN_SELECTED);
        item.setVisible(model.selection().canOpenManyBinding().get());
        item.setOnAction(event -> model.openSelected());
        return item;
    }

    static List<MenuItem> items(List<JobAction> actions, JobRow selected) {
        List<MenuItem> items = new ArrayList<>();
        for (JobAction action : actions) {
            MenuItem item = new MenuItem(action.label());
            item.setMnemonicParsing(true);
            item.setId("job-action-" + action.id());
            item.setDisable(selected == null || !action.applies().test(selected.job()));
            item.setOnAction(event -> {
                if (selected != null) {
                    action.run().accept(selected.job());
                }
            });
            items.add(item);
        }
        return items;
    }
}
