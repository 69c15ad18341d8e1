package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.Part;
import java.util.Objects;

/**
 * How concentrated one layer's Fourier spectrum is (docs/cogs-math.md §13.2): the Gini coefficient
 * of its per-frequency norms (Nanda et al., arXiv:2301.05217), the inverse participation ratio
 * (IPR) of the same norms, and the IPR of each node's own spectrum averaged over the nodes (Gromov,
 * arXiv:2301.02679).
 *
 * <p>Per-frequency norms of layer p ∈ {a, b, c} (the rows A, B or C of docs/cogs-math.md §2), with
 * k and −k merged: x_0² = Σ_j |Z_{0j}|², x_k² = Σ_j (|Z_{kj}|² + |Z_{−k,j}|²) for k = 1..⌊d/2⌋ (the
 * self-conjugate d/2 of an even d once); m = ⌊d/2⌋ + 1 values. Then
 *
 * <pre>
 *   gini      = Σ_{i,k} |x_i − x_k| / (2 m Σ_k x_k)                     ∈ [0, 1 − 1/m]
 *   ipr       = Σ_k x_k⁴ / (Σ_k x_k²)²                                 ∈ [1/m, 1]
 *   neuronIpr = Σ_j P_j · ipr_j / Σ_j P_j,   ipr_j = Σ_k P_{jk}² / P_j²
 * </pre>
 *
 * where P_{jk} is node j's share of x_k² and P_j = Σ_k P_{jk} (d·P_j = ‖node j's weights in that
 * layer‖²). A net whose nodes all live at one frequency has gini = 1 − 1/m and ipr = neuronIpr = 1;
 * a net spreading equal norms over every non-zero frequency has gini = 1/m and ipr = 1/(m − 1).
 *
 * <p>Non-finite values: for a layer that is exactly zero the three values are NaN (0/0).
 *
 * <p>This record is immutable.
 *
 * @param gini the Gini coefficient of the per-frequency norms
 * @param ipr the inverse participation ratio of the per-frequency norms
 * @param neuronIpr the per-node IPR averaged with weights P_j
 */
public record SpectralConcentration(double gini, double ipr, double neuronIpr) {

    /**
     * The three measures of one layer of a net.
     *
     * @param z the net
     * @param part the layer
     * @return the measures
     */
    public static SpectralConcentration of(FourierNet z, Part part) {
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(part, "part");
        int d = z.d();
        int q = z.order();
        int m = d / 2 + 1;
        double[] re = z.reFlat();
        double[] im = z.imFlat();
        int base = part.ordinal() * d * q;
        double[] x2 = new double[m];
        double weighted = 0;
        double total = 0;
        double[] p = new double[m];
        for (int j = 0; j < q; j++) {
            double pj = 0;
            for (int k = 0; k < m; k++) {
                double v = squared(re, im, base + k * q + j);
                int mk = (d - k) % d;
                if (mk != k) {
                    v += squared(re, im, base + mk * q + j);
                }
                p[k] = v;
                x2[k] += v;
                pj += v;
            }
            if (pj > 0) {
                double s = 0;
                for (double v : p) {
                    s += v * v;
                }
                weighted += s / pj;
                total += pj;
            }
        }
        double[] x = new double[m];
        for (int k = 0; k < m; k++) {
            x[k] = Math.sqrt(x2[k]);
        }
        return new SpectralConcentration(
                gini(x), ipr(x), total > 0 ? weighted / total : Double.NaN);
    }

    private static double squared(double[] re, double[] im, int i) {
        return re[i] * re[i] + im[i] * im[i];
    }

    /**
     * The Gini coefficient Σ_{i,k} |x_i − x_k| / (2 m Σ_k x_k) of m non-negative values.
     *
     * <p>Non-finite values: NaN if every value is zero; NaN or infinite inputs give NaN.
     *
     * @param x the values (not modified)
     * @return the coefficient, in [0, 1 − 1/m]
     * @throws IllegalArgumentException if there is no value or a value is negative
     */
    public static double gini(double[] x) {
        Objects.requireNonNull(x, "x");
        if (x.length == 0) {
            throw new IllegalArgumentException("gini of no values");
        }
        double sum = 0;
        double pairs = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                throw new IllegalArgumentException("gini: value " + x[i] + " is negative");
            }
            sum += x[i];
            for (int k = 0; k < x.length; k++) {
                pairs += Math.abs(x[i] - x[k]);
            }
        }
        return pairs / (2.0 * x.length * sum);
    }

    /**
     * The inverse participation ratio Σ_k x_k⁴ / (Σ_k x_k²)² of values x_k (amplitudes, not
     * powers).
     *
     * <p>Non-finite values: NaN if every value is zero.
     *
     * @param x the values (not modified)
     * @return the ratio, in [1/m, 1] for m values
     * @throws IllegalArgumentException if there is no value
     */
    public static double ipr(double[] x) {
        Objects.requireNonNull(x, "x");
        if (x.length == 0) {
            throw new IllegalArgumentException("ipr of no values");
        }
        double s2 = 0;
        double s4 = 0;
        for (double v : x) {
            double v2 = v * v;
            s2 += v2;
            s4 += v2 * v2;
        }
        return s4 / (s2 * s2);
    }
}
