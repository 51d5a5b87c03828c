package app.fiv.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import app.fiv.ui.table.ColumnLayout;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * The listed jobs, one row each. It mirrors the view-model (rows, sort keys) and forwards what the
 * admin does: sort by any column (Shift+click adds a key), show, hide and move columns (remembered),
 * Enter or a double-click opens the job's failed items, the row menu offers the job actions. The
 * last column (the reason) takes the room left.
 */
final class JobsTable extends TableView<JobRow> {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** Opens the selected jobs together; Enter opens the one under the cursor, as with one job selected. */
    static final KeyCombination OPEN_SELECTED = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final JobsViewModel model;
    private final Subscription subscriptions;
    private boolean replacingRows;

    JobsTable(JobsViewModel model, JobsColumnLayout layout) {
        this.model = model;
        setId("jobs-table");
        // Rows of one height (app.css), so laying out the list measures no row.
        // Several jobs (Shift, Ctrl, Ctrl+A) open together in one tab.
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) change -> tellSelection());
        setTableMenuButtonVisible(true);
        Label placeholder = new Label();
        placeholder.setId("jobs-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(620);
        placeholder.textProperty().bind(model.placeholderTextBinding());
        setPlaceholder(placeholder);
        arrange(layout);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setSortPolicy(view -> {
            // TableView sorts whenever its items are replaced: that is not the admin's doing.
            if (!replacingRows) {
                model.sort(sortKeys());
            }
            return true;
        });
        getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<JobRow, ?>>) change ->
                model.setVisibleColumns(getVisibleLeafColumns().stream().map(c -> (JobColumn) c.getUserData()).toList()));
        setRowFactory(view -> row());
        setContextMenu(actionsMenu());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            JobRow selected = getSelectionModel().getSelectedItem();
            if (OPEN_SELECTED.match(event)) {
                model.openSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && selected != null) {
                model.open(selected);
                event.consume();
            } else if (COPY.match(event) && selected != null) {
                run("copy-id", selected);
                event.consume();
            }
        });
        subscriptions = model.rowsProperty().subscribe(this::showRows)
                .and(model.sortKeysProperty().subscribe(this::mirrorSort));
    }

    void dispose() {
        subscriptions.unsubscribe();
    }

    /** Puts the keyboard in the list, on the selected job or the first one. */
    void focusList() {
        requestFocus();
        if (!getItems().isEmpty() && getSelectionModel().isEmpty()) {
            getSelectionModel().select(0);
            getFocusModel().focus(0);
        }
    }

    JobRow selected() {
        return getSelectionModel().getSelectedItem();
    }

    /** The selected jobs in the order shown, for Open failed items of N jobs. */
    private void tellSelection() {
        List<Integer> indices = new ArrayList<>(getSelectionModel().getSelectedIndices());
        indices.removeIf(index -> index == null || index < 0 || index >= getItems().size());
        indices.sort(null);
        model.select(indices.stream().distinct().map(getItems()::get).toList());
    }

    /** The columns in the remembered order and visibility; each change is remembered a moment later. */
    private void arrange(JobsColumnLayout layout) {
        ColumnLayout remembered = layout.load();
        java.util.Map<String, TableColumn<JobRow, String>> byName = new java.util.HashMap<>();
        for (JobColumn column : JobColumn.values()) {
            byName.put(column.header(), column(column));
        }
        List<String> names = java.util.Arrays.stream(JobColumn.values()).map(JobColumn::header).toList();
        for (String name : remembered.arrange(names)) {
            TableColumn<JobRow, String> column = byName.get(name);
            column.setVisible(!remembered.hidden().contains(name));
            getColumns().add(column);
        }
        if (getColumns().stream().noneMatch(TableColumn::isVisible)) {
            getColumns().forEach(column -> column.setVisible(true));
        }
        PauseTransition pending = new PauseTransition(Duration.millis(400));
        pending.setOnFinished(event -> layout.save(getColumns().stream().map(TableColumn::getText).toList(),
                getColumns().stream().filter(column -> !column.isVisible()).map(TableColumn::getText)
                        .collect(java.util.stream.Collectors.toSet())));
        InvalidationListener changed = observable -> pending.playFromStart();
        getColumns().addListener(changed);
        getColumns().forEach(column -> column.visibleProperty().addListener(changed));
    }

    private TableColumn<JobRow, String> column(JobColumn column) {
        TableColumn<JobRow, String> table = new TableColumn<>(column.header());
        table.setUserData(column);
        table.setId("jobs-column-" + column.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        table.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().cell(column)));
        table.setCellFactory(c -> new JobCell(column));
        table.setPrefWidth(width(column));
        // The columns that identify a job and count its failures keep their width; text columns give way.
        boolean keepsWidth = column == JobColumn.JOB_ID || column == JobColumn.END || column == JobColumn.START
                || column.numeric();
        table.setMinWidth(keepsWidth ? width(column) : 60);
        table.setSortType(TableColumn.SortType.ASCENDING);
        return table;
    }

    private static double width(JobColumn column) {
        return switch (column) {
            case JOB_ID -> 66;
            case STATUS -> 262;
            case CLIENT -> 108;
            case AGENT -> 140;
            case BACKUP_SET -> 124;
            case SUBCLIENT -> 98;
            case TYPE -> 78;
            case LEVEL -> 100;
            case START, END -> 136;
            case DURATION -> 80;
            case FAILED_FILES -> 100;
            case FAILED_FOLDERS -> 118;
            case REASON -> 110;
        };
    }

    private TableRow<JobRow> row() {
        TableRow<JobRow> row = new TableRow<>();
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                model.open(row.getItem());
            }
        });
        return row;
    }

    /** The job actions, rebuilt as features add theirs; each one disabled where it does not apply. */
    private ContextMenu actionsMenu() {
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(event -> {
            JobRow selected = selected();
            menu.getItems().setAll(JobsMenus.items(model.actions(), selected));
            menu.getItems().add(0, JobsMenus.openSelected(model));
        });
        menu.getItems().add(new MenuItem("(no job selected)"));
        return menu;
    }

    private void run(String actionId, JobRow row) {
        model.actions().stream().filter(action -> action.id().equals(actionId) && action.applies().test(row.job()))
                .findFirst().ifPresent(action -> action.run().accept(row.job()));
    }

    private List<JobSortKey> sortKeys() {
        List<JobSortKey> keys = new ArrayList<>();
        for (TableColumn<JobRow, ?> column : getSortOrder()) {
            keys.add(new JobSortKey((JobColumn) column.getUserData(), column.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return keys;
    }

    /** The rows in their new order; the job selected before stays selected if it is still listed. */
    private void showRows(ObservableList<JobRow> rows) {
        JobRow before = selected();
        replacingRows = true;
        try {
            setItems(rows);
        } finally {
            replacingRows = false;
        }
        if (before != null) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).jobId() == before.jobId()) {
                    getSelectionModel().select(i);
                    getFocusModel().focus(i);
                    break;
                }
            }
        }
        mirrorSort(model.sortKeysProperty().get());
    }

    /** Shows the model's sort keys as the columns' arrows; setting them asks the model for what it has. */
    private void mirrorSort(List<JobSortKey> keys) {
        if (keys.equals(sortKeys())) {
            return;
        }
        List<TableColumn<JobRow, ?>> order = new ArrayList<>();
        for (JobSortKey key : keys) {
            for (TableColumn<JobRow, ?> column : getColumns()) {
                if (column.getUserData() == key.column()) {
                    column.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                    order.add(column);
                }
            }
        }
        getSortOrder().setAll(order);
    }
}
