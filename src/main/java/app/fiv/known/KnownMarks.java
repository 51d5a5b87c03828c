package app.fiv.known;

import app.fiv.model.ExtraColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of a table are known failures, and by which rule: a code a row (0 for none, else
 * the rule's place in the list plus one). Becomes the table's Known column, the rule's note in
 * each known row, in the table's own store.
 */
public final class KnownMarks {
    private final KnownRules rules;
    private final MatchTarget target;
    private final int[] codes;
    private final int[] perRule;
    private final int known;

    KnownMarks(KnownRules rules, MatchTarget target, int[] codes) {
        this.rules = rules;
        this.target = target;
        this.codes = codes;
        this.perRule = new int[rules.size()];
        int count = 0;
        for (int code : codes) {
            if (code > 0) {
                perRule[code - 1]++;
                count++;
            }
        }
        this.known = count;
    }

    /** The column of the rules' notes ({@link KnownRule#label}), blank where no rule fits. */
    public ExtraColumn column(String name) {
        List<String> labels = new ArrayList<>(rules.size() + 1);
        labels.add("");
        rules.rules().forEach(rule -> labels.add(rule.label()));
        return ExtraColumn.ofCodes(name, labels, codes);
    }

    public int rowCount() {
        return codes.length;
    }

    /** How many rows some rule fits. */
    public int knownCount() {
        return known;
    }

    /** How many rows the rule at {@code index} names (the first rule that fits each). */
    public int countOf(int index) {
        return perRule[index];
    }

    public boolean isKnown(int row) {
        return codes[row] > 0;
    }

    public KnownRules rules() {
        return rules;
    }

    MatchTarget target() {
        return target;
    }

    /** The codes in an array long enough for a grown table (the new rows not yet marked). */
    int[] codesGrownTo(int rows) {
        return java.util.Arrays.copyOf(codes, rows);
    }
}
