package dev.cogs.category.presentation;

import dev.cogs.category.IntSeq;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A finite string rewriting system on typed generator words (diagrammatic order), with rules {@code
 * lhs → rhs} where lhs &gt; rhs in shortlex order. Immutable.
 */
public final class RewritingSystem {

    /**
     * One rule.
     *
     * @param lhs the left-hand side (non-empty)
     * @param rhs the right-hand side, shortlex-smaller, parallel to lhs (empty means the identity)
     */
    public record Rule(IntSeq lhs, IntSeq rhs) {
        /**
         * Validates.
         *
         * @param lhs the left-hand side
         * @param rhs the right-hand side
         * @throws IllegalArgumentException if lhs is empty
         */
        public Rule {
            Objects.requireNonNull(lhs, "lhs");
            Objects.requireNonNull(rhs, "rhs");
            if (lhs.isEmpty()) {
                throw new IllegalArgumentException("rule lhs must be non-empty");
            }
        }
    }

    private final List<Rule> rules;
    private final Map<IntSeq, IntSeq> map;
    private final int[] lengths;

    RewritingSystem(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.map = new HashMap<>();
        TreeSet<Integer> ls = new TreeSet<>();
        for (Rule r : this.rules) {
            map.put(r.lhs(), r.rhs());
            ls.add(r.lhs().size());
        }
        this.lengths = ls.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The rules, in the order they were found.
     *
     * @return an immutable list
     */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The number of rules.
     *
     * @return the size
     */
    public int size() {
        return rules.size();
    }

    /**
     * The normal form of a word: leftmost-innermost rewriting until no lhs occurs. Terminates
     * because every rule decreases the shortlex order.
     *
     * @param word a word in generator indices
     * @return its irreducible form
     */
    public IntSeq normalForm(IntSeq word) {
        return IntSeq.of(normalize(word.toArray(), map, lengths));
    }

    static int[] normalize(int[] w, Map<IntSeq, IntSeq> map, int[] lengths) {
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int end = 1; end <= w.length; end++) {
                for (int len : lengths) {
                    int start = end - len;
                    if (start < 0) {
                        break;
                    }
                    IntSeq rhs = map.get(IntSeq.of(Arrays.copyOfRange(w, start, end)));
                    if (rhs != null) {
                        int[] r = rhs.toArray();
                        int[] out = new int[w.length - len + r.length];
                        System.arraycopy(w, 0, out, 0, start);
                        System.arraycopy(r, 0, out, start, r.length);
                        System.arraycopy(w, end, out, start + r.length, w.length - end);
                        w = out;
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return w;
    }

    static List<Rule> copyRules(Map<IntSeq, IntSeq> m) {
        List<Rule> out = new ArrayList<>();
        for (Map.Entry<IntSeq, IntSeq> e : m.entrySet()) {
            out.add(new Rule(e.getKey(), e.getValue()));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RewritingSystem[");
        for (Rule r : rules) {
            sb.append(Arrays.toString(r.lhs().toArray()))
                    .append(" -> ")
                    .append(Arrays.toString(r.rhs().toArray()))
                    .append("; ");
        }
        return sb.append(']').toString();
    }
}
