package app.fiv.ui.jobdetails;

import app.fiv.api.JobDetails;
import app.fiv.api.VmOutcome;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * A job's details: who and what started it, state and delay reason, counts and times, then its
 * attempts and, for a VM job, its VMs with the failed ones first. Hidden with a note when the
 * server does not offer them.
 */
public final class DetailsPane extends BorderPane {
    private final ZoneId zone = ZoneId.systemDefault();
    private final PartNote note;
    private final GridPane general = new GridPane();
    private final TableView<JobDetails.Attempt> attempts = new TableView<>();
    private final TableView<JobDetails.VirtualMachine> vms = new TableView<>();
    private final Label vmTitle = new Label();
    private final VBox content;
    private final List<Subscription> subscriptions = new ArrayList<>();

    public DetailsPane(JobDetailsModel model) {
        getStyleClass().add("details-pane");
        note = new PartNote(model.details(), "details");
        general.setId("details-general");
        general.getStyleClass().add("details-general");
        general.setHgap(14);
        general.setVgap(4);

        attempts.setId("attempts-table");
        attempts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attempts.setFixedCellSize(26);
        attempts.getColumns().setAll(List.of(
                column("#", 40, a -> a.number() == 0 ? "" : String.valueOf(a.number())),
                column("Phase", 150, JobDetails.Attempt::phase),
                column("Status", 130, JobDetails.Attempt::status),
                column("Started", 150, a -> DetailsTexts.time(a.startTime(), zone)),
                column("Ended", 150, a -> DetailsTexts.time(a.endTime(), zone)),
                column("Reason", 300, JobDetails.Attempt::reason)));
        attempts.setPlaceholder(new Label("The CommServe listed no attempts."));
        SortedList<JobDetails.Attempt> sortedAttempts = new SortedList<>(model.attempts());
        sortedAttempts.comparatorProperty().bind(attempts.comparatorProperty());
        attempts.setItems(sortedAttempts);

        vms.setId("vm-table");
        vms.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<JobDetails.VirtualMachine, JobDetails.VirtualMachine> status = new TableColumn<>("Status");
        status.setPrefWidth(170);
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        status.setComparator(JobDetailsModel.FAILED_FIRST);
        status.setCellFactory(column -> new OutcomeCell());
        vms.getColumns().setAll(List.of(column("Virtual machine", 200, JobDetails.VirtualMachine::name), status,
                column("Host", 160, JobDetails.VirtualMachine::host),
                column("Failure reason", 400, JobDetails.VirtualMachine::failureReason)));
        SortedList<JobDetails.VirtualMachine> sortedVms = new SortedList<>(model.virtualMachines());
        sortedVms.comparatorProperty().bind(vms.comparatorProperty());
        vms.setItems(sortedVms);
        vmTitle.setId("vm-summary");
        vmTitle.getStyleClass().add("details-heading");
        VBox.setVgrow(vms, Priority.ALWAYS);

        Label attemptsTitle = new Label("Attempts");
        attemptsTitle.getStyleClass().add("details-heading");
        content = new VBox(8, general, attemptsTitle, attempts, vmTitle, vms);
        content.setPadding(new Insets(10));
        setTop(note);
        setCenter(content);
        subscriptions.add(model.details().valueProperty().subscribe(this::show));
        subscriptions.add(model.details().stateProperty().subscribe(state ->
                content.setVisible(state != PartState.UNAVAILABLE && model.details().valueProperty().get() != null)));
    }

    private void show(JobDetails details) {
        general.getChildren().clear();
        if (details == null) {
            return;
        }
        row(0, "Started by", DetailsTexts.text(details.startedBy()), "Started from", DetailsTexts.text(details.startedFrom()));
        row(1, "Operation", DetailsTexts.operation(details), "State", DetailsTexts.text(details.state()));
        row(2, "Started", DetailsTexts.time(details.startTime(), zone), "Ended", DetailsTexts.time(details.endTime(), zone));
        row(3, "Objects", DetailsTexts.count(details.objects()), "Files transferred", DetailsTexts.count(details.filesTransferred()));
        row(4, "Skipped items", DetailsTexts.count(details.skippedItems()), "Delay reason", DetailsTexts.text(details.delayReason()));
        int shownAttempts = Math.max(1, Math.min(details.attempts().size(), 8));
        // Rows of a fixed height under a header of about 40 px (the theme's), so every attempt shows up to 8.
        attempts.setPrefHeight(attempts.getFixedCellSize() * shownAttempts + 46);
        attempts.setMinHeight(attempts.getPrefHeight());
        boolean vmJob = details.isVirtualMachineJob();
        vmTitle.setText(vmJob ? DetailsTexts.vmSummary(details.virtualMachines()) : "");
        for (javafx.scene.Node node : new javafx.scene.Node[] {vmTitle, vms}) {
            node.setVisible(vmJob);
            node.setManaged(vmJob);
        }
    }

    private void row(int row, String label1, String value1, String label2, String value2) {
        general.addRow(row, label(label1), value(value1, label1), label(label2), value(value2, label2));
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("details-label");
        return label;
    }

    private static Label value(String text, String label) {
        Label value = new Label(text);
        value.setId("details-" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        value.setWrapText(true);
        value.getStyleClass().add("details-value");
        if (label.equals("Delay reason") && !text.equals(DetailsTexts.NONE)) {
            value.getStyleClass().add("details-delay");
        }
        return value;
    }

    static <S> TableColumn<S, String> column(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** The tab closed: the view lets go of the model. */
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        note.dispose();
        attempts.setItems(null);
        vms.setItems(null);
    }

    /** A VM's outcome as an icon and a word; a status the viewer cannot read is shown as the server gave it. */
    private static final class OutcomeCell extends TableCell<JobDetails.VirtualMachine, JobDetails.VirtualMachine> {
        @Override
        protected void updateItem(JobDetails.VirtualMachine vm, boolean empty) {
            super.updateItem(vm, empty);
            if (empty || vm == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(vm.outcome() == VmOutcome.UNKNOWN && !vm.status().isBlank() ? vm.status() : vm.outcome().label());
            setGraphic(StatusGlyph.of(vm.outcome()));
        }
    }
}
