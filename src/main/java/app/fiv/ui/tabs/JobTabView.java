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

    public JobTabView(JobTab tab, ColumnLayouts layouts, Runnable refresh) {
        this.tab = tab;
        getStyleClass().add("job-tab");
        table = new FailedItemsTableView(tab.table(), tab.copy(), layouts, tab::export);
        filterBar = new FilterBar(tab, table, refresh);
        ReasonsPanel reasons = new ReasonsPanel(tab.table());
        SplitPane split = new SplitPane(table, reasons);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(reasons, false);
        setTop(new VBox(new JobHeader(tab), filterBar));
        setCenter(split);
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
