package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.Part;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis of one net by the pipeline of the docs/cogs-math.md §9 (a convention of the authors'
 * code, kept exactly for comparability with the paper's Fig. 4 and factorisation table):
 *
 * <ol>
 *   <li>Fourier transform (docs/cogs-math.md §2, via {@link FourierNet#fromReal(RealWeights)});
 *   <li>per-frequency order: order_k = #{j : |A_{kj}| &gt; 0.05}, k = 1..(d−1)/2 (only A is used);
 *   <li>grouping: best_j = argmax_{k ∈ {0..(d−1)/2}} |A_{kj}| (k = 0 included, first maximum), node
 *       j kept iff that maximum exceeds 0.05; G_k = kept nodes with best_j = k;
 *   <li>factorisation of the groups of size 4 and 6 and
 *   <li>classification of the two factors ({@link Factorisation}, {@link Factor});
 *   <li>the per-run statistics ({@link RunStatistics}).
 * </ol>
 *
 * <p>Properties of the pipeline worth knowing when reading its statistics (kept, since they are
 * part of the convention): (i) for z_{ν=i}*z_{syn,αβ} the c-ratio search of step 4a ties exactly
 * between the straight pairing of the nodes and pairings shifted along the syn factor (their
 * c-ratios are constant too); with noise either may win, and a shifted pairing has err far above
 * the bound, so part of these groups is counted non-factorable (1nonfact_6); (ii) a z_ν factor with
 * ν⁴ = −1 (up to ν ↦ ±ν^{±1}ω₃^m) is also a z_ξ, and since "xi" is tested first such a group counts
 * as "other"; (iii) the factoriser is not invariant under per-node rescalings (s, s, 1/s²) that
 * differ between the nodes of a group: only the classifier normalises scale, and trained nets are
 * balanced by weight decay.
 *
 * <p>For even d the frequencies are k = 1..⌊(d−1)/2⌋ (the self-conjugate d/2 is not analysed); all
 * experiments use odd primes d.
 *
 * <p>This record is immutable.
 *
 * @param d the group size
 * @param order the number of hidden nodes q
 * @param frequencyOrders order_k for k = 1..(d−1)/2 (list index k − 1)
 * @param bestFrequency per node, best_j if the node is kept, −1 if inactive
 * @param groups the groups G_k for k = 1..(d−1)/2 (list index k − 1; empty groups included)
 * @param constantNodes |G_0|, kept nodes whose dominant frequency is 0 (bias-like nodes)
 * @param statistics the per-run statistics
 * @param options the thresholds used
 */
public record NetAnalysis(
        int d,
        int order,
        List<Integer> frequencyOrders,
        List<Integer> bestFrequency,
        List<GroupAnalysis> groups,
        int constantNodes,
        RunStatistics statistics,
        AnalysisOptions options) {

    /**
     * Copies the lists.
     *
     * @param d the group size
     * @param order the number of hidden nodes q
     * @param frequencyOrders order_k for k = 1..(d−1)/2 (list index k − 1)
     * @param bestFrequency per node, best_j if the node is kept, −1 if inactive
     * @param groups the groups G_k for k = 1..(d−1)/2 (list index k − 1; empty groups included)
     * @param constantNodes |G_0|, kept nodes whose dominant frequency is 0 (bias-like nodes)
     * @param statistics the per-run statistics
     * @param options the thresholds used
     * @throws IllegalArgumentException if the list lengths do not match d and q
     */
    public NetAnalysis {
        frequencyOrders = List.copyOf(frequencyOrders);
        bestFrequency = List.copyOf(bestFrequency);
        groups = List.copyOf(groups);
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(options, "options");
        int n = (d - 1) / 2;
        if (frequencyOrders.size() != n || groups.size() != n || bestFrequency.size() != order) {
            throw new IllegalArgumentException(
                    "list sizes do not match d (" + d + ") and order (" + order + ")");
        }
    }

    /**
     * Analyses real weights with the paper's thresholds.
     *
     * @param weights trained (or constructed) weights
     * @return the analysis
     */
    public static NetAnalysis of(RealWeights weights) {
        return of(FourierNet.fromReal(weights), AnalysisOptions.paper());
    }

    /**
     * Analyses a net given by its Fourier coefficients with the paper's thresholds.
     *
     * @param z the net (only k = 0..(d−1)/2 are read; conjugate symmetry is assumed, not checked)
     * @return the analysis
     */
    public static NetAnalysis of(FourierNet z) {
        return of(z, AnalysisOptions.paper());
    }

    /**
     * Analyses a net with the given thresholds.
     *
     * <p>Non-finite values: impossible on input ({@link FourierNet} holds finite values only); a
     * division by an exactly zero coefficient inside a group makes that group non-factorable (err =
     * +∞).
     *
     * @param z the net
     * @param options thresholds
     * @return the analysis
     */
    public static NetAnalysis of(FourierNet z, AnalysisOptions options) {
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(options, "options");
        int d = z.d();
        int q = z.order();
        int n = (d - 1) / 2;
        double[] re = z.reFlat();
        double[] im = z.imFlat();
        int aOff = Part.A.ordinal() * d * q;
        // |A_kj| for k = 0..n.
        double[][] mod = new double[n + 1][q];
        for (int k = 0; k <= n; k++) {
            for (int j = 0; j < q; j++) {
                int i = aOff + k * q + j;
                mod[k][j] = Math.hypot(re[i], im[i]);
            }
        }
        List<Integer> orders = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            int c = 0;
            for (int j = 0; j < q; j++) {
                if (mod[k][j] > options.activity()) {
                    c++;
                }
            }
            orders.add(c);
        }
        List<Integer> best = new ArrayList<>(q);
        List<List<Integer>> members = new ArrayList<>();
        for (int k = 0; k <= n; k++) {
            members.add(new ArrayList<>());
        }
        for (int j = 0; j < q; j++) {
            int arg = 0;
            for (int k = 1; k <= n; k++) {
                if (mod[k][j] > mod[arg][j]) {
                    arg = k;
                }
            }
            if (mod[arg][j] > options.activity()) {
                best.add(arg);
                members.get(arg).add(j);
            } else {
                best.add(-1);
            }
        }
        List<GroupAnalysis> groups = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            groups.add(analyseGroup(z, k, members.get(k), options));
        }
        return new NetAnalysis(
                d,
                q,
                orders,
                best,
                groups,
                members.get(0).size(),
                RunStatistics.of(n, groups),
                options);
    }

    private static GroupAnalysis analyseGroup(
            FourierNet z, int k, List<Integer> nodes, AnalysisOptions options) {
        int size = nodes.size();
        if (size != 4 && size != 6) {
            return new GroupAnalysis(k, nodes, Optional.empty(), SolutionKind.NOT_4_6);
        }
        Complex[][] f = new Complex[3][size];
        Part[] parts = {Part.A, Part.B, Part.C};
        int[] idx = nodes.stream().mapToInt(Integer::intValue).toArray();
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < size; i++) {
                f[p][i] = z.coefficient(parts[p], k, idx[i]);
            }
        }
        Factorisation fac = Factoriser.factorise(f, idx, options);
        return new GroupAnalysis(k, nodes, Optional.of(fac), kindOf(fac));
    }

    static SolutionKind kindOf(Factorisation f) {
        if (!f.factorable()) {
            return SolutionKind.NON_FACTORABLE;
        }
        List<FactorType> t = f.types();
        FactorType x = t.get(0);
        FactorType y = t.get(1);
        if (x == FactorType.ORDER_2_4C && y == FactorType.ORDER_2_XI) {
            return SolutionKind.NU_I_XI;
        }
        if (x == FactorType.ORDER_2_NU && y == FactorType.ORDER_3_SYN) {
            return SolutionKind.NU_SYN;
        }
        if (x == FactorType.ORDER_2_4C
                && (y == FactorType.ORDER_3_SYN_AB || y == FactorType.ORDER_3_SYN)) {
            return SolutionKind.NU_I_SYN_AB;
        }
        return SolutionKind.OTHER;
    }

    /**
     * The group at frequency k.
     *
     * @param k in 1..(d−1)/2
     * @return G_k's analysis
     * @throws IllegalArgumentException if k is out of range
     */
    public GroupAnalysis group(int k) {
        if (k < 1 || k > groups.size()) {
            throw new IllegalArgumentException(
                    "k (" + k + ") must be in [1, " + groups.size() + "]");
        }
        return groups.get(k - 1);
    }

    /**
     * The number of active (kept) nodes, including the k = 0 group.
     *
     * @return #{j : best_j ≥ 0}
     */
    public int activeNodes() {
        return (int) bestFrequency.stream().filter(b -> b >= 0).count();
    }
}
