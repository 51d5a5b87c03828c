package app.fiv.known;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The known failures of one CommServe, in order: where several rules fit a row, the first one
 * names it. Immutable; each rule's patterns are compiled once, when the list is made.
 */
public final class KnownRules {
    public static final KnownRules NONE = new KnownRules(List.of());

    private final List<KnownRule> rules;
    private final List<Compiled> compiled;

    private KnownRules(List<KnownRule> rules) {
        this.rules = List.copyOf(rules);
        this.compiled = this.rules.stream().map(Compiled::new).toList();
    }

    public static KnownRules of(List<KnownRule> rules) {
        return rules.isEmpty() ? NONE : new KnownRules(rules);
    }

    public List<KnownRule> rules() {
        return rules;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    public int size() {
        return rules.size();
    }

    /** This list and the rule at its end. */
    public KnownRules with(KnownRule rule) {
        List<KnownRule> more = new ArrayList<>(rules);
        more.add(rule);
        return of(more);
    }

    /** This list with the rule of the same ID replaced (in its place), or added at the end. */
    public KnownRules replacing(KnownRule rule) {
        List<KnownRule> changed = new ArrayList<>(rules);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).id().equals(rule.id())) {
                changed.set(i, rule);
                return of(changed);
            }
        }
        changed.add(rule);
        return of(changed);
    }

    public KnownRules without(String id) {
        return of(rules.stream().filter(rule -> !rule.id().equals(id)).toList());
    }

    /** This list and those of {@code added} it does not hold yet, with how many were new. */
    public Merged merge(List<KnownRule> added) {
        List<KnownRule> all = new ArrayList<>(rules);
        int fresh = 0;
        for (KnownRule rule : added) {
            if (all.stream().noneMatch(rule::sameAs)) {
                all.add(new KnownRule(null, rule.reason(), rule.reasonMatch(), rule.path(), rule.client(), rule.note()));
                fresh++;
            }
        }
        return new Merged(of(all), fresh);
    }

    /** A merge's result: the list, and how many rules it gained. */
    public record Merged(KnownRules rules, int added) {
    }

    /** The first rule that fits, or empty. {@code client} null means the client is not known. */
    public Optional<KnownRule> firstMatch(String reason, String path, String client) {
        int index = firstMatchIndex(reason, path, client);
        return index < 0 ? Optional.empty() : Optional.of(rules.get(index));
    }

    int firstMatchIndex(String reason, String path, String client) {
        for (int i = 0; i < compiled.size(); i++) {
            Compiled rule = compiled.get(i);
            if (rule.clientFits(client) && rule.reasonFits(reason) && rule.pathFits(path)) {
                return i;
            }
        }
        return -1;
    }

    /** The rules whose reason and client parts fit, as bits (rule {@code i} is bit {@code i % 64} of word {@code i / 64}). */
    long[] reasonAndClientMask(String reason, String client) {
        long[] mask = new long[(compiled.size() + 63) / 64];
        for (int i = 0; i < compiled.size(); i++) {
            Compiled rule = compiled.get(i);
            if (rule.clientFits(client) && rule.reasonFits(reason)) {
                mask[i / 64] |= 1L << (i % 64);
            }
        }
        return mask;
    }

    /** The first rule of the mask whose path part fits, or -1. */
    int firstFit(long[] mask, String path) {
        for (int word = 0; word < mask.length; word++) {
            for (long bits = mask[word]; bits != 0; bits &= bits - 1) {
                int index = word * 64 + Long.numberOfTrailingZeros(bits);
                if (compiled.get(index).pathFits(path)) {
                    return index;
                }
            }
        }
        return -1;
    }

    Compiled compiled(int index) {
        return compiled.get(index);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KnownRules known && known.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rules);
    }

    @Override
    public String toString() {
        return "KnownRules" + rules;
    }

    /** One rule, its patterns compiled. */
    static final class Compiled {
        private final KnownRule rule;
        private final PathGlob path;

        Compiled(KnownRule rule) {
            this.rule = rule;
            this.path = rule.hasPath() ? PathGlob.compile(rule.path()) : null;
        }

        boolean clientFits(String client) {
            return !rule.hasClient() || (client != null && rule.client().equalsIgnoreCase(client.strip()));
        }

        boolean reasonFits(String reason) {
            if (!rule.hasReason()) {
                return true;
            }
            String text = reason == null ? "" : reason;
            return rule.reasonMatch() == ReasonMatch.EXACT ? rule.reason().equals(text)
                    : Wildcards.matches(rule.reason(), 0, rule.reason().length(), text, 0, text.length(), true);
        }

        boolean hasPath() {
            return path != null;
        }

        boolean pathFits(String cell) {
            return path == null || path.matches(cell == null ? "" : cell);
        }
    }
}
