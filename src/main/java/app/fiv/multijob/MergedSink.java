package app.fiv.multijob;

import app.fiv.api.JobSummary;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Many jobs' streams, one job after the other, as one stream: leading columns of the job (its ID,
 * client and subclient), then the union of the jobs' columns in first-seen order; a later job's
 * column of a name seen before goes under that column, a new one is added at the end. The next
 * sink sees one stream as {@link RowSink} describes it: {@code begin} once, columns that only grow
 * at the end (or are renamed in place), {@code end} once. A job's rows keep no more than one row.
 *
 * <p>A job that renames its columns (the CSV shape's header after its first rows) renames the
 * columns it brought itself; a renamed column that an earlier job shares, or whose new name is
 * taken, continues under the column of its new name, so no earlier row's cell moves.
 */
final class MergedSink {
    private final RowSink next;
    private final int leading;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();
    private final Set<String> reserved;
    // The job whose rows are passed now: its columns' places in the union, and who brought which column.
    private final List<Integer> places = new ArrayList<>();
    private final List<String> localNames = new ArrayList<>();
    private final List<Integer> broughtBy = new ArrayList<>();
    private final List<Boolean> shared = new ArrayList<>();
    private int job = -1;
    private String[] prefix;
    private long rows;
    private boolean begun;

    MergedSink(RowSink next, List<String> leadingNames) {
        this.next = next;
        this.leading = leadingNames.size();
        this.reserved = new HashSet<>(leadingNames);
        for (String name : leadingNames) {
            add(name, -1);
        }
    }

    /** Tells the next sink the leading columns, before any job (a list of no jobs still has its header). */
    void begin(Shape shape) {
        if (!begun) {
            begun = true;
            next.begin(shape);
            next.columns(0, List.copyOf(names));
        }
    }

    /** The job whose rows come next. */
    RowSink job(JobSummary summary) {
        begin(Shape.LIST);
        job++;
        places.clear();
        localNames.clear();
        prefix = new String[] {Long.toString(summary.jobId()), summary.clientName(), summary.subclientName()};
        return new RowSink() {
            @Override
            public void begin(Shape shape) {
                // Both shapes export alike; the stream's shape is told once, before the first job.
            }

            @Override
            public void columns(int first, List<String> given) {
                jobColumns(first, given);
            }

            @Override
            public void row(String[] cells) {
                jobRow(cells);
            }

            @Override
            public void end() {
                // The stream ends after the last job, in finish().
            }
        };
    }

    /** Every job has been passed on. */
    void finish() {
        begin(Shape.LIST);
        next.end();
    }

    long rowCount() {
        return rows;
    }

    private void jobColumns(int first, List<String> given) {
        for (int k = 0; k < given.size(); k++) {
            int local = first + k;
            String name = given.get(k);
            if (local < places.size()) {
                if (!localNames.get(local).equals(name)) {
                    rename(local, name);
                }
            } else {
                localNames.add(name);
                places.add(placeOf(name));
            }
        }
        // Names replaced from first on end after the given ones.
        for (int local = places.size() - 1; local >= first + given.size(); local--) {
            places.remove(local);
            localNames.remove(local);
        }
    }

    /** The union's column for a job's column of this name: the one of that name, if this job has not taken it yet. */
    private int placeOf(String name) {
        Integer place = reserved.contains(name) ? null : byName.get(name);
        if (place != null && !places.contains(place)) {
            if (broughtBy.get(place) != job) {
                shared.set(place, true);
            }
            return place;
        }
        String unique = name;
        for (int n = 2; byName.containsKey(unique); n++) {
            unique = name + " (" + n + ")";
        }
        int added = add(unique, job);
        next.columns(added, List.of(unique));
        return added;
    }

    private int add(String name, int by) {
        names.add(name);
        byName.put(name, names.size() - 1);
        broughtBy.add(by);
        shared.add(false);
        return names.size() - 1;
    }

    private void rename(int local, String name) {
        int place = places.get(local);
        localNames.set(local, name);
        if (broughtBy.get(place) == job && !shared.get(place) && !byName.containsKey(name) && !reserved.contains(name)) {
            byName.remove(names.get(place));
            names.set(place, name);
            byName.put(name, place);
            next.columns(place, List.copyOf(names.subList(place, names.size())));
            return;
        }
        places.set(local, -1); // not its own place any longer, so placeOf may pick a column of the new name
        places.set(local, placeOf(name));
    }

    private void jobRow(String[] cells) {
        int width = leading;
        int count = Math.min(cells.length, places.size());
        for (int local = 0; local < count; local++) {
            if (cells[local] != null) {
                width = Math.max(width, places.get(local) + 1);
            }
        }
        String[] row = new String[width];
        System.arraycopy(prefix, 0, row, 0, leading);
        for (int local = 0; local < count; local++) {
            if (cells[local] != null) {
                row[places.get(local)] = cells[local];
            }
        }
        rows++;
        next.row(row);
    }
}
