package app.fiv.known;

import app.fiv.model.ColumnCodes;
import app.fiv.model.FailedItemsTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Marks the known failures of a whole table, fast enough for a million rows off the FX thread:
 * reasons and clients are judged once a distinct value (a mask of the rules they allow), so a row
 * costs a lookup, and a path is matched only against the rules its reason and client left, with
 * globs compiled once. Both cores share the rows of a big table.
 */
public final class KnownMatcher {
    private static final int CHUNK = 16_384;

    private KnownMatcher() {
    }

    public static KnownMarks mark(FailedItemsTable table, KnownRules rules, MatchTarget target, BooleanSupplier cancelled) {
        return markFrom(0, new int[table.rowCount()], table, rules, target, cancelled);
    }

    /**
     * The marks of a table that grew from the one {@code previous} marked (the next batch of a
     * download: its first rows are those rows): they keep their marks, only the rows after them
     * are matched. Anything else is marked afresh.
     */
    public static KnownMarks extend(KnownMarks previous, FailedItemsTable table, KnownRules rules, MatchTarget target,
                                    BooleanSupplier cancelled) {
        if (previous == null || !previous.rules().equals(rules) || !previous.target().equals(target)
                || previous.rowCount() > table.rowCount()) {
            return mark(table, rules, target, cancelled);
        }
        return markFrom(previous.rowCount(), previous.codesGrownTo(table.rowCount()), table, rules, target, cancelled);
    }

    private static KnownMarks markFrom(int first, int[] codes, FailedItemsTable table, KnownRules rules, MatchTarget target,
                                       BooleanSupplier cancelled) {
        int rows = table.rowCount();
        if (rules.isEmpty() || rows == first) {
            return new KnownMarks(rules, target, codes);
        }
        Masks reasons = new Masks(table, target.reasonColumn(), rules, (rule, value) -> rule.reasonFits(value));
        Masks clients = target.clientColumn() >= 0
                ? new Masks(table, target.clientColumn(), rules, (rule, value) -> rule.clientFits(value))
                : Masks.constant(rules, rule -> rule.clientFits(target.client()));
        int chunks = (rows - first + CHUNK - 1) / CHUNK;
        IntStream work = IntStream.range(0, chunks);
        (chunks > 4 ? work.parallel() : work).forEach(chunk -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("marking known failures replaced");
            }
            Map<String, long[]> reasonCache = new HashMap<>();
            Map<String, long[]> clientCache = new HashMap<>();
            int start = first + chunk * CHUNK;
            int end = Math.min(rows, start + CHUNK);
            for (int row = start; row < end; row++) {
                codes[row] = firstFit(table, rules, target.pathColumn(), row, reasons.of(row, reasonCache),
                        clients.of(row, clientCache));
            }
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("marking known failures replaced");
        }
        return new KnownMarks(rules, target, codes);
    }

    private static int firstFit(FailedItemsTable table, KnownRules rules, int pathColumn, int row, long[] reason,
                                long[] client) {
        String path = null;
        for (int word = 0; word < reason.length; word++) {
            long bits = reason[word] & client[word];
            while (bits != 0) {
                int index = word * 64 + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                KnownRules.Compiled rule = rules.compiled(index);
                if (!rule.hasPath()) {
                    return index + 1;
                }
                if (path == null) {
                    path = pathColumn < 0 ? "" : table.cell(row, pathColumn);
                }
                if (rule.pathFits(path)) {
                    return index + 1;
                }
            }
        }
        return 0;
    }

    @FunctionalInterface
    private interface Fits {
        boolean test(KnownRules.Compiled rule, String value);
    }

    /**
     * For each row, the rules a column's value allows, as bits: worked out once a distinct value
     * of a dictionary column, and cached a value for other columns (a cache a chunk of rows).
     */
    private static final class Masks {
        private final long[][] byCode;
        private final ColumnCodes codes;
        private final FailedItemsTable table;
        private final int column;
        private final KnownRules rules;
        private final Fits fits;
        private final long[] constant;

        Masks(FailedItemsTable table, int column, KnownRules rules, Fits fits) {
            this.table = table;
            this.column = column;
            this.rules = rules;
            this.fits = fits;
            Optional<ColumnCodes> dictionary = column < 0 ? Optional.empty() : table.codes(column);
            this.codes = dictionary.orElse(null);
            if (column < 0) {
                this.constant = mask("");
                this.byCode = null;
            } else if (codes != null) {
                this.constant = null;
                this.byCode = new long[codes.valueCount()][];
                for (int code = 0; code < byCode.length; code++) {
                    byCode[code] = mask(codes.value(code));
                }
            } else {
                this.constant = null;
                this.byCode = null;
            }
        }

        private Masks(KnownRules rules, long[] constant) {
            this.table = null;
            this.column = -1;
            this.rules = rules;
            this.fits = null;
            this.codes = null;
            this.byCode = null;
            this.constant = constant;
        }

        static Masks constant(KnownRules rules, java.util.function.Predicate<KnownRules.Compiled> fits) {
            long[] mask = new long[(rules.size() + 63) / 64];
            for (int i = 0; i < rules.size(); i++) {
                if (fits.test(rules.compiled(i))) {
                    mask[i / 64] |= 1L << (i % 64);
                }
            }
            return new Masks(rules, mask);
        }

        long[] of(int row, Map<String, long[]> seen) {
            if (constant != null) {
                return constant;
            }
            if (byCode != null) {
                return byCode[codes.code(row)];
            }
            String value = table.cell(row, column);
            long[] mask = seen.get(value);
            if (mask == null) {
                mask = mask(value);
                if (seen.size() < 4_096) {
                    seen.put(value, mask);
                }
            }
            return mask;
        }

        private long[] mask(String value) {
            long[] mask = new long[(rules.size() + 63) / 64];
            for (int i = 0; i < rules.size(); i++) {
                if (fits.test(rules.compiled(i), value)) {
                    mask[i / 64] |= 1L << (i % 64);
                }
            }
            return mask;
        }

        @Override
        public String toString() {
            return "Masks" + (byCode == null ? "" : Arrays.deepToString(byCode));
        }
    }
}
