package dev.cogs.algebra.weights;

import java.util.List;
import java.util.Objects;

/**
 * Factories of the sum potentials that enter the loss (docs/cogs-math.md §3.1, §3.5), all in code
 * units.
 */
public final class SumPotentials {

    private SumPotentials() {}

    /**
     * The "abc" potential \(r_{k_1k_2k} = \sum_j A_{k_1j}B_{k_2j}C_{kj}\).
     *
     * @param d the group size
     * @param k1 a-frequency in Z_d
     * @param k2 b-frequency in Z_d
     * @param k output frequency in Z_d
     * @return the potential
     * @throws IllegalArgumentException if d &lt; 3 or a frequency is outside Z_d
     */
    public static SumPotential abc(int d, int k1, int k2, int k) {
        return new SumPotential(
                d,
                List.of(
                        new SumPotential.Factor(Part.A, k1),
                        new SumPotential.Factor(Part.B, k2),
                        new SumPotential.Factor(Part.C, k)));
    }

    /**
     * The "ppc" potential \(r_{p,k_1,k_2,k} = \sum_j Z^{(p)}_{k_1j} Z^{(p)}_{k_2j} C_{kj}\), p ∈
     * {a, b}.
     *
     * @param p {@link Part#A} or {@link Part#B}
     * @param d the group size
     * @param k1 first frequency in Z_d
     * @param k2 second frequency in Z_d
     * @param k output frequency in Z_d
     * @return the potential
     * @throws IllegalArgumentException if p is C, d &lt; 3 or a frequency is outside Z_d
     */
    public static SumPotential ppc(Part p, int d, int k1, int k2, int k) {
        Objects.requireNonNull(p, "p");
        if (p == Part.C) {
            throw new IllegalArgumentException(
                    "part (C) must be A or B for a ppc potential r_{p,k1,k2,k}");
        }
        return new SumPotential(
                d,
                List.of(
                        new SumPotential.Factor(p, k1),
                        new SumPotential.Factor(p, k2),
                        new SumPotential.Factor(Part.C, k)));
    }

    /**
     * The grouped potential \(R_p(m,k) = \sum_{k'} r_{p,k',m-k',k}\) (additive, not
     * multiplicative).
     *
     * @param p {@link Part#A} or {@link Part#B}
     * @param d the group size
     * @param m total input frequency in Z_d
     * @param k output frequency in Z_d
     * @return the grouped potential
     * @throws IllegalArgumentException if p is C, d &lt; 3 or m, k are outside Z_d
     */
    public static GroupedPotential grouped(Part p, int d, int m, int k) {
        return new GroupedPotential(d, p, m, k);
    }

    /**
     * The ten per-frequency potentials of docs/cogs-math.md §3.5 at frequency k, in the order abc,
     * ^abc, a^bc, ab^c, a^ac, b^bc, aac, bbc, ^a^ac, ^b^bc ("^x" = the −k entry).
     *
     * @param d the group size
     * @param k the frequency in [1, d)
     * @return the ten potentials
     * @throws IllegalArgumentException if d &lt; 3 or k is outside [1, d)
     */
    public static List<SumPotential> perFrequency(int d, int k) {
        RealWeights.checkD(d);
        FourierNet.checkBlockFrequency(d, k);
        int mk = d - k;
        return List.of(
                abc(d, k, k, k),
                abc(d, mk, k, k),
                abc(d, k, mk, k),
                abc(d, k, k, mk),
                ppc(Part.A, d, k, mk, k),
                ppc(Part.B, d, k, mk, k),
                ppc(Part.A, d, k, k, k),
                ppc(Part.B, d, k, k, k),
                ppc(Part.A, d, mk, mk, k),
                ppc(Part.B, d, mk, mk, k));
    }

    /** Names of {@link #perFrequency(int, int)}'s potentials, in the same order. */
    public static final List<String> PER_FREQUENCY_NAMES =
            List.of("abc", "^abc", "a^bc", "ab^c", "a^ac", "b^bc", "aac", "bbc", "^a^ac", "^b^bc");
}
