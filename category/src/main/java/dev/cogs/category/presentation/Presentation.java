package dev.cogs.category.presentation;

import dev.cogs.category.Budget;
import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.Labels;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A finitely presented category: objects, generating arrows and path equations (docs/category.md
 * §2.3 item 9).
 *
 * <p>Paths are words of generator indices in <em>diagrammatic</em> order: {@code [a, b]} means "a,
 * then b", i.e. the morphism b∘a. The empty path at X is id_X. Deciding equality of paths is a word
 * problem, undecidable in general, so {@link #complete(Budget)} runs Knuth–Bendix completion under
 * a budget of counts and returns a three-way {@link CompletionResult}:
 *
 * <ul>
 *   <li>completion works on typed words with the shortlex order (generator index order); rules
 *       relate parallel paths; critical pairs come from overlaps of left-hand sides; the system is
 *       kept interreduced;
 *   <li>once it is confluent, the irreducible words are the morphisms. Irreducible words are the
 *       accepted words of an Aho–Corasick automaton over the left-hand sides; a cycle in its live
 *       part proves the category infinite ({@link CompletionResult.Infinite} with a pumping
 *       witness), otherwise the words are enumerated (every subword of an irreducible word is
 *       irreducible) and the table is built by normalising concatenations.
 * </ul>
 *
 * Immutable.
 */
public final class Presentation {

    private final int objects;
    private final int[] dom;
    private final int[] cod;
    private final List<String> labels;
    private final List<int[][]> equations;

    private Presentation(
            int objects, int[] dom, int[] cod, List<String> labels, List<int[][]> equations) {
        this.objects = objects;
        this.dom = dom;
        this.cod = cod;
        this.labels = labels;
        this.equations = equations;
    }

    /**
     * A builder for a presentation on the given number of objects.
     *
     * @param objects the number of objects
     * @return a fresh builder
     * @throws IllegalArgumentException if {@code objects < 0}
     */
    public static Builder builder(int objects) {
        return new Builder(objects);
    }

    /**
     * The number of objects.
     *
     * @return k
     */
    public int objectCount() {
        return objects;
    }

    /**
     * The number of generating arrows.
     *
     * @return the count
     */
    public int generatorCount() {
        return dom.length;
    }

    /**
     * The number of equations.
     *
     * @return the count
     */
    public int equationCount() {
        return equations.size();
    }

    /** A mutable builder; not thread-safe. Every equation is type-checked when added. */
    public static final class Builder {
        private final int objects;
        private final List<int[]> gens = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<int[][]> equations = new ArrayList<>();

        private Builder(int objects) {
            if (objects < 0) {
                throw new IllegalArgumentException("objects (" + objects + ") must be >= 0");
            }
            this.objects = objects;
        }

        /**
         * Adds a generating arrow.
         *
         * @param dom its domain
         * @param cod its codomain
         * @param label its name
         * @return its generator index
         * @throws IllegalArgumentException if an object is out of range
         */
        public int generator(int dom, int cod, String label) {
            if (dom < 0 || dom >= objects || cod < 0 || cod >= objects) {
                throw new IllegalArgumentException(
                        "generator "
                                + label
                                + " ("
                                + dom
                                + " -> "
                                + cod
                                + "): object out of range [0, "
                                + objects
                                + ")");
            }
            gens.add(new int[] {dom, cod});
            labels.add(Objects.requireNonNull(label, "label"));
            return gens.size() - 1;
        }

        /**
         * Adds the equation lhs = rhs between paths (diagrammatic generator words).
         *
         * @param lhs a path; empty means an identity (typed by the other side)
         * @param rhs a path; empty means an identity
         * @return this builder
         * @throws IllegalArgumentException if a generator index is out of range, a path is not
         *     composable, the paths are not parallel, or both are empty
         */
        public Builder equation(int[] lhs, int[] rhs) {
            int[] a = lhs.clone();
            int[] b = rhs.clone();
            int[] ta = type(a, "lhs");
            int[] tb = type(b, "rhs");
            if (ta == null && tb == null) {
                throw new IllegalArgumentException(
                        "equation " + equations.size() + ": both sides are empty");
            }
            int[] t = ta != null ? ta : tb;
            if (ta == null || tb == null) {
                if (t[0] != t[1]) {
                    throw new IllegalArgumentException(
                            "equation "
                                    + equations.size()
                                    + ": an identity equals "
                                    + "a path "
                                    + t[0]
                                    + " -> "
                                    + t[1]
                                    + " that is not an endomorphism");
                }
            } else if (ta[0] != tb[0] || ta[1] != tb[1]) {
                throw new IllegalArgumentException(
                        "equation "
                                + equations.size()
                                + ": paths are not parallel ("
                                + ta[0]
                                + " -> "
                                + ta[1]
                                + " vs "
                                + tb[0]
                                + " -> "
                                + tb[1]
                                + ")");
            }
            equations.add(new int[][] {a, b});
            return this;
        }

        private int[] type(int[] p, String side) {
            if (p.length == 0) {
                return null;
            }
            for (int i = 0; i < p.length; i++) {
                if (p[i] < 0 || p[i] >= gens.size()) {
                    throw new IllegalArgumentException(
                            "equation "
                                    + equations.size()
                                    + " "
                                    + side
                                    + ": generator ("
                                    + p[i]
                                    + ") out of range [0, "
                                    + gens.size()
                                    + ")");
                }
                if (i > 0 && gens.get(p[i - 1])[1] != gens.get(p[i])[0]) {
                    throw new IllegalArgumentException(
                            "equation "
                                    + equations.size()
                                    + " "
                                    + side
                                    + ": path not composable at position "
                                    + i
                                    + " (cod "
                                    + labels.get(p[i - 1])
                                    + " = "
                                    + gens.get(p[i - 1])[1]
                                    + ", dom "
                                    + labels.get(p[i])
                                    + " = "
                                    + gens.get(p[i])[0]
                                    + ")");
                }
            }
            return new int[] {gens.get(p[0])[0], gens.get(p[p.length - 1])[1]};
        }

        /**
         * The presentation.
         *
         * @return an immutable presentation
         */
        public Presentation build() {
            int n = gens.size();
            int[] d = new int[n];
            int[] c = new int[n];
            for (int i = 0; i < n; i++) {
                d[i] = gens.get(i)[0];
                c[i] = gens.get(i)[1];
            }
            List<int[][]> eqs = new ArrayList<>();
            for (int[][] e : equations) {
                eqs.add(new int[][] {e[0].clone(), e[1].clone()});
            }
            return new Presentation(objects, d, c, List.copyOf(labels), eqs);
        }
    }

    // ------------------------------------------------------------------ completion

    private static final Comparator<int[]> SHORTLEX =
            (a, b) -> {
                if (a.length != b.length) {
                    return Integer.compare(a.length, b.length);
                }
                return Arrays.compare(a, b);
            };

    /**
     * Runs Knuth–Bendix completion and, if it succeeds, decides finiteness and builds the category.
     *
     * <p>Budget: at most {@code maxRules} rules, left-hand sides of length at most {@code
     * maxWordLength}, at most {@code maxMorphisms} morphisms; also at most 1000·maxRules pending
     * and processed critical pairs. Every loop is bounded by these counts, so the call always
     * terminates.
     *
     * @param budget the limits
     * @return Finite, Exhausted or Infinite
     */
    public CompletionResult complete(Budget budget) {
        Objects.requireNonNull(budget, "budget");
        LinkedHashMap<IntSeq, IntSeq> rules = new LinkedHashMap<>();
        int[][] lengthsHolder = {new int[0]};
        ArrayDeque<int[][]> pending = new ArrayDeque<>(equations);
        long processed = 0;
        int longest = 0;
        while (!pending.isEmpty()) {
            int[][] pair = pending.pollFirst();
            processed++;
            if (processed > 1000L * budget.maxRules() + equations.size()) {
                return exhausted(
                        budget,
                        rules,
                        longest,
                        0,
                        processed,
                        "more than "
                                + (1000L * budget.maxRules() + equations.size())
                                + " critical pairs processed");
            }
            int[] u = RewritingSystem.normalize(pair[0], rules, lengthsHolder[0]);
            int[] v = RewritingSystem.normalize(pair[1], rules, lengthsHolder[0]);
            int cmp = SHORTLEX.compare(u, v);
            if (cmp == 0) {
                continue;
            }
            int[] lhs = cmp > 0 ? u : v;
            int[] rhs = cmp > 0 ? v : u;
            longest = Math.max(longest, lhs.length);
            if (lhs.length > budget.maxWordLength()) {
                return exhausted(
                        budget,
                        rules,
                        longest,
                        0,
                        processed,
                        "a rule of length "
                                + lhs.length
                                + " exceeds maxWordLength "
                                + budget.maxWordLength());
            }
            if (rules.size() >= budget.maxRules()) {
                return exhausted(
                        budget,
                        rules,
                        longest,
                        0,
                        processed,
                        "more than " + budget.maxRules() + " rules");
            }
            IntSeq l = IntSeq.of(lhs);
            // interreduce: rules whose lhs contains the new lhs go back to the queue
            List<IntSeq> remove = new ArrayList<>();
            for (Map.Entry<IntSeq, IntSeq> e : rules.entrySet()) {
                if (indexOf(e.getKey().toArray(), lhs) >= 0) {
                    remove.add(e.getKey());
                    pending.addLast(new int[][] {e.getKey().toArray(), e.getValue().toArray()});
                }
            }
            for (IntSeq r : remove) {
                rules.remove(r);
            }
            rules.put(l, IntSeq.of(rhs));
            lengthsHolder[0] = lengths(rules);
            for (Map.Entry<IntSeq, IntSeq> e : rules.entrySet()) {
                e.setValue(
                        IntSeq.of(
                                RewritingSystem.normalize(
                                        e.getValue().toArray(), rules, lengthsHolder[0])));
            }
            for (Map.Entry<IntSeq, IntSeq> e : rules.entrySet()) {
                int[] l2 = e.getKey().toArray();
                int[] r2 = e.getValue().toArray();
                overlaps(lhs, rhs, l2, r2, pending);
                if (!e.getKey().equals(l)) {
                    overlaps(l2, r2, lhs, rhs, pending);
                }
            }
            if (pending.size() > 1000L * budget.maxRules()) {
                return exhausted(
                        budget,
                        rules,
                        longest,
                        0,
                        processed,
                        "more than " + 1000L * budget.maxRules() + " pending critical pairs");
            }
        }
        RewritingSystem system = new RewritingSystem(RewritingSystem.copyRules(rules));
        return enumerate(system, rules, lengthsHolder[0], budget, longest, processed);
    }

    private CompletionResult.Exhausted exhausted(
            Budget b,
            Map<IntSeq, IntSeq> rules,
            int longest,
            int morphisms,
            long processed,
            String reason) {
        return new CompletionResult.Exhausted(
                b, new CompletionStats(rules.size(), longest, morphisms, processed), reason);
    }

    private static int[] lengths(Map<IntSeq, IntSeq> rules) {
        return rules.keySet().stream().mapToInt(IntSeq::size).distinct().sorted().toArray();
    }

    private static int indexOf(int[] hay, int[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Proper overlaps: a suffix of l1 equals a prefix of l2 (both strictly shorter than the words).
     */
    private static void overlaps(
            int[] l1, int[] r1, int[] l2, int[] r2, ArrayDeque<int[][]> pending) {
        for (int k = 1; k < Math.min(l1.length, l2.length); k++) {
            if (Arrays.equals(l1, l1.length - k, l1.length, l2, 0, k)) {
                int[] left = concat(r1, Arrays.copyOfRange(l2, k, l2.length));
                int[] right = concat(Arrays.copyOfRange(l1, 0, l1.length - k), r2);
                pending.addLast(new int[][] {left, right});
            }
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private CompletionResult enumerate(
            RewritingSystem system,
            Map<IntSeq, IntSeq> rules,
            int[] lengths,
            Budget budget,
            int longest,
            long processed) {
        int g = dom.length;
        int k = objects;
        // Aho–Corasick automaton over the left-hand sides
        List<int[]> child = new ArrayList<>();
        List<Boolean> terminal = new ArrayList<>();
        List<Integer> lastGen = new ArrayList<>();
        child.add(filled(g));
        terminal.add(false);
        lastGen.add(-1);
        for (IntSeq lhs : rules.keySet()) {
            int node = 0;
            for (int i = 0; i < lhs.size(); i++) {
                int a = lhs.get(i);
                if (child.get(node)[a] < 0) {
                    child.get(node)[a] = child.size();
                    child.add(filled(g));
                    terminal.add(false);
                    lastGen.add(a);
                }
                node = child.get(node)[a];
            }
            terminal.set(node, true);
        }
        int nodes = child.size();
        int[] fail = new int[nodes];
        boolean[] dead = new boolean[nodes];
        int[][] delta = new int[nodes][g];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a = 0; a < g; a++) {
            int c = child.get(0)[a];
            delta[0][a] = c < 0 ? 0 : c;
            if (c >= 0) {
                fail[c] = 0;
                queue.add(c);
            }
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            dead[node] = terminal.get(node) || dead[fail[node]];
            for (int a = 0; a < g; a++) {
                int c = child.get(node)[a];
                if (c >= 0) {
                    fail[c] = delta[fail[node]][a];
                    delta[node][a] = c;
                    queue.add(c);
                } else {
                    delta[node][a] = delta[fail[node]][a];
                }
            }
        }
        // live states (node, object); a cycle reachable from some (root, x) proves infinitely many
        // normal forms
        int states = nodes * Math.max(k, 1);
        int[] color = new int[states];
        int[] parentState = new int[states];
        int[] parentGen = new int[states];
        int[] stack = new int[states];
        int[] nextGen = new int[states];
        for (int x = 0; x < k; x++) {
            int s0 = x;
            if (color[s0] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s0;
            color[s0] = 1;
            parentState[s0] = -1;
            while (top > 0) {
                int s = stack[top - 1];
                int node = s / k;
                int obj = s % k;
                boolean pushed = false;
                while (nextGen[s] < g) {
                    int a = nextGen[s]++;
                    if (dom[a] != obj) {
                        continue;
                    }
                    int nn = delta[node][a];
                    if (dead[nn]) {
                        continue;
                    }
                    int t = nn * k + cod[a];
                    if (color[t] == 1) {
                        return infinite(system, s, t, a, parentState, parentGen, k);
                    }
                    if (color[t] == 0) {
                        color[t] = 1;
                        parentState[t] = s;
                        parentGen[t] = a;
                        stack[top++] = t;
                        pushed = true;
                        break;
                    }
                }
                if (!pushed && nextGen[s] >= g) {
                    color[s] = 2;
                    top--;
                }
            }
        }
        // finite: enumerate irreducible words breadth-first
        int limit = Math.min(budget.maxMorphisms(), Categories.MAX_MORPHISMS);
        List<int[]> words = new ArrayList<>();
        List<Integer> wordObj = new ArrayList<>();
        List<Integer> wordState = new ArrayList<>();
        for (int x = 0; x < k; x++) {
            words.add(new int[0]);
            wordObj.add(x);
            wordState.add(0);
        }
        if (words.size() > limit) {
            return exhausted(
                    budget,
                    rules,
                    longest,
                    words.size(),
                    processed,
                    "more than " + limit + " morphisms");
        }
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            int node = wordState.get(i);
            int obj = w.length == 0 ? wordObj.get(i) : cod[w[w.length - 1]];
            for (int a = 0; a < g; a++) {
                if (dom[a] != obj || dead[delta[node][a]]) {
                    continue;
                }
                if (words.size() >= limit) {
                    return exhausted(
                            budget,
                            rules,
                            longest,
                            words.size(),
                            processed,
                            "more than " + limit + " morphisms");
                }
                words.add(concat(w, new int[] {a}));
                wordObj.add(dom[w.length == 0 ? a : w[0]]);
                wordState.add(delta[node][a]);
            }
        }
        int n = words.size();
        List<int[]> nonId = new ArrayList<>(words.subList(k, n));
        nonId.sort(SHORTLEX);
        Map<IntSeq, Integer> index = new HashMap<>();
        int[] mdom = new int[n];
        int[] mcod = new int[n];
        int[] id = new int[k];
        for (int x = 0; x < k; x++) {
            id[x] = x;
            mdom[x] = x;
            mcod[x] = x;
        }
        for (int i = 0; i < nonId.size(); i++) {
            int[] w = nonId.get(i);
            index.put(IntSeq.of(w), k + i);
            mdom[k + i] = dom[w[0]];
            mcod[k + i] = cod[w[w.length - 1]];
        }
        int[][] comp = new int[n][n];
        for (int[] row : comp) {
            Arrays.fill(row, -1);
        }
        for (int f = 0; f < n; f++) {
            int[] wf = f < k ? new int[0] : nonId.get(f - k);
            for (int h = 0; h < n; h++) {
                if (mdom[h] != mcod[f]) {
                    continue;
                }
                int[] wh = h < k ? new int[0] : nonId.get(h - k);
                int[] nf = RewritingSystem.normalize(concat(wf, wh), rules, lengths);
                comp[h][f] = nf.length == 0 ? mdom[f] : index.get(IntSeq.of(nf));
            }
        }
        List<String> mlabels = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            mlabels.add(m < k ? "id" + m : wordLabel(nonId.get(m - k)));
        }
        // valid by construction: skip the O(composable triples) associativity check of fromTable
        FiniteCategory c =
                Categories.candidate(k, mdom, mcod, id, comp, Labels.of(List.of(), mlabels));
        int[] gm = new int[g];
        for (int a = 0; a < g; a++) {
            int[] nf = RewritingSystem.normalize(new int[] {a}, rules, lengths);
            gm[a] = nf.length == 0 ? dom[a] : index.get(IntSeq.of(nf));
        }
        return new CompletionResult.Finite(c, system, IntSeq.of(gm));
    }

    private String wordLabel(int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            sb.append(i == 0 ? "" : ";").append(labels.get(w[i]));
        }
        return sb.toString();
    }

    private CompletionResult infinite(
            RewritingSystem system,
            int from,
            int to,
            int gen,
            int[] parentState,
            int[] parentGen,
            int k) {
        // the DFS stack path root → … → to → … → from, then from --gen--> to closes the cycle
        List<Integer> path = new ArrayList<>();
        int s = from;
        while (s != to) {
            path.add(parentGen[s]);
            s = parentState[s];
        }
        java.util.Collections.reverse(path);
        int[] loop = new int[path.size() + 1];
        for (int i = 0; i < path.size(); i++) {
            loop[i] = path.get(i);
        }
        loop[path.size()] = gen;
        List<Integer> pre = new ArrayList<>();
        s = to;
        while (parentState[s] >= 0) {
            pre.add(parentGen[s]);
            s = parentState[s];
        }
        java.util.Collections.reverse(pre);
        int[] prefix = pre.stream().mapToInt(Integer::intValue).toArray();
        int object = s % k;
        String ev =
                String.format(
                        Locale.ROOT,
                        "the confluent system has %d rules and the words %s(%s)^j at object %d"
                                + " are irreducible for every j, hence pairwise distinct morphisms",
                        system.size(),
                        wordLabel(prefix).isEmpty() ? "" : wordLabel(prefix) + ";",
                        wordLabel(loop),
                        object);
        return new CompletionResult.Infinite(ev, system, IntSeq.of(prefix), IntSeq.of(loop));
    }

    private static int[] filled(int g) {
        int[] a = new int[g];
        Arrays.fill(a, -1);
        return a;
    }

    /**
     * Completes under the budget and returns the category, or throws.
     *
     * @param budget the limits
     * @return the finite category presented
     * @throws IllegalArgumentException if the category is infinite (with the evidence) or the
     *     budget is exhausted (with the reason and counters)
     */
    public FiniteCategory toCategory(Budget budget) {
        CompletionResult r = complete(budget);
        if (r instanceof CompletionResult.Finite) {
            return ((CompletionResult.Finite) r).category();
        }
        if (r instanceof CompletionResult.Infinite) {
            throw new IllegalArgumentException(
                    "presentation defines an infinite category: "
                            + ((CompletionResult.Infinite) r).evidence());
        }
        CompletionResult.Exhausted e = (CompletionResult.Exhausted) r;
        throw new IllegalArgumentException(
                "completion budget exhausted: " + e.reason() + " (" + e.stats() + ")");
    }
}
