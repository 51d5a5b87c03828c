package app.fiv.ui.tabs;

import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.table.FailedItemsTableView;
import app.fiv.ui.table.RowSelection;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** One job tab's content: its header, the filter bar, the table and the failure reasons beside it. */
public final class JobTabView extends BorderPane {
    private final JobTab tab;
    private final FailedItemsTableView table;
    private final FilterBar filterBar;
    private final ReasonsPanel reasons;
    private final JobHeader header;

    public JobTabView(JobTab tab, ColumnLayouts layouts, Runnable refresh) {
        this.tab = tab;
        getStyleClass().add("job-tab");
        table = new FailedItemsTableView(tab.table(), tab.copy(), layouts, tab::export);
        filterBar = new FilterBar(tab, table, refresh);
        reasons = new ReasonsPanel(tab.table());
        SplitPane split = new SplitPane(table, reasons);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(reasons, false);
        header = new JobHeader(tab);
        setTop(new VBox(header, filterBar));
        setCenter(split);
    }

    /** The tab closed: its views let go of its model, so nothing of the view outlives it. */
    public void dispose() {
        table.dispose();
        filterBar.dispose();
        reasons.dispose();
        header.dispose();
    }

    public void focusFilter() {
        filterBar.focusFilter();
    }

    public void exportAll() {
        tab.export(RowSelection.allShownRows());
    }

    public void exportSelected() {
        tab.export(table.selection());
    }

    public void copySelectedRows() {
        tab.copy().copyRows(table.selection());
    }

    public JobTab tab() {
        return tab;
    }
}
