package app.fiv.compare;

import app.fiv.model.ColumnPlacement;
import app.fiv.model.ExtraColumn;
import app.fiv.model.FailedItemsTable;
import app.fiv.model.TableConcat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Compares many jobs, each with its own earlier run, into one table: each pair is compared as one
 * job is ({@link Comparison}: the same path or GUID, as {@link Matching} decides for that pair's
 * own columns), and an item is only ever matched within its pair, so the same path under two
 * clients (or two subclients) is two items. The result's columns: {@code Change}, then
 * {@code Job ID}, {@code Client}, {@code Subclient}, then the union of the pairs' columns in
 * first-seen order, and last {@code Earlier reason}. Each job's rows come in the order of the
 * pairs, each followed by its fixed rows, which carry the earlier job's cells, its ID, client and
 * subclient included. Blocks; runs off the FX thread.
 */
public final class ManyComparison {
    private ManyComparison() {
    }

    /**
     * @param leading the names of the job's ID, client and subclient columns, as the tab of many jobs has them
     * @throws CancellationException when {@code cancelled} says so, checked between pairs and now and then within one
     */
    public static ComparedTable of(List<JobPair> pairs, List<String> leading, BooleanSupplier cancelled) {
        if (leading.size() != 3) {
            throw new IllegalArgumentException("three leading columns, not " + leading);
        }
        List<FailedItemsTable> tables = new ArrayList<>(pairs.size());
        List<Comparison.Joined> joined = new ArrayList<>(pairs.size());
        int rows = 0;
        for (JobPair pair : pairs) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("comparison replaced");
            }
            Comparison.Joined one = Comparison.joined(pair.rows(), pair.earlierRows(), cancelled);
            joined.add(one);
            tables.add(one.table());
            rows = Math.addExact(rows, one.changes().length);
        }
        FailedItemsTable union = TableConcat.of(tables);
        byte[] changes = new byte[rows];
        int[] changeCodes = new int[rows];
        int[] jobCodes = new int[rows];
        int[] reasonCodes = new int[rows];
        List<String> reasonValues = new ArrayList<>(List.of(""));
        Map<String, Integer> reasonIndex = new HashMap<>(Map.of("", 0));
        List<String> ids = new ArrayList<>();
        List<String> clients = new ArrayList<>();
        List<String> subclients = new ArrayList<>();
        int added = 0;
        int still = 0;
        int fixed = 0;
        int changed = 0;
        int at = 0;
        for (int p = 0; p < pairs.size(); p++) {
            JobPair pair = pairs.get(p);
            Comparison.Joined one = joined.get(p);
            int now = ids.size();
            addJob(pair.job(), ids, clients, subclients);
            int before = ids.size();
            addJob(pair.earlierJob(), ids, clients, subclients);
            int[] remap = new int[one.reasonValues().size()];
            for (int code = 0; code < remap.length; code++) {
                remap[code] = reasonIndex.computeIfAbsent(one.reasonValues().get(code), value -> {
                    reasonValues.add(value);
                    return reasonValues.size() - 1;
                });
            }
            for (int row = 0; row < one.changes().length; row++) {
                changes[at + row] = one.changes()[row];
                changeCodes[at + row] = one.changes()[row];
                jobCodes[at + row] = row < one.currentRows() ? now : before;
                reasonCodes[at + row] = remap[one.reasonCodes()[row]];
            }
            at += one.changes().length;
            added += one.counts().added();
            still += one.counts().stillFailing();
            fixed += one.counts().fixed();
            changed += one.counts().reasonChanged();
        }
        FailedItemsTable table = union
                .withColumns(ColumnPlacement.FIRST, ExtraColumn.ofCodes(leading.get(0), ids, jobCodes),
                        ExtraColumn.ofCodes(leading.get(1), clients, jobCodes),
                        ExtraColumn.ofCodes(leading.get(2), subclients, jobCodes))
                .withColumns(ColumnPlacement.FIRST, Comparison.changeColumn(changeCodes))
                .withColumns(ColumnPlacement.LAST, Comparison.earlierReasonColumn(reasonValues, reasonCodes));
        Matching matching = joined.isEmpty() ? Matching.PATH : joined.get(0).matching();
        return new ComparedTable(table, changes, added + still, new ComparisonCounts(added, still, fixed, changed),
                matching);
    }

    private static void addJob(app.fiv.api.JobSummary job, List<String> ids, List<String> clients, List<String> subclients) {
        ids.add(Long.toString(job.jobId()));
        clients.add(job.clientName());
        subclients.add(job.subclientName());
    }
}
