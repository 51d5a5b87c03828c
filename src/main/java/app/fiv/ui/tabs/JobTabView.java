package app.fiv.ui.tabs;

import app.fiv.ui.jobdetails.DetailsPane;
import app.fiv.ui.jobdetails.EventsPane;
import app.fiv.ui.jobdetails.PartState;
import app.fiv.ui.table.ColumnLayouts;
import app.fiv.ui.table.FailedItemsTableView;
import app.fiv.ui.table.RowSelection;
import app.fiv.ui.compare.JobComparison;
import app.fiv.ui.common.FirstTime;
import app.fiv.ui.compare.CompareBar;
import app.fiv.ui.compare.TrendChart;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * One job tab's content: its header with the job's actions, then three sections: the failed
 * items (filter bar, table, failure reasons beside it), the job's details, and its events. The
 * details and events load the first time their section is shown. A saved answer's tab has its
 * file's header and the failed items only; a tab of many jobs has their header (which jobs, which
 * could not be read, Retry) and the failed items only.
 */
public final class JobTabView extends BorderPane {
    private final JobTab tab;
    private final FailedItemsTableView table;
    private final FilterBar filterBar;
    private final ReasonsPanel reasons;
    private final VBox above;
    private final BooleanProperty showTrend = new SimpleBooleanProperty(true);
    private CompareBar compareBar;
    private TrendChart trend;
    private final Runnable disposeHeader;
    private DetailsPane details;
    private EventsPane events;
    private final TabPane sections;
    private final Tab itemsSection;
    private final Tab detailsSection;
    private final Tab eventsSection;
    private final Subscription comparing;
    private final Subscription subscription;

    public JobTabView(JobTab tab, ColumnLayouts layouts, Runnable refresh) {
        this.tab = tab;
        getStyleClass().add("job-tab");
        table = new FailedItemsTableView(tab.table(), tab.copy(), layouts, tab::export, tab::markKnown);
        filterBar = new FilterBar(tab, table, refresh);
        reasons = new ReasonsPanel(tab.table(), tab::markReasonKnown);
        above = new VBox(filterBar);
        BooleanBinding compares = tab.comparison().phaseProperty().isNotEqualTo(JobComparison.Phase.OFF);
        // The chart is the dearer part; it waits for the run it compares with, a later pulse than the bar.
        comparing = FirstTime.whenTrue(compares, this::buildCompareBar)
                .and(FirstTime.whenTrue(compares.and(tab.comparison().earlierJobProperty().isNotNull()), this::buildTrend));
        SplitPane split = new SplitPane(table, reasons);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(reasons, false);
        BorderPane items = new BorderPane(split, above, null, null, null);
        if (!tab.isOneJob()) {
            javafx.scene.layout.Region header;
            if (tab.isSavedAnswer()) {
                SavedAnswerHeader saved = new SavedAnswerHeader(tab);
                disposeHeader = saved::dispose;
                header = saved;
            } else {
                ManyJobsHeader many = new ManyJobsHeader(tab.many(), tab.comparison());
                disposeHeader = many::dispose;
                header = many;
            }
            sections = null;
            itemsSection = null;
            detailsSection = null;
            eventsSection = null;
            subscription = Subscription.EMPTY;
            setTop(header);
            setCenter(items);
            return;
        }
        JobHeader header = new JobHeader(tab);
        JobActionsBar actions = new JobActionsBar(tab);
        disposeHeader = () -> {
            header.dispose();
            actions.dispose();
        };
        HBox.setHgrow(header, Priority.ALWAYS);
        itemsSection = section("Failed items", items, "section-items");
        detailsSection = section("Details", null, "section-details");
        eventsSection = section("Events", null, "section-events");
        sections = new TabPane(itemsSection, detailsSection, eventsSection);
        sections.setId("job-sections");
        sections.getStyleClass().add("job-sections");
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        subscription = sections.getSelectionModel().selectedItemProperty().subscribe(this::shown)
                .and(tab.details().eventsTable().all().subscribe(this::titleEvents))
                .and(tab.details().events().stateProperty().subscribe(state -> titleEvents()));
        setTop(new HBox(header, actions));
        setCenter(sections);
    }

    private static Tab section(String title, javafx.scene.Node content, String id) {
        Tab section = new Tab(title, content);
        section.setId(id);
        return section;
    }

    /** The comparison's bar, built when the tab first compares. */
    private void buildCompareBar() {
        compareBar = new CompareBar(tab.comparison(), tab.table(), showTrend);
        above.getChildren().add(compareBar);
    }

    /** The trend chart of the subclient's runs, built when there is first a run to mark beside this job. */
    private void buildTrend() {
        trend = new TrendChart(tab.comparison(), tab.trend(), showTrend);
        above.getChildren().add(trend);
    }

    /** The details and events sections are built when first shown, and load their part of the job then. */
    private void shown(Tab section) {
        if (section == detailsSection) {
            if (details == null) {
                details = new DetailsPane(tab.details());
                detailsSection.setContent(details);
            }
            tab.details().details().show();
        } else if (section == eventsSection) {
            if (events == null) {
                events = new EventsPane(tab.details());
                eventsSection.setContent(events);
            }
            tab.details().events().show();
        }
    }

    /** "Events (12)" once they are loaded, so the count shows without opening them. */
    private void titleEvents() {
        boolean loaded = tab.details().events().stateProperty().get() == PartState.SHOWN;
        eventsSection.setText(loaded ? "Events (" + tab.details().eventsTable().all().size() + ")" : "Events");
    }

    /** The tab closed: its views let go of its model, so nothing of the view outlives it. */
    public void dispose() {
        subscription.unsubscribe();
        comparing.unsubscribe();
        table.dispose();
        filterBar.dispose();
        if (compareBar != null) {
            compareBar.dispose();
        }
        if (trend != null) {
            trend.dispose();
        }
        reasons.dispose();
        disposeHeader.run();
        if (details != null) {
            details.dispose();
        }
        if (events != null) {
            events.dispose();
        }
    }

    public void focusFilter() {
        if (sections != null && sections.getSelectionModel().getSelectedItem() == eventsSection) {
            events.focusFilter();
            return;
        }
        showFailedItems();
        filterBar.focusFilter();
    }

    public void showFailedItems() {
        if (sections != null) {
            sections.getSelectionModel().select(itemsSection);
        }
    }

    public void showDetails() {
        if (sections != null) {
            sections.getSelectionModel().select(detailsSection);
        }
    }

    public void showEvents() {
        if (sections != null) {
            sections.getSelectionModel().select(eventsSection);
        }
    }

    /** Opens the rule dialog for the selected rows (all shown after Ctrl+A). */
    public void markSelectedKnown() {
        showFailedItems();
        tab.markKnown(table.selection());
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
