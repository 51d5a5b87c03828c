package app.fiv.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items that fail on the runs of one subclient. Each item keeps its identity (path, or the
 * CSV shape's row with its GUID) on every run; whether it fails on run {@code r} and with which
 * reason is a pure function of the pool's seed, the item and {@code r}, so every server of every
 * JVM serves the same history.
 *
 * <p>An item fails on the runs from {@code first} to {@code last}, on each of them (chance 1) or on
 * a seeded share of them (a flaky item: a file open now and then); its reason may change from a
 * given run on. Items are served in the order they were added.
 */
final class FailurePool {

    /** The list shape's two fields, or the CSV shape's header. */
    private final List<String> columns;
    private final int reasonColumn;
    private final long seed;
    private final List<Failure> failures = new ArrayList<>();

    private record Failure(List<String> cells, String reason, int first, int last, double chance,
                           int reasonChangesAt, String laterReason) {
    }

    private FailurePool(List<String> columns, int reasonColumn, long seed) {
        this.columns = columns;
        this.reasonColumn = reasonColumn;
        this.seed = seed;
    }

    /** Items of the list shape: {@code {"failureReason": ..., "entity": path}}. */
    static FailurePool list(long seed) {
        return new FailurePool(null, 0, seed);
    }

    /** Rows of the CSV shape; each row's cell in {@code reasonColumn} is replaced by the run's reason. */
    static FailurePool csv(List<String> columns, String reasonColumn, long seed) {
        return new FailurePool(List.copyOf(columns), columns.indexOf(reasonColumn), seed);
    }

    /** A path (list shape) failing on every run from {@code first} to {@code last}. */
    FailurePool path(String entity, String reason, int first, int last) {
        return add(List.of(entity), reason, first, last, 1, Integer.MAX_VALUE, null);
    }

    /** A path failing on a seeded share ({@code chance}) of the runs from {@code first} to {@code last}. */
    FailurePool flakyPath(String entity, String reason, int first, int last, double chance) {
        return add(List.of(entity), reason, first, last, chance, Integer.MAX_VALUE, null);
    }

    /** A path failing on every run from {@code first} to {@code last}, with {@code laterReason} from run {@code changesAt} on. */
    FailurePool pathWithNewReason(String entity, String reason, int first, int last, int changesAt, String laterReason) {
        return add(List.of(entity), reason, first, last, 1, changesAt, laterReason);
    }

    /** A CSV row (its reason cell included) failing on every run from {@code first} to {@code last}. */
    FailurePool row(List<String> cells, int first, int last) {
        return add(cells, cells.get(reasonColumn), first, last, 1, Integer.MAX_VALUE, null);
    }

    FailurePool flakyRow(List<String> cells, int first, int last, double chance) {
        return add(cells, cells.get(reasonColumn), first, last, chance, Integer.MAX_VALUE, null);
    }

    FailurePool rowWithNewReason(List<String> cells, int first, int last, int changesAt, String laterReason) {
        return add(cells, cells.get(reasonColumn), first, last, 1, changesAt, laterReason);
    }

    private FailurePool add(List<String> cells, String reason, int first, int last, double chance,
                            int changesAt, String laterReason) {
        if (columns != null && cells.size() != columns.size()) {
            throw new IllegalArgumentException("a row needs one cell per column: " + cells);
        }
        failures.add(new Failure(List.copyOf(cells), reason, first, last, chance, changesAt, laterReason));
        return this;
    }

    /** The failed items of run {@code run}. */
    FailedItemsBody run(int run) {
        return sink -> write(sink, run);
    }

    private void write(FailedItemsSink sink, int run) throws java.io.IOException {
        if (columns == null) {
            sink.beginList();
        } else {
            sink.beginCsv(columns);
        }
        for (int i = 0; i < failures.size(); i++) {
            Failure failure = failures.get(i);
            if (!fails(failure, i, run)) {
                continue;
            }
            String reason = run >= failure.reasonChangesAt() ? failure.laterReason() : failure.reason();
            if (columns == null) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("failureReason", reason);
                item.put("entity", failure.cells().get(0));
                sink.item(item);
            } else {
                List<String> cells = new ArrayList<>(failure.cells());
                cells.set(reasonColumn, reason);
                sink.row(cells);
            }
        }
        sink.end();
    }

    private boolean fails(Failure failure, int index, int run) {
        return run >= failure.first() && run <= failure.last()
                && (failure.chance() >= 1 || unit(index, run) < failure.chance());
    }

    /** A number in [0, 1) that depends only on the seed, the item and the run (a 64-bit mix). */
    private double unit(int index, int run) {
        long h = seed * 0x9E3779B97F4A7C15L + (index + 1) * 0xC2B2AE3D27D4EB4FL + (run + 1) * 0x165667B19E3779F9L;
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }
}
