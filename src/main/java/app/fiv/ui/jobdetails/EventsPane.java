package app.fiv.ui.jobdetails;

import app.fiv.api.EventSeverity;
import app.fiv.api.JobEvent;
import app.fiv.ui.common.CellTooltip;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;

/**
 * A job's events: a table sorted by severity (critical first) and then time (newest first), any
 * column sortable by its header, with a text filter and a lowest severity to show.
 */
public final class EventsPane extends BorderPane {
    private final EventsModel model;
    private final PartNote note;
    private final TextField filter = new TextField();
    private final ComboBox<EventSeverity> lowest = new ComboBox<>(FXCollections.observableArrayList(EventSeverity.values()));
    private final TableView<JobEvent> table = new TableView<>();
    private final Label count = new Label();
    private final Subscription subscription;

    public EventsPane(JobDetailsModel details) {
        getStyleClass().add("events-pane");
        model = details.eventsTable();
        note = new PartNote(details.events(), "events");

        filter.setId("events-filter");
        filter.setPromptText("Filter events");
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                event.consume();
            }
        });
        lowest.setId("events-severity");
        lowest.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventSeverity severity) {
                return severity == null ? "" : switch (severity) {
                    case INFORMATION -> "All severities";
                    case MINOR -> "Minor and above";
                    case MAJOR -> "Major and critical";
                    case CRITICAL -> "Critical only";
                };
            }

            @Override
            public EventSeverity fromString(String text) {
                return null;
            }
        });
        lowest.valueProperty().bindBidirectional(model.lowestSeverityProperty());
        count.setId("events-count");
        count.textProperty().bind(model.countText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label label = new Label("Fil_ter:");
        label.setMnemonicParsing(true);
        label.setLabelFor(filter);
        HBox bar = new HBox(8, label, filter, lowest, spacer, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("filter-bar");

        table.setId("events-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ZoneId zone = ZoneId.systemDefault();
        TableColumn<JobEvent, Instant> time = new TableColumn<>("Time");
        time.setPrefWidth(150);
        time.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().time().orElse(null)));
        time.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        time.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Instant instant, boolean empty) {
                super.updateItem(instant, empty);
                setText(empty ? null : DetailsTexts.time(java.util.Optional.ofNullable(instant), zone));
            }
        });
        time.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<JobEvent, EventSeverity> severity = new TableColumn<>("Severity");
        severity.setPrefWidth(120);
        severity.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().severity()));
        severity.setCellFactory(column -> new SeverityCell());
        severity.setSortType(TableColumn.SortType.DESCENDING);
        table.getColumns().setAll(List.of(time, severity, DetailsPane.column("Code", 80, JobEvent::code),
                DetailsPane.column("Subsystem", 110, JobEvent::subsystem), DetailsPane.column("Client", 130, JobEvent::clientName),
                DetailsPane.column("Description", 500, JobEvent::description)));
        table.getSortOrder().setAll(List.of(severity, time));
        SortedList<JobEvent> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            private final CellTooltip whole = new CellTooltip(this);

            @Override
            protected void updateItem(JobEvent event, boolean empty) {
                super.updateItem(event, empty);
                whole.show(empty || event == null || event.description().isBlank() ? null : event.description());
            }
        });
        Label empty = new Label();
        table.setPlaceholder(empty);
        Runnable placeholder = () -> empty.setText(model.all().isEmpty() && details.events().stateProperty().get() == PartState.SHOWN
                ? "The CommServe lists no events for this job." : model.all().isEmpty() ? "" : "No event matches the filter.");

        setTop(new VBox(note, bar));
        setCenter(table);
        subscription = model.shown().subscribe(placeholder).and(details.events().stateProperty().subscribe(state -> {
            boolean hidden = state == PartState.UNAVAILABLE;
            bar.setDisable(hidden || model.all().isEmpty() && state != PartState.SHOWN);
            table.setVisible(!hidden);
            placeholder.run();
        }));
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public void dispose() {
        subscription.unsubscribe();
        note.dispose();
        filter.textProperty().unbindBidirectional(model.filterTextProperty());
        lowest.valueProperty().unbindBidirectional(model.lowestSeverityProperty());
        count.textProperty().unbind();
        table.setItems(null);
    }

    /** A severity as its shape and its name. */
    private static final class SeverityCell extends TableCell<JobEvent, EventSeverity> {
        @Override
        protected void updateItem(EventSeverity severity, boolean empty) {
            super.updateItem(severity, empty);
            setText(empty || severity == null ? null : severity.label());
            setGraphic(empty || severity == null ? null : StatusGlyph.of(severity));
        }
    }
}
