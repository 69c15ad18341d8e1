package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Unbalanced entropic transport with KL marginal penalties (Chizat et al., Math. Comp. 2018;
 * Frogner et al. 2015): scaling updates {@code u ← (a/(Kv))^{ρ/(ρ+ε)}}, {@code v ←
 * (b/(Kᵀu))^{ρ/(ρ+ε)}} (row first, as POT 0.8.2 {@code sinkhorn_unbalanced}), with the entropy
 * convention of {@link UnbalancedOptions#entropy()}.
 *
 * <p>Instances are immutable. Non-finite values: weights must be finite and non-negative (masses
 * may differ), costs finite; every iteration checks the scalings and a non-finite value ends the
 * run with {@code converged = false} and the last finite iterate.
 */
public final class UnbalancedSinkhorn implements TransportSolver<UnbalancedResult> {

    private final UnbalancedOptions options;

    private UnbalancedSinkhorn(UnbalancedOptions options) {
        this.options = options;
    }

    /**
     * A solver with the given options.
     *
     * @param options the options
     * @return the solver
     */
    public static UnbalancedSinkhorn of(UnbalancedOptions options) {
        return new UnbalancedSinkhorn(Objects.requireNonNull(options, "options"));
    }

    @Override
    public UnbalancedResult solve(double[] a, double[] b, CostMatrix cost) {
        Marginals.requireUnbalancedProblem(a, b, cost);
        int n = a.length;
        int m = b.length;
        double eps = options.epsilon();
        double rho = options.rho();
        double fi = rho / (rho + eps);
        double[] c = cost.raw();
        boolean klProduct = options.entropy() == EntropyConvention.KL_PRODUCT;
        double[] k = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double w = klProduct ? a[i] * b[j] : 1.0;
                k[i * m + j] = w * Math.exp(-c[i * m + j] / eps);
            }
        }
        double[] u = new double[n];
        double[] v = new double[m];
        java.util.Arrays.fill(u, 1.0);
        java.util.Arrays.fill(v, 1.0);
        double[] nu = new double[n];
        double[] nv = new double[m];
        long it = 0;
        double change = Double.POSITIVE_INFINITY;
        boolean converged = false;
        while (it < options.maxIterations()) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += k[i * m + j] * v[j];
                }
                nu[i] = a[i] == 0 ? 0.0 : Math.pow(a[i] / s, fi);
            }
            double[] ktu = new double[m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    ktu[j] += k[i * m + j] * nu[i];
                }
            }
            for (int j = 0; j < m; j++) {
                nv[j] = b[j] == 0 ? 0.0 : Math.pow(b[j] / ktu[j], fi);
            }
            it++;
            if (!SinkhornEngine.validScaling(nu, a) || !SinkhornEngine.validScaling(nv, b)) {
                break;
            }
            change = Math.max(logChange(u, nu), logChange(v, nv));
            System.arraycopy(nu, 0, u, 0, n);
            System.arraycopy(nv, 0, v, 0, m);
            if (change < options.tolerance()) {
                converged = true;
                break;
            }
        }
        double[] p = new double[n * m];
        double[] rows = new double[n];
        double[] cols = new double[m];
        double lin = 0;
        double omega = 0;
        double mass = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double x = u[i] * k[i * m + j] * v[j];
                p[i * m + j] = x;
                rows[i] += x;
                cols[j] += x;
                mass += x;
                lin += x * c[i * m + j];
                if (x > 0) {
                    omega +=
                            klProduct
                                    ? x * Math.log(x / (a[i] * b[j])) - x + a[i] * b[j]
                                    : x * (Math.log(x) - 1);
                }
            }
        }
        double objective = lin + eps * omega + rho * kl(rows, a) + rho * kl(cols, b);
        return new UnbalancedResult(
                DensePlan.of(n, m, p), lin, objective, mass, it, change, converged);
    }

    private static double kl(double[] p, double[] q) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                s += p[i] * Math.log(p[i] / q[i]);
            }
            s += q[i] - p[i];
        }
        return s;
    }

    private static double logChange(double[] old, double[] now) {
        double mx = 0;
        for (int i = 0; i < old.length; i++) {
            if (now[i] > 0) {
                mx = Math.max(mx, Math.abs(Math.log(now[i] / old[i])));
            }
        }
        return mx;
    }
}
