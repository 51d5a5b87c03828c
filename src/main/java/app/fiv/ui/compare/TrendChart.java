package app.fiv.ui.compare;

import app.fiv.api.JobSummary;
import app.fiv.ui.job.Sizes;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * The trend beside a comparison: one bar a run of the subclient, its failed files and folders,
 * oldest on the left; the tab's job and the job compared with are marked, and a click on another
 * bar compares with that run. Shown while comparing and the trend is toggled on.
 */
public final class TrendChart extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT);

    private final JobComparison comparison;
    private final CategoryAxis runsAxis = new CategoryAxis();
    private final NumberAxis failedAxis = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(runsAxis, failedAxis);
    private final XYChart.Series<String, Number> series = new XYChart.Series<>();
    private final Label note = new Label();
    private final Subscription subscription;
    private List<TrendRun> runs = List.of();

    public TrendChart(JobComparison comparison, RunTrend trend, BooleanProperty showTrend) {
        super(2);
        this.comparison = comparison;
        setId("trend");
        getStyleClass().add("trend");
        setPadding(new Insets(2, 10, 4, 10));
        note.setId("trend-note");
        note.getStyleClass().add("trend-note");
        note.textProperty().bind(trend.noteProperty());
        chart.setId("trend-chart");
        chart.getStyleClass().add("trend-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(4);
        chart.setBarGap(0);
        chart.setPrefHeight(150);
        chart.setMinHeight(110);
        chart.setVerticalGridLinesVisible(false);
        runsAxis.setTickLabelRotation(0);
        runsAxis.setAnimated(false);
        failedAxis.setLabel("Failed files");
        failedAxis.setMinorTickVisible(false);
        failedAxis.setForceZeroInRange(true);
        failedAxis.setAnimated(false);
        chart.getData().add(series);
        Label current = legend("this job", "trend-legend-current");
        Label compared = legend("compared with", "trend-legend-compared");
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(12, note, current, compared);
        getChildren().addAll(top, chart);
        // Without another run (none found) there is nothing to mark beside this job's bar.
        visibleProperty().bind(showTrend.and(comparison.phaseProperty().isNotEqualTo(JobComparison.Phase.OFF))
                .and(comparison.earlierJobProperty().isNotNull()));
        managedProperty().bind(visibleProperty());
        subscription = trend.runsProperty().subscribe(this::show)
                .and(chart.widthProperty().subscribe(width -> narrowBars()))
                .and(comparison.earlierJobProperty().subscribe(earlier -> mark()));
    }

    private static Label legend(String text, String styleClass) {
        Label label = new Label(text, new javafx.scene.shape.Rectangle(10, 10));
        label.getStyleClass().addAll("trend-legend", styleClass);
        return label;
    }

    private void show(List<TrendRun> listed) {
        runs = listed;
        ZoneId zone = comparison.zone();
        series.getData().clear();
        for (TrendRun run : listed) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(category(run, zone), run.failed());
            bar.setExtraValue(run);
            series.getData().add(bar);
        }
        runsAxis.setCategories(javafx.collections.FXCollections.observableArrayList(
                series.getData().stream().map(XYChart.Data::getXValue).toList()));
        for (XYChart.Data<String, Number> bar : series.getData()) {
            bar.nodeProperty().subscribe(node -> dress(bar, node));
        }
        mark();
        narrowBars();
    }

    /** A few runs get bars of a bar's width, not half the chart each. */
    private void narrowBars() {
        int bars = Math.max(1, series.getData().size());
        double slot = Math.max(0, chart.getWidth() - 60) / bars;
        chart.setCategoryGap(Math.max(4, slot - 36));
    }

    /** "11-30 · 45912": the day and the job, unique as the chart's categories must be. */
    private static String category(TrendRun run, ZoneId zone) {
        return run.start().map(start -> DAY.format(start.atZone(zone)) + "\n").orElse("") + run.jobId();
    }

    private void dress(XYChart.Data<String, Number> bar, Node node) {
        if (node == null) {
            return;
        }
        TrendRun run = (TrendRun) bar.getExtraValue();
        String when = run.start().map(start -> ", " + WHEN.format(start.atZone(comparison.zone()))).orElse("");
        Tooltip tip = new Tooltip("Job " + run.jobId() + when + ": " + Sizes.count(run.failed()) + " failed files and folders"
                + (isCurrent(run) ? " (this job)" : " · click to compare with it"));
        tip.setShowDelay(Duration.millis(200));
        Tooltip.install(node, tip);
        node.setOnMouseClicked(event -> {
            if (!isCurrent(run)) {
                comparison.with(run.jobId());
            }
        });
        mark(run, node);
    }

    private void mark() {
        for (XYChart.Data<String, Number> bar : series.getData()) {
            if (bar.getNode() != null) {
                mark((TrendRun) bar.getExtraValue(), bar.getNode());
            }
        }
    }

    private void mark(TrendRun run, Node node) {
        JobSummary earlier = comparison.earlierJobProperty().get();
        node.getStyleClass().removeAll("trend-current", "trend-compared");
        if (isCurrent(run)) {
            node.getStyleClass().add("trend-current");
        } else if (earlier != null && earlier.jobId() == run.jobId()) {
            node.getStyleClass().add("trend-compared");
        }
        node.setId("trend-bar-" + run.jobId());
    }

    private boolean isCurrent(TrendRun run) {
        return comparison.current() != null && comparison.current().jobId() == run.jobId();
    }

    /** The runs shown, oldest first. */
    public List<TrendRun> runs() {
        return runs;
    }

    public void dispose() {
        subscription.unsubscribe();
        note.textProperty().unbind();
        visibleProperty().unbind();
    }
}
