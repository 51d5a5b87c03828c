package app.fiv.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Above the jobs table: the lookback, the job types, the failures toggle, the client, the quick
 * filter, the job actions and Refresh; the listing's progress with Cancel goes on the line below.
 */
final class JobsToolbar extends HBox {
    private final TextField filter = new TextField();
    private final ComboBox<String> client = new ComboBox<>();
    private final JobsViewModel model;

    JobsToolbar(JobsViewModel model, JobsTable table) {
        super(8);
        this.model = model;
        JobsFilters filters = model.filters();
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 10, 6, 10));
        getStyleClass().add("jobs-toolbar");

        CheckBox failuresOnly = new CheckBox("Only jobs with f_ailures");
        failuresOnly.setMnemonicParsing(true);
        failuresOnly.setId("jobs-failures-only");
        failuresOnly.selectedProperty().bindBidirectional(filters.failuresOnlyProperty());
        failuresOnly.setTooltip(new Tooltip("Failed, Failed to Start, Killed or Completed w/ one or more errors,"
                + " or any failed files or folders whatever the status."));

        filter.setId("jobs-filter");
        filter.setPromptText("Filter jobs (Ctrl+F)");
        filter.setTooltip(new Tooltip("Jobs with this text in any column shown, ignoring case; Esc clears it."));
        filter.setPrefColumnCount(16);
        filter.textProperty().bindBidirectional(filters.textProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                table.focusList();
                event.consume();
            }
        });

        filter.setMinWidth(100);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(new LookbackBox(filters.lookbackProperty()), types(filters), failuresOnly,
                clientChoice(filters), filter, spacer, openSelected(), actions(table), refresh());
        getChildren().stream().filter(node -> node != filter && node != spacer && node instanceof Region)
                .forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
    }

    /** The listing's progress and its Cancel, shown while a listing runs (on the line below the toolbar). */
    HBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("jobs-progress");
        bar.setPrefWidth(110);
        bar.progressProperty().bind(Bindings.when(model.progressProperty().lessThan(0))
                .then(ProgressBar.INDETERMINATE_PROGRESS).otherwise(model.progressProperty()));
        Label text = new Label();
        text.setId("jobs-progress-text");
        text.getStyleClass().add("jobs-muted");
        text.textProperty().bind(model.progressTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("jobs-cancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(event -> model.cancel());
        HBox box = new HBox(6, text, bar, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.visibleProperty().bind(model.busyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    void dispose() {
        filter.textProperty().unbindBidirectional(model.filters().textProperty());
    }

    /** Backup jobs or every type, as two halves of one button; one of them is always on. */
    private static HBox types(JobsFilters filters) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton backups = new ToggleButton("Backup jobs");
        backups.setId("jobs-backups-only");
        backups.getStyleClass().add("left-pill");
        ToggleButton all = new ToggleButton("All job types");
        all.setId("jobs-all-types");
        all.getStyleClass().add("right-pill");
        all.setTooltip(new Tooltip("Also restores, aux copies, data verification and the other job types."));
        backups.setToggleGroup(group);
        all.setToggleGroup(group);
        group.selectToggle(filters.allTypesProperty().get() ? all : backups);
        group.selectedToggleProperty().addListener((p, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                filters.allTypesProperty().set(now == all);
            }
        });
        filters.allTypesProperty().addListener((p, old, allTypes) -> group.selectToggle(allTypes ? all : backups));
        return new HBox(backups, all);
    }

    private ComboBox<String> clientChoice(JobsFilters filters) {
        client.setId("jobs-client");
        client.setPrefWidth(170);
        client.setTooltip(new Tooltip("Only this client's jobs"));
        client.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null || name.isEmpty() ? "All clients" : name;
            }

            @Override
            public String fromString(String text) {
                return text == null || text.equals("All clients") ? "" : text;
            }
        });
        boolean[] syncing = new boolean[1];
        Runnable fill = () -> {
            syncing[0] = true;
            try {
                List<String> items = new ArrayList<>();
                items.add("");
                items.addAll(model.clientsProperty().get());
                String chosen = filters.clientProperty().get();
                if (!items.contains(chosen)) {
                    items.add(chosen);
                }
                client.getItems().setAll(items);
                client.setValue(chosen);
            } finally {
                syncing[0] = false;
            }
        };
        fill.run();
        model.clientsProperty().addListener((p, old, now) -> fill.run());
        filters.clientProperty().addListener((p, old, now) -> fill.run());
        client.valueProperty().addListener((p, old, now) -> {
            if (!syncing[0]) {
                filters.clientProperty().set(now == null ? "" : now);
            }
        });
        return client;
    }

    /** The job actions for the selected job; features add theirs to the view-model's list. */
    private MenuButton actions(JobsTable table) {
        MenuButton button = new MenuButton("Job");
        button.setId("jobs-actions");
        button.setOnShowing(event -> button.getItems().setAll(JobsMenus.items(model.actions(), table.selected())));
        button.getItems().setAll(JobsMenus.items(model.actions(), null));
        return button;
    }

    /** Open failed items of N jobs, while several jobs are selected (Ctrl+A: all shown). */
    private Button openSelected() {
        Button open = new Button();
        open.setId("jobs-open-selected");
        open.getStyleClass().add("accent");
        open.textProperty().bind(model.selection().openTextBinding());
        open.setTooltip(new Tooltip("Every failed item of the selected jobs in one tab, with their job ID, client and"
                + " subclient first (Ctrl+Enter; Ctrl+A selects all shown)"));
        open.setOnAction(event -> model.openSelected());
        open.visibleProperty().bind(model.selection().canOpenManyBinding());
        open.managedProperty().bind(open.visibleProperty());
        return open;
    }

    private Button refresh() {
        Button refresh = new Button("Refresh");
        refresh.setId("jobs-refresh");
        refresh.setTooltip(new Tooltip("List the jobs again (F5)"));
        refresh.setOnAction(event -> model.refresh());
        return refresh;
    }
}
