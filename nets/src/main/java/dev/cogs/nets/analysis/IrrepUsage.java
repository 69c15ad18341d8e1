package dev.cogs.nets.analysis;

import dev.cogs.algebra.group.ComplexMatrix;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FourierCoefficients;
import dev.cogs.algebra.group.FourierTransform;
import dev.cogs.algebra.group.IrreducibleRepresentation;
import dev.cogs.algebra.group.IrreducibleRepresentations;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Which irreducible representations a net over any finite group G uses (docs/cogs-math.md §14.7):
 * the Fourier transform of each layer over the irreps ({@link FourierTransform}), and per irrep the
 * number of hidden nodes it carries and its share of the weight norm.
 *
 * <p>Each layer's node function — \(U_a[j,\cdot]\), \(U_b[j,\cdot]\) and \(W[\cdot,j]\), real
 * functions on G — is transformed, \(\hat f(\rho) = \sum_g f(g)\rho(g)\), and split by Plancherel
 * into energies \(E(\rho) = \frac{d_\rho}{|G|}\|\hat f(\rho)\|_F^2\) that add up to \(\|f\|^2\). A
 * real function has equal energies at \(\rho\) and its conjugate \(\overline\rho\), so the entries
 * are the <em>real classes</em>: an irrep with a real character alone, or a pair \(\{\rho,
 * \overline\rho\}\) (for an abelian group: the conjugate pairs of characters, as in {@link
 * AbelianAnalysis}). For node j and entry e:
 *
 * <ul>
 *   <li>the magnitude \(m_e(j) = \sqrt{E_a(e,j)/(|G|\,|e|)}\) of its a-layer, which is \(|A_{\chi
 *       j}|\) of docs/cogs-math.md §2 for one-dimensional irreps (|e| is the number of irreps in
 *       e);
 *   <li>the node is active when \(\max_e m_e(j)\) exceeds the activity threshold (0.05,
 *       docs/cogs-math.md §9.3), and then it is carried by the entry with the largest magnitude
 *       (entries in index order, the trivial one first; the first maximum wins);
 *   <li>{@link Entry#order()} counts the nodes with \(m_e(j)\) above the threshold, as order_k of
 *       docs/cogs-math.md §9.2;
 *   <li>{@link Entry#normShare()} is \(\sum_j \sum_{p} E_p(e,j) / \sum_j (\|u_{aj}\|^2 +
 *       \|u_{bj}\|^2 + \|w_j\|^2)\) over all nodes and the three layers.
 * </ul>
 *
 * A node's <em>concentration</em> is the fraction of its squared norm (three layers) in the entry
 * that carries it; a net whose nodes each live in one irrep has concentration 1 (the structure that
 * Morwani et al., arXiv:2311.07568, derive for max-margin solutions; docs/cogs-math.md §14.9).
 *
 * <p>This record is immutable.
 *
 * @param group the group's name
 * @param order the number of hidden nodes q
 * @param entries one entry per real class of irreps, in the order of their smallest irrep index
 * @param activeNodes the number of active nodes
 * @param meanConcentration the mean concentration of the active nodes (empty if none is active)
 * @param activity the activity threshold used
 */
