package app.fiv.ui.jobs;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A cell of the jobs table: the status with its icon and what it means, numbers to the right,
 * failed counts above zero marked, and a reason's whole text in a tooltip.
 */
final class JobCell extends TableCell<JobRow, String> {
    private static final String FAILED_COUNT = "failed-count";

    private final JobColumn column;
    private final Tooltip tip = new Tooltip();

    JobCell(JobColumn column) {
        this.column = column;
        if (column.numeric()) {
            getStyleClass().add("numeric-cell");
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove(FAILED_COUNT);
        JobRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (empty || item == null || row == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setText(item);
        setGraphic(null);
        setTooltip(null);
        switch (column) {
            case STATUS -> {
                setGraphic(StatusIcons.of(row.kind()));
                tip.setText(tooltip(row));
                setTooltip(tip);
            }
            case FAILED_FILES, FAILED_FOLDERS -> {
                long count = column == JobColumn.FAILED_FILES ? row.job().failedFiles() : row.job().failedFolders();
                if (count > 0) {
                    getStyleClass().add(FAILED_COUNT);
                }
            }
            case REASON -> {
                tip.setText(row.job().pendingReason());
                setTooltip(item.isEmpty() ? null : tip);
            }
            default -> {
            }
        }
    }

    private static String tooltip(JobRow row) {
        String localized = row.job().localizedStatus();
        String status = row.job().status().isBlank() ? "(no status)" : row.job().status();
        String also = localized.isBlank() || localized.equals(row.job().status()) ? "" : " (" + localized + ")";
        return status + also + ": " + row.kind().meaning();
    }
}
