package app.fiv.ui.jobs;

import app.fiv.ui.common.CellTooltip;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableCell;

/**
 * A cell of the jobs table: the status with its icon and what it means, numbers to the right,
 * failed counts above zero marked, and a reason's whole text in a tooltip. A cell is reused for
 * other jobs as the list scrolls or changes, so it changes its nodes, style and tooltip only when
 * they differ: each such change costs the window a new CSS pass over the cell.
 */
final class JobCell extends TableCell<JobRow, String> {
    private static final String FAILED_COUNT = "failed-count";

    private final JobColumn column;
    // Only the status and reason columns need one.
    private final CellTooltip tip = new CellTooltip(this);
    // Each kind's icon is made once per cell.
    private final Map<JobStatusKind, Node> icons = new EnumMap<>(JobStatusKind.class);
    private boolean marked;

    JobCell(JobColumn column) {
        this.column = column;
        if (column.numeric()) {
            getStyleClass().add("numeric-cell");
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        JobRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (empty || item == null || row == null) {
            setText(null);
            showGraphic(null);
            mark(false);
            tip.show(null);
            return;
        }
        setText(item);
        switch (column) {
            case STATUS -> {
                showGraphic(icons.computeIfAbsent(row.kind(), StatusIcons::of));
                tip.show(tooltip(row));
            }
            case FAILED_FILES -> mark(row.job().failedFiles() > 0);
            case FAILED_FOLDERS -> mark(row.job().failedFolders() > 0);
            case REASON -> tip.show(item.isEmpty() ? null : row.job().pendingReason());
            default -> {
            }
        }
    }

    private void showGraphic(Node icon) {
        if (getGraphic() != icon) {
            setGraphic(icon);
        }
    }

    private void mark(boolean failed) {
        if (failed != marked) {
            marked = failed;
            if (failed) {
                getStyleClass().add(FAILED_COUNT);
            } else {
                getStyleClass().remove(FAILED_COUNT);
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
