package app.fiv.known;

import app.fiv.model.ColumnRoles;
import app.fiv.model.RowSink;
import app.fiv.model.Shape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks known failures in a stream of rows, for the command line: a first column {@value #COLUMN}
 * with the note of the rule each row meets (empty otherwise), or, when hiding, the known rows
 * left out. First, because the names of a stream only grow at the end: a last column would have
 * to move when a key first appears late. Rows wait (at most {@value #LOOK_AHEAD}) until the
 * reason and path columns are named, as a CSV-shaped answer's header may come after its first
 * rows; memory stays bounded whatever the size of the job.
 */
public final class KnownSink implements RowSink {
    public static final String COLUMN = "known";
    static final int LOOK_AHEAD = 1_000;
    private static final int CACHED_REASONS = 4_096;

    private final RowSink next;
    private final KnownRules rules;
    private final String client;
    private final boolean hide;
    private final List<String> names = new ArrayList<>();
    private final List<String[]> pending = new ArrayList<>();
    private final Map<String, long[]> masks = new HashMap<>();
    private boolean told;
    private boolean waiting = true;
    private int reasonColumn = -1;
    private int pathColumn = -1;
    private long known;

    /**
     * @param client the job's client, or null when it is not known (a saved answer): then rules
     *               for one client fit no row
     * @param hide   leave the known rows out instead of marking them
     */
    public KnownSink(RowSink next, KnownRules rules, String client, boolean hide) {
        this.next = next;
        this.rules = rules;
        this.client = client;
        this.hide = hide;
    }

    @Override
    public void begin(Shape shape) {
        next.begin(shape);
    }

    @Override
    public void columns(int first, List<String> given) {
        names.subList(Math.min(first, names.size()), names.size()).clear();
        names.addAll(given);
        reasonColumn = ColumnRoles.reasonColumn(names).orElse(-1);
        pathColumn = ColumnRoles.pathColumn(names).orElse(-1);
        if (!told) {
            told = true;
            List<String> all = new ArrayList<>(List.of(COLUMN));
            all.addAll(unique(names));
            next.columns(0, all);
        } else {
            next.columns(first + 1, unique(given));
        }
        if (waiting && reasonColumn >= 0 && pathColumn >= 0) {
            flush();
        }
    }

    @Override
    public void row(String[] cells) {
        if (waiting) {
            pending.add(cells);
            if (pending.size() >= LOOK_AHEAD) {
                flush();
            }
            return;
        }
        emit(cells);
    }

    @Override
    public void end() {
        flush();
        next.end();
    }

    /** How many rows a rule met: marked, or left out when hiding. */
    public long knownCount() {
        return known;
    }

    private void flush() {
        waiting = false;
        for (String[] cells : pending) {
            emit(cells);
        }
        pending.clear();
    }

    private void emit(String[] cells) {
        String reason = cell(cells, reasonColumn);
        long[] mask = masks.get(reason);
        if (mask == null) {
            mask = rules.reasonAndClientMask(reason, client);
            if (masks.size() < CACHED_REASONS) {
                masks.put(reason, mask);
            }
        }
        int rule = rules.firstFit(mask, cell(cells, pathColumn));
        if (rule >= 0) {
            known++;
            if (hide) {
                return;
            }
        }
        String[] marked = new String[cells.length + 1];
        marked[0] = rule < 0 ? "" : rules.rules().get(rule).label();
        System.arraycopy(cells, 0, marked, 1, cells.length);
        next.row(marked);
    }

    private static String cell(String[] cells, int column) {
        return column >= 0 && column < cells.length && cells[column] != null ? cells[column] : "";
    }

    /** The data's own column called {@value #COLUMN} is passed on as {@code known (2)}. */
    private List<String> unique(List<String> given) {
        Set<String> taken = new HashSet<>(names);
        List<String> out = new ArrayList<>(given.size());
        for (String name : given) {
            String unique = name;
            for (int n = 2; unique.equals(COLUMN); n++) {
                String candidate = COLUMN + " (" + n + ")";
                if (!taken.contains(candidate)) {
                    unique = candidate;
                }
            }
            out.add(unique);
        }
        return out;
    }
}