public record IrrepUsage(
        String group,
        int order,
        List<IrrepUsage.Entry> entries,
        int activeNodes,
        OptionalDouble meanConcentration,
        double activity) {

    /**
     * One real class of irreducible representations.
     *
     * @param representations the irrep indices (one, or a conjugate pair), ascending
     * @param label e.g. {@code "2a"} (dimension and a letter per dimension in index order), or
     *     {@code "1b+1c"} for a conjugate pair
     * @param dimension the dimension of each member
     * @param order the number of nodes with a-layer magnitude above the threshold
     * @param nodes the number of active nodes it carries
     * @param normShare its share of the total squared weight norm
     */
    public record Entry(
            List<Integer> representations,
            String label,
            int dimension,
            int order,
            int nodes,
            double normShare) {

        /**
         * Validates the entry.
         *
         * @param representations see the record description
         * @param label see the record description
         * @param dimension see the record description
         * @param order see the record description
         * @param nodes see the record description
         * @param normShare see the record description
         * @throws IllegalArgumentException if a count is negative or the share is not in [0, 1] (up
         *     to rounding)
         */
        public Entry {
            representations = List.copyOf(representations);
            Objects.requireNonNull(label, "label");
            if (dimension < 1
                    || order < 0
                    || nodes < 0
                    || !(normShare >= 0 && normShare <= 1 + 1e-9)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "entry %s: dimension %d, order %d, nodes %d, share %s",
                                label,
                                dimension,
                                order,
                                nodes,
                                normShare));
            }
        }

        /**
         * Whether the entry is the trivial representation.
         *
         * @return true if its only member is irrep 0 of dimension 1 (the trivial character)
         */
        public boolean trivial() {
            return representations.equals(List.of(0));
        }
    }

    /**
     * Checks and copies.
     *
     * @param group see the record description
     * @param order see the record description
     * @param entries see the record description
     * @param activeNodes see the record description
     * @param meanConcentration see the record description
     * @param activity see the record description
     * @throws IllegalArgumentException if the node counts do not add up
     */
    public IrrepUsage {
        Objects.requireNonNull(group, "group");
        entries = List.copyOf(entries);
        Objects.requireNonNull(meanConcentration, "meanConcentration");
        int carried = entries.stream().mapToInt(Entry::nodes).sum();
        if (carried != activeNodes || activeNodes > order) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "entries carry %d nodes but %d of %d are active",
                            carried,
                            activeNodes,
                            order));
        }
    }

    /**
     * The usage of a net over G with the default irreps ({@link
     * IrreducibleRepresentations#of(FiniteGroup)}) and the paper's activity threshold.
     *
     * @param group the group
     * @param weights weights with {@code weights.d() == |G|}
     * @return the usage
     * @throws IllegalArgumentException if the sizes disagree
     */
    public static IrrepUsage of(FiniteGroup group, RealWeights weights) {
        return of(
                IrreducibleRepresentations.of(group), weights, AnalysisOptions.paper().activity());
    }

    /**
     * The usage of a net over the group of the given irreps.
     *
     * <p>Cost O(|G|²q) for the three transforms. Non-finite values: impossible on input (weights
     * are finite).
     *
     * @param representations a complete set of irreps of G
     * @param weights weights with {@code weights.d() == |G|}
     * @param activity the activity threshold, finite and &gt; 0
     * @return the usage
     * @throws IllegalArgumentException if the sizes disagree or the threshold is not finite and
     *     positive
     */
    public static IrrepUsage of(
            IrreducibleRepresentations representations, RealWeights weights, double activity) {
        Objects.requireNonNull(representations, "representations");
        Objects.requireNonNull(weights, "weights");
        if (!(activity > 0 && activity < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "activity (" + activity + ") must be finite and > 0");
        }
        FiniteGroup g = representations.group();
        int n = g.order();
        if (weights.d() != n) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "weights have d = %d but group %s has order %d",
                            weights.d(),
                            g.name(),
                            n));
        }
        int q = weights.order();
        List<List<Integer>> classes = realClasses(representations);
        List<String> labels = labels(representations, classes);
        double[][] ua = new double[n][q];
        double[][] ub = new double[n][q];
        double[][] w = new double[n][q];
        for (int x = 0; x < n; x++) {
            for (int j = 0; j < q; j++) {
                ua[x][j] = weights.ua(j, x);
                ub[x][j] = weights.ub(j, x);
                w[x][j] = weights.w(x, j);
            }
        }
        FourierTransform transform = FourierTransform.of(representations);
        double[][] ea = energies(transform.forward(ua), classes, q, n);
        double[][] eb = energies(transform.forward(ub), classes, q, n);
        double[][] ec = energies(transform.forward(w), classes, q, n);
        int r = classes.size();
        int[] order = new int[r];
        int[] nodes = new int[r];
        double[] mass = new double[r];
        double total = 0;
        double concentration = 0;
        int active = 0;
        for (int j = 0; j < q; j++) {
            int best = 0;
            double bestM = -1;
            double norm = 0;
            for (int e = 0; e < r; e++) {
                double m = Math.sqrt(ea[e][j] / ((double) n * classes.get(e).size()));
                if (m > activity) {
                    order[e]++;
                }
                if (m > bestM) {
                    bestM = m;
                    best = e;
                }
                double s = ea[e][j] + eb[e][j] + ec[e][j];
                mass[e] += s;
                norm += s;
            }
            total += norm;
            if (bestM > activity) {
                nodes[best]++;
                active++;
                double s = ea[best][j] + eb[best][j] + ec[best][j];
                concentration += norm > 0 ? s / norm : 0;
            }
        }
        List<Entry> entries = new ArrayList<>(r);
        for (int e = 0; e < r; e++) {
            int dim = representations.get(classes.get(e).get(0)).dimension();
            entries.add(
                    new Entry(
                            classes.get(e),
                            labels.get(e),
                            dim,
                            order[e],
                            nodes[e],
                            total > 0 ? mass[e] / total : 0));
        }
        return new IrrepUsage(
                g.name(),
                q,
                entries,
                active,
                active > 0 ? OptionalDouble.of(concentration / active) : OptionalDouble.empty(),
                activity);
    }

    /** energies[e][j] = Σ_{ρ∈e} (d_ρ/n) ‖f̂_j(ρ)‖²_F. */
    private static double[][] energies(
            FourierCoefficients f, List<List<Integer>> classes, int q, int n) {
        double[][] out = new double[classes.size()][q];
        for (int e = 0; e < classes.size(); e++) {
            for (int rho : classes.get(e)) {
                int d = f.representations().get(rho).dimension();
                for (int j = 0; j < q; j++) {
                    ComplexMatrix m = f.get(rho, j);
                    double fn = m.frobeniusNorm();
                    out[e][j] += fn * fn * d / n;
                }
            }
        }
        return out;
    }

    /**
     * Irreps grouped with their conjugates (character values conjugate to 1e-8), by smallest index.
     */
    static List<List<Integer>> realClasses(IrreducibleRepresentations reps) {
        int k = reps.size();
        int n = reps.group().order();
        boolean[] seen = new boolean[k];
        List<List<Integer>> out = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            if (seen[a]) {
                continue;
            }
            seen[a] = true;
            List<Integer> members = new ArrayList<>(List.of(a));
            IrreducibleRepresentation ra = reps.get(a);
            for (int b = a + 1; b < k; b++) {
                IrreducibleRepresentation rb = reps.get(b);
                if (seen[b] || rb.dimension() != ra.dimension()) {
                    continue;
                }
                boolean conj = true;
                for (int g = 0; g < n && conj; g++) {
                    conj =
                            Math.abs(ra.characterRe(g) - rb.characterRe(g)) < 1e-8
                                    && Math.abs(ra.characterIm(g) + rb.characterIm(g)) < 1e-8;
                }
                if (conj) {
                    seen[b] = true;
                    members.add(b);
                    break;
                }
            }
            out.add(List.copyOf(members));
        }
        return out;
    }

    /**
     * "1a", "1b", "2a", … per irrep (dimension, then a letter in index order); pairs joined by "+".
     */
    private static List<String> labels(
            IrreducibleRepresentations reps, List<List<Integer>> classes) {
        String[] single = new String[reps.size()];
        int[] count = new int[reps.group().order() + 1];
        for (int i = 0; i < reps.size(); i++) {
            int d = reps.get(i).dimension();
            int c = count[d]++;
            single[i] = d + (c < 26 ? String.valueOf((char) ('a' + c)) : "_" + c);
        }
        List<String> out = new ArrayList<>();
        for (List<Integer> cls : classes) {
            out.add(cls.stream().map(i -> single[i]).collect(Collectors.joining("+")));
        }
        return out;
    }

    /**
     * The labels of the entries that carry at least one active node, the trivial one excluded: the
     * irreps the net uses.
     *
     * @return the labels, in entry order
     */
    public List<String> used() {
        return entries.stream()
                .filter(e -> e.nodes() > 0 && !e.trivial())
                .map(Entry::label)
                .collect(Collectors.toList());
    }
}
