package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import java.util.Locale;
import java.util.Objects;

/**
 * The grouped potential \(R_p(m,k) = \sum_{k'\in\mathbb{Z}_d} r_{p,k',m-k',k}\), \(p \in \{a,b\}\)
 * (docs/cogs-math.md §3.1), the coefficient that enters the loss through the \(R_*\) and \(R_n\)
 * constraints.
 *
 * <p>It is a sum of d sum potentials, so it is <b>additive</b> (\(R(z_1+z_2) = R(z_1)+R(z_2)\),
 * \(R(0) = 0\)) but, unlike a single sum potential, <b>not multiplicative</b>: \(R(1) = d\), and in
 * general \(R(z_1*z_2) \ne R(z_1)R(z_2)\). Equivalently \(R_p(m,k)(z) = \sum_j
 * C_{kj}\,(Z^{(p)}_{\cdot j} \star Z^{(p)}_{\cdot j})(m)\), a circular self-convolution of each
 * node's p-part.
 *
 * @param d the group size, at least 3
 * @param part {@link Part#A} or {@link Part#B}
 * @param m the total input frequency in Z_d
 * @param k the output frequency in Z_d
 */
public record GroupedPotential(int d, Part part, int m, int k) {

    /**
     * Validates the indices.
     *
     * @param d see the record description
     * @param part see the record description
     * @param m see the record description
     * @param k see the record description
     * @throws IllegalArgumentException if d &lt; 3, part is C, or m, k are outside Z_d
     */
    public GroupedPotential {
        RealWeights.checkD(d);
        Objects.requireNonNull(part, "part");
        if (part == Part.C) {
            throw new IllegalArgumentException(
                    "part (C) must be A or B for a grouped potential R_p(m,k)");
        }
        FourierNet.checkFrequency(d, m, "m");
        FourierNet.checkFrequency(d, k, "k");
    }

    /**
     * The value \(R_p(m,k)(z)\). Cost O(d·q).
     *
     * @param z a net over the same d
     * @return \(\sum_j C_{kj} \sum_{k'} Z_{k'j} Z_{m-k',j}\)
     * @throws IllegalArgumentException if z has a different d
     */
    public Complex valueAt(FourierNet z) {
        Objects.requireNonNull(z, "z");
        if (z.d() != d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "net has d = %d but R_%s(%d,%d) is over Z_%d",
                            z.d(),
                            part,
                            m,
                            k,
                            d));
        }
        int q = z.order();
        double[] re = z.reRaw();
        double[] im = z.imRaw();
        int p = part.ordinal();
        double sr = 0;
        double si = 0;
        for (int j = 0; j < q; j++) {
            double cr = 0;
            double ci = 0;
            for (int k1 = 0; k1 < d; k1++) {
                int k2 = Math.floorMod(m - k1, d);
                int i1 = (p * d + k1) * q + j;
                int i2 = (p * d + k2) * q + j;
                cr += re[i1] * re[i2] - im[i1] * im[i2];
                ci += re[i1] * im[i2] + im[i1] * re[i2];
            }
            int ic = (2 * d + k) * q + j;
            sr += cr * re[ic] - ci * im[ic];
            si += cr * im[ic] + ci * re[ic];
        }
        return Complex.of(sr, si);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "R_%s(%d,%d)", part.name().toLowerCase(Locale.ROOT), m, k);
    }
}
