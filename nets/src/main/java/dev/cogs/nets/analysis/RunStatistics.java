package dev.cogs.nets.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The per-run statistics of the docs/cogs-math.md §9 step 6, as counts plus mean residuals; the
 * ratios are derived.
 *
 * <p>A ratio whose denominator is zero (e.g. 1nonfact_4 when a run has no order-4 group) is {@link
 * OptionalDouble#empty()}, never NaN. This record is immutable.
 *
 * @param frequencies n = (d−1)/2, the number of analysed frequencies
 * @param n4 number of groups of size 4
 * @param n6 number of groups of size 6
 * @param nf4 non-factorable groups of size 4
 * @param nf6 non-factorable groups of size 6
 * @param nuIXi factorable groups of types (4c, xi)
 * @param nuSyn factorable groups of types (nu, syn)
 * @param nuISynAb factorable groups of types (4c, syn-ab) or (4c, syn)
 * @param err4 mean err over factorable groups of size 4 (empty if there are none)
 * @param err6 mean err over factorable groups of size 6 (empty if there are none)
 */
public record RunStatistics(
        int frequencies,
        int n4,
        int n6,
        int nf4,
        int nf6,
        int nuIXi,
        int nuSyn,
        int nuISynAb,
        OptionalDouble err4,
        OptionalDouble err6) {

    /**
     * Validates the counts.
     *
     * @param frequencies n = (d−1)/2, the number of analysed frequencies
     * @param n4 number of groups of size 4
     * @param n6 number of groups of size 6
     * @param nf4 non-factorable groups of size 4
     * @param nf6 non-factorable groups of size 6
     * @param nuIXi factorable groups of types (4c, xi)
     * @param nuSyn factorable groups of types (nu, syn)
     * @param nuISynAb factorable groups of types (4c, syn-ab) or (4c, syn)
     * @param err4 mean err over factorable groups of size 4 (empty if there are none)
     * @param err6 mean err over factorable groups of size 6 (empty if there are none)
     * @throws IllegalArgumentException if a count is negative or the counts are inconsistent
     */
    public RunStatistics {
        Objects.requireNonNull(err4, "err4");
        Objects.requireNonNull(err6, "err6");
        if (frequencies < 0
                || n4 < 0
                || n6 < 0
                || nf4 < 0
                || nf6 < 0
                || nuIXi < 0
                || nuSyn < 0
                || nuISynAb < 0
                || nf4 > n4
                || nf6 > n6
                || n4 + n6 > frequencies
                || nuIXi + nuSyn + nuISynAb > n4 + n6 - nf4 - nf6) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "inconsistent counts: n=%d n4=%d n6=%d nf4=%d nf6=%d (4c,xi)=%d (nu,syn)=%d (4c,syn-ab)=%d",
                            frequencies,
                            n4,
                            n6,
                            nf4,
                            nf6,
                            nuIXi,
                            nuSyn,
                            nuISynAb));
        }
    }

    /**
     * Computes the statistics of analysed groups.
     *
     * @param frequencies n = (d−1)/2
     * @param groups the groups at k = 1..n (any sizes)
     * @return the statistics
     */
    public static RunStatistics of(int frequencies, List<GroupAnalysis> groups) {
        int n4 = 0;
        int n6 = 0;
        int nf4 = 0;
        int nf6 = 0;
        int xi = 0;
        int syn = 0;
        int synAb = 0;
        double e4 = 0;
        double e6 = 0;
        for (GroupAnalysis g : groups) {
            if (g.kind() == SolutionKind.NOT_4_6) {
                continue;
            }
            boolean four = g.size() == 4;
            Factorisation f = g.factorisation().orElseThrow();
            if (four) {
                n4++;
            } else {
                n6++;
            }
            if (!f.factorable()) {
                if (four) {
                    nf4++;
                } else {
                    nf6++;
                }
                continue;
            }
            if (four) {
                e4 += f.err();
            } else {
                e6 += f.err();
            }
            if (g.kind() == SolutionKind.NU_I_XI) {
                xi++;
            } else if (g.kind() == SolutionKind.NU_SYN) {
                syn++;
            } else if (g.kind() == SolutionKind.NU_I_SYN_AB) {
                synAb++;
            }
        }
        OptionalDouble err4 =
                n4 > nf4 ? OptionalDouble.of(e4 / (n4 - nf4)) : OptionalDouble.empty();
        OptionalDouble err6 =
                n6 > nf6 ? OptionalDouble.of(e6 / (n6 - nf6)) : OptionalDouble.empty();
        return new RunStatistics(frequencies, n4, n6, nf4, nf6, xi, syn, synAb, err4, err6);
    }

    /**
     * nfact = n4 + n6 − nf4 − nf6.
     *
     * @return the number of factorable groups
     */
    public int factorable() {
        return n4 + n6 - nf4 - nf6;
    }

    private OptionalDouble perFactorable(int count) {
        int n = factorable();
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count / n);
    }

    /**
     * sol_4_4cxi = #(4c, xi)/nfact.
     *
     * @return the fraction, empty if no group is factorable
     */
    public OptionalDouble solNuIXi() {
        return perFactorable(nuIXi);
    }

    /**
     * sol_6_nusyn = #(nu, syn)/nfact.
     *
     * @return the fraction, empty if no group is factorable
     */
    public OptionalDouble solNuSyn() {
        return perFactorable(nuSyn);
    }

    /**
     * sol_6_4csynab = (#(4c, syn-ab) + #(4c, syn))/nfact.
     *
     * @return the fraction, empty if no group is factorable
     */
    public OptionalDouble solNuISynAb() {
        return perFactorable(nuISynAb);
    }

    /**
     * sol_others = 1 − the three named fractions.
     *
     * @return the fraction, empty if no group is factorable
     */
    public OptionalDouble solOthers() {
        return perFactorable(factorable() - nuIXi - nuSyn - nuISynAb);
    }

    /**
     * The matched fraction 1 − sol_others ("match the constructions").
     *
     * @return the fraction, empty if no group is factorable
     */
    public OptionalDouble matched() {
        return perFactorable(nuIXi + nuSyn + nuISynAb);
    }

    /**
     * 1nonfact_4 = nf4/n4.
     *
     * @return the fraction, empty if there is no group of size 4
     */
    public OptionalDouble nonFactorable4() {
        return n4 == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) nf4 / n4);
    }

    /**
     * 1nonfact_6 = nf6/n6.
     *
     * @return the fraction, empty if there is no group of size 6
     */
    public OptionalDouble nonFactorable6() {
        return n6 == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) nf6 / n6);
    }

    /**
     * 0_non_46 = n − n4 − n6.
     *
     * @return the number of frequencies whose group size is neither 4 nor 6
     */
    public int non46() {
        return frequencies - n4 - n6;
    }
}
