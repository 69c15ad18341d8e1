package dev.cogs.rgflow.ot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Wasserstein barycentres {@code argmin_μ Σ_k λ_k W(μ, μ_k)} (docs/rgflow.md §6.8); Gaussian
 * barycentres are in {@code dev.cogs.rgflow.ot.gaussian.GaussianMeasure#barycenter}.
 *
 * <p>Non-finite values: inputs are validated; iterative methods report {@code converged = false}
 * instead of returning non-finite weights.
 */
public final class Barycenters {

    private Barycenters() {}

    /**
     * The exact one-dimensional {@code W_p} barycentre for {@code p = 2} (and the {@code
     * W_p}-geodesic barycentre for any {@code p}): quantile averaging {@code F_b⁻¹ = Σ_k λ_k
     * F_k⁻¹}, evaluated on the merged breakpoints of the cumulative weights.
     *
     * @param measures one-dimensional clouds (at least one), equal masses; the result has their
     *     mass 1 (normalised)
     * @param lambdas non-negative weights with a positive sum (normalised)
     * @return the barycentre as a weighted one-dimensional cloud
     * @throws IllegalArgumentException on bad or mismatched input
     */
    public static EmpiricalMeasure quantile1d(List<EmpiricalMeasure> measures, double[] lambdas) {
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(lambdas, "lambdas");
        if (measures.isEmpty() || measures.size() != lambdas.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "need one lambda per measure and at least one measure: %d measures, %d lambdas",
                            measures.size(),
                            lambdas.length));
        }
        double ls = Marginals.requireWeights("lambdas", lambdas);
        int k = measures.size();
        double[][] xs = new double[k][];
        double[][] cum = new double[k][];
        for (int t = 0; t < k; t++) {
            EmpiricalMeasure mu = measures.get(t);
            if (mu.dimension() != 1) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "measure %d has dimension %d, expected 1",
                                t,
                                mu.dimension()));
            }
            Marginals.requireBalanced(measures.get(0).weights(), mu.weights());
            double[] x = mu.pointsRowMajor();
            int[] order = Wasserstein1D.order(x);
            xs[t] = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                xs[t][i] = x[order[i]];
            }
            cum[t] = Wasserstein1D.cumulative(mu.weights(), order);
        }
        int[] pos = new int[k];
        double prev = 0;
        List<double[]> atoms = new ArrayList<>();
        while (true) {
            double next = 1.0;
            for (int t = 0; t < k; t++) {
                next = Math.min(next, cum[t][pos[t]]);
            }
            double x = 0;
            for (int t = 0; t < k; t++) {
                x += lambdas[t] / ls * xs[t][pos[t]];
            }
            if (next > prev) {
                atoms.add(new double[] {x, next - prev});
            }
            prev = next;
            if (next == 1.0) {
                break;
            }
            for (int t = 0; t < k; t++) {
                // cum[t] ends with exactly 1.0 > next, so pos[t] stays in range
                if (cum[t][pos[t]] == next) {
                    pos[t]++;
                }
            }
        }
        double[] x = new double[atoms.size()];
        double[] w = new double[atoms.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = atoms.get(i)[0];
            w[i] = atoms.get(i)[1];
        }
        return EmpiricalMeasure.of1d(x, w);
    }

    /**
     * Fixed-support entropic barycentre by iterated Bregman projections (Benamou, Carlier, Cuturi,
     * Nenna, Peyré, SIAM J. Sci. Comput. 2015): with {@code K = e^{−C/ε}}, repeat {@code u_k =
     * h_k/(K v_k)}, {@code b = Π_k (Kᵀu_k)^{λ_k}}, {@code v_k = b/(Kᵀu_k)} until {@code ‖b_{t+1} −
     * b_t‖₁ < tolerance}.
     *
     * @param histograms histograms on a common support of size {@code N} (rows of the cost), unit
     *     mass each after normalisation
     * @param cost {@code N×N} cost on the support
     * @param lambdas non-negative weights with a positive sum (normalised)
     * @param epsilon regularisation, finite and {@code > 0}
     * @param maxIterations iteration cap, {@code > 0}
     * @param tolerance stopping threshold, {@code > 0}
     * @return the barycentre histogram with diagnostics
     * @throws IllegalArgumentException on bad or mismatched input
     */
    public static EntropicBarycenter entropicFixedSupport(
            List<double[]> histograms,
            CostMatrix cost,
            double[] lambdas,
            double epsilon,
            int maxIterations,
            double tolerance) {
        Objects.requireNonNull(histograms, "histograms");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(lambdas, "lambdas");
        OtChecks.iterationControls(epsilon, maxIterations, tolerance);
        int k = histograms.size();
        if (k == 0 || k != lambdas.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "need one lambda per histogram and at least one histogram: %d histograms, %d lambdas",
                            k,
                            lambdas.length));
        }
        int nn = cost.rows();
        if (cost.cols() != nn) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "fixed-support cost must be square, got %dx%d",
                            cost.rows(),
                            cost.cols()));
        }
        double ls = Marginals.requireWeights("lambdas", lambdas);
        double[][] h = new double[k][];
        for (int t = 0; t < k; t++) {
            double[] ht = histograms.get(t);
            if (ht == null || ht.length != nn) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "histogram %d must have %d bins", t, nn));
            }
            double s = Marginals.requireWeights("histogram " + t, ht);
            h[t] = new double[nn];
            for (int i = 0; i < nn; i++) {
                h[t][i] = ht[i] / s;
            }
        }
        double[] c = cost.raw();
        double[] kern = new double[nn * nn];
        for (int q = 0; q < kern.length; q++) {
            kern[q] = Math.exp(-c[q] / epsilon);
        }
        double[][] v = new double[k][nn];
        double[][] ktu = new double[k][nn];
        for (double[] row : v) {
            java.util.Arrays.fill(row, 1.0);
        }
        double[] bar = new double[nn];
        java.util.Arrays.fill(bar, 1.0 / nn);
        double change = Double.POSITIVE_INFINITY;
        long it = 0;
        boolean converged = false;
        while (it < maxIterations) {
            double[] logB = new double[nn];
            for (int t = 0; t < k; t++) {
                double[] u = new double[nn];
                for (int i = 0; i < nn; i++) {
                    double s = 0;
                    for (int j = 0; j < nn; j++) {
                        s += kern[i * nn + j] * v[t][j];
                    }
                    u[i] = h[t][i] == 0 ? 0.0 : h[t][i] / s;
                }
                java.util.Arrays.fill(ktu[t], 0.0);
                for (int i = 0; i < nn; i++) {
                    if (u[i] == 0) {
                        continue;
                    }
                    for (int j = 0; j < nn; j++) {
                        ktu[t][j] += kern[i * nn + j] * u[i];
                    }
                }
                for (int j = 0; j < nn; j++) {
                    logB[j] += lambdas[t] / ls * Math.log(ktu[t][j]);
                }
            }
            double[] next = new double[nn];
            boolean ok = true;
            for (int j = 0; j < nn; j++) {
                next[j] = Math.exp(logB[j]);
                ok &= Double.isFinite(next[j]);
            }
            it++;
            if (!ok) {
                break;
            }
            for (int t = 0; t < k; t++) {
                for (int j = 0; j < nn; j++) {
                    v[t][j] = next[j] / ktu[t][j];
                    ok &= Double.isFinite(v[t][j]);
                }
            }
            if (!ok) {
                break;
            }
            change = 0;
            for (int j = 0; j < nn; j++) {
                change += Math.abs(next[j] - bar[j]);
            }
            bar = next;
            if (change < tolerance) {
                converged = true;
                break;
            }
        }
        return new EntropicBarycenter(bar, it, change, converged);
    }
}
