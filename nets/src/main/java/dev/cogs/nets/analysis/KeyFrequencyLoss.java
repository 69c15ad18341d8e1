package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.Part;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Nanda et al.'s restricted and excluded loss (arXiv:2301.05217, §5.1) for the quadratic net, on
 * the full dataset (docs/cogs-math.md §13.1).
 *
 * <p>The key directions of the outputs, seen as a function of (a, b, c), are χ_k(a, b, c) =
 * ω^{k(a+b−c)} for k ∈ ±K. The <em>restricted</em> loss keeps only the outputs' components along
 * them, the <em>excluded</em> loss removes those components; both are the projected MSE of
 * docs/cogs-math.md §1 on all d² pairs. The outputs' coefficient on χ_k is 2·r_{kkk} and the
 * target's is 1/d, so with ρ_k = 2d·r_{kkk} (paper units, → 1):
 *
 * <pre>
 *   restricted(K) = (2/d) Σ_{k∈K} |ρ_k − 1|² + (d − 1 − 2|K|)/d
 *   excluded(K)   = ℓ − (2/d) Σ_{k∈K} |ρ_k − 1|² + 2|K|/d
 * </pre>
 *
 * <p>{@link #of(FourierNet, Set)} evaluates these from the sum potentials; {@link
 * #dataSpace(RealWeights, Set)} projects the outputs themselves and evaluates the loss pair by pair
 * (the independent check).
 *
 * <p>This record is immutable.
 *
 * @param keys the key frequencies K ⊆ {1, …, (d−1)/2}, sorted
 * @param restricted the loss with only the key directions of the outputs kept
 * @param excluded the loss with the key directions of the outputs removed
 */
public record KeyFrequencyLoss(SortedSet<Integer> keys, double restricted, double excluded) {

    /**
     * Copies the key set.
     *
     * @param keys the key frequencies, sorted
     * @param restricted the restricted loss
     * @param excluded the excluded loss
     */
    public KeyFrequencyLoss {
        keys = Collections.unmodifiableSortedSet(new TreeSet<>(keys));
    }

    /**
     * The default key frequencies of a net: k ∈ 1..(d−1)/2 with a non-zero order (order_k &gt; 0,
     * docs/cogs-math.md §9.2), i.e. the frequencies some node uses.
     *
     * @param analysis the net's analysis
     * @return the sorted, unmodifiable set (empty if no node is active)
     */
    public static SortedSet<Integer> keyFrequencies(NetAnalysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        SortedSet<Integer> keys = new TreeSet<>();
        List<Integer> orders = analysis.frequencyOrders();
        for (int k = 1; k <= orders.size(); k++) {
            if (orders.get(k - 1) > 0) {
                keys.add(k);
            }
        }
        return Collections.unmodifiableSortedSet(keys);
    }

    /**
     * Checks that the key frequencies are in 1..(d−1)/2.
     *
     * @param d the group size
     * @param keys the frequencies
     * @return the sorted copy
     * @throws IllegalArgumentException naming the first frequency out of range
     */
    static SortedSet<Integer> checkKeys(int d, Set<Integer> keys) {
        Objects.requireNonNull(keys, "keys");
        SortedSet<Integer> sorted = new TreeSet<>();
        for (Integer k : keys) {
            if (k == null || k < 1 || k > (d - 1) / 2) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "key frequency %s is not in 1..(d-1)/2 = 1..%d",
                                k,
                                (d - 1) / 2));
            }
            sorted.add(k);
        }
        return sorted;
    }

    /**
     * The losses from the full-dataset loss and the diagonal potentials (the formulas of the class
     * description).
     *
     * <p>Non-finite values: propagated from the arguments.
     *
     * @param d the group size
     * @param loss ℓ on all d² pairs
     * @param diagonal ρ_k = 2d·r_{kkk} for k = 1..(d−1)/2 (list index k − 1)
     * @param keys the key frequencies
     * @return the two losses
     * @throws IllegalArgumentException if {@code diagonal} does not have (d−1)/2 entries or a key
     *     is out of range
     */
    public static KeyFrequencyLoss fromPotentials(
            int d, double loss, List<Complex> diagonal, Set<Integer> keys) {
        Objects.requireNonNull(diagonal, "diagonal");
        SortedSet<Integer> k = checkKeys(d, keys);
        if (diagonal.size() != (d - 1) / 2) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "diagonal has %d entries, expected (d-1)/2 = %d",
                            diagonal.size(),
                            (d - 1) / 2));
        }
        double kept = 0;
        for (int key : k) {
            Complex e = diagonal.get(key - 1).subtract(1.0);
            kept += e.re() * e.re() + e.im() * e.im();
        }
        kept *= 2.0 / d;
        return new KeyFrequencyLoss(
                k, kept + (d - 1.0 - 2.0 * k.size()) / d, loss - kept + 2.0 * k.size() / d);
    }

    /**
     * The losses from the sum potentials of a net: ℓ by {@link CogsLoss#fullDataset} and ρ_k =
     * 2d·r_{kkk}.
     *
     * @param z the net
     * @param keys the key frequencies
     * @return the two losses
     * @throws IllegalArgumentException if a key is out of range
     */
    public static KeyFrequencyLoss of(FourierNet z, Set<Integer> keys) {
        Objects.requireNonNull(z, "z");
        return fromPotentials(z.d(), CogsLoss.fullDataset(z), diagonal(z), keys);
    }

    /**
     * ρ_k = 2d·r_{kkk} = 2d Σ_j A_{kj} B_{kj} C_{kj} for k = 1..(d−1)/2, in paper units
     * (docs/cogs-math.md §2).
     *
     * @param z the net
     * @return the (d−1)/2 diagonal potentials, list index k − 1
     */
    public static List<Complex> diagonal(FourierNet z) {
        Objects.requireNonNull(z, "z");
        int d = z.d();
        int q = z.order();
        double[] re = z.reFlat();
        double[] im = z.imFlat();
        int pa = Part.A.ordinal() * d * q;
        int pb = Part.B.ordinal() * d * q;
        int pc = Part.C.ordinal() * d * q;
        List<Complex> out = new ArrayList<>((d - 1) / 2);
        for (int k = 1; k <= (d - 1) / 2; k++) {
            double sRe = 0;
            double sIm = 0;
            for (int j = 0; j < q; j++) {
                int a = pa + k * q + j;
                int b = pb + k * q + j;
                int c = pc + k * q + j;
                double abRe = re[a] * re[b] - im[a] * im[b];
                double abIm = re[a] * im[b] + im[a] * re[b];
                sRe += abRe * re[c] - abIm * im[c];
                sIm += abRe * im[c] + abIm * re[c];
            }
            out.add(Complex.of(2.0 * d * sRe, 2.0 * d * sIm));
        }
        return List.copyOf(out);
    }

    /**
     * The losses computed in data space: the outputs on all d² pairs are formed from the real
     * weights, their components along χ_k, k ∈ ±K, are found by projection over (a, b, c), kept or
     * removed, and the projected MSE is evaluated pair by pair. O(d³·q); the independent check of
     * {@link #of(FourierNet, Set)}.
     *
     * @param w the net
     * @param keys the key frequencies
     * @return the two losses
     * @throws IllegalArgumentException if a key is out of range
     */
    public static KeyFrequencyLoss dataSpace(RealWeights w, Set<Integer> keys) {
        Objects.requireNonNull(w, "w");
        int d = w.d();
        SortedSet<Integer> k = checkKeys(d, keys);
        Logits l = Logits.of(w);
        // S[m] = Σ over (a, b, c) with a + b − c ≡ m of o(a, b)[c]; the coefficient on χ_k is
        // (1/d³) Σ_m S[m] ω^{−km}.
        double[] s = new double[d];
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                for (int c = 0; c < d; c++) {
                    s[Math.floorMod(a + b - c, d)] += l.o[(a * d + b) * d + c];
                }
            }
        }
        // The kept part as a function of m = a + b − c: Σ_{k∈±K} ô_k ω^{km} = 2 Re Σ_{k∈K} ô_k
        // ω^{km}.
        double[] keptByM = new double[d];
        double d3 = (double) d * d * d;
        for (int key : k) {
            double cRe = 0;
            double cIm = 0;
            for (int m = 0; m < d; m++) {
                double t = -2 * Math.PI * ((long) key * m % d) / d;
                cRe += s[m] * Math.cos(t);
                cIm += s[m] * Math.sin(t);
            }
            cRe /= d3;
            cIm /= d3;
            for (int m = 0; m < d; m++) {
                double t = 2 * Math.PI * ((long) key * m % d) / d;
                keptByM[m] += 2 * (cRe * Math.cos(t) - cIm * Math.sin(t));
            }
        }
        double[] restricted = new double[d];
        double[] excluded = new double[d];
        double sumR = 0;
        double sumE = 0;
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
                int base = (a * d + b) * d;
                for (int c = 0; c < d; c++) {
                    double kept = keptByM[Math.floorMod(a + b - c, d)];
                    restricted[c] = kept;
                    excluded[c] = l.o[base + c] - kept;
                }
                int y = (a + b) % d;
                sumR += Logits.pairLoss(restricted, 0, d, y);
                sumE += Logits.pairLoss(excluded, 0, d, y);
            }
        }
        double pairs = (double) d * d;
        return new KeyFrequencyLoss(k, sumR / pairs, sumE / pairs);
    }
}
