package app.fiv.ui.jobs;

import java.util.Comparator;
import java.util.List;

/** One key of the jobs table's sort: a column, ascending or not. */
public record JobSortKey(JobColumn column, boolean ascending) {
    /** The list's own order: the newest end time first. */
    public static final List<JobSortKey> DEFAULT = List.of(new JobSortKey(JobColumn.END, false));

    /** The keys in turn, then the newest end and the highest job ID, so equal keys keep the list's order. */
    static Comparator<JobRow> comparator(List<JobSortKey> keys) {
        Comparator<JobRow> order = null;
        for (JobSortKey key : keys) {
            Comparator<JobRow> one = key.ascending() ? key.column().order() : key.column().order().reversed();
            order = order == null ? one : order.thenComparing(one);
        }
        Comparator<JobRow> tail = JobColumn.END.order().reversed().thenComparing(JobColumn.JOB_ID.order().reversed());
        return order == null ? tail : order.thenComparing(tail);
    }
}
