package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Exact optimal transport {@code min_P ⟨P, C⟩} over plans with marginals {@code a}, {@code b}
 * (masses equal to a relative {@code 1e-6}; {@code b} is rescaled to the mass of {@code a}), by the
 * network simplex (docs/rgflow.md §6.1): artificial star basis, block-search pivoting over a mixed
 * arc order with SIMD chunk tests of the reduced costs, tree updates on primitive arrays. Problems
 * with at least 256 sources and sinks are warm-started from the exact solution of the half-size
 * problem (recursively): its duals, extended by c-transforms, give the starting potentials and a
 * shortlist of 8 arcs per source that is priced first (docs/rgflow.md §6.1.1); the pricing over all
 * arcs still ends every solve, so the plan is an optimal basic solution and the duals certify it,
 * exactly as from a cold start. The reported iterations are the pivots of all levels, and the pivot
 * cap bounds their total.
 *
 * <p>Zero-weight points are removed before solving and get c-transform potentials. The result
 * reports {@link ExactOtStatus#MAX_ITERATIONS} (and {@code converged() == false}) if the pivot cap
 * is reached.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Non-finite values: weights must be finite and non-negative, costs finite (enforced by {@link
 * CostMatrix}); the result is then finite.
 */
public final class ExactOt implements TransportSolver<ExactOtResult> {

    private final ExactOtOptions options;
    private final int warmStartMinSize;

    private ExactOt(ExactOtOptions options, int warmStartMinSize) {
        this.options = options;
        this.warmStartMinSize = warmStartMinSize;
    }

    /**
     * @return the network simplex with {@link ExactOtOptions#defaults()}
     */
    public static ExactOt networkSimplex() {
        return new ExactOt(ExactOtOptions.defaults(), MultiscaleStart.MIN_SIZE);
    }

    /**
     * The network simplex with given options.
     *
     * @param options the options
     * @return the solver
     */
    public static ExactOt networkSimplex(ExactOtOptions options) {
        return new ExactOt(Objects.requireNonNull(options, "options"), MultiscaleStart.MIN_SIZE);
    }

    /**
     * With another threshold of the multiscale warm start (tests: {@code Integer.MAX_VALUE} starts
     * cold, a small value warm-starts small problems through many levels).
     */
    static ExactOt networkSimplex(ExactOtOptions options, int warmStartMinSize) {
        return new ExactOt(options, warmStartMinSize);
    }

    /**
     * @return the options
     */
    public ExactOtOptions options() {
        return options;
    }

    @Override
    public ExactOtResult solve(double[] a, double[] b, CostMatrix cost) {
        double[] bb = Marginals.requireBalancedProblem(a, b, cost);
        int n = a.length;
        int m = b.length;
        int[] rowMap = support(a);
        int[] colMap = support(bb);
        int nn = rowMap.length;
        int mm = colMap.length;
        double[] c = cost.raw();
        double[] sub;
        if (nn == n && mm == m) {
            sub = c;
        } else {
            sub = new double[nn * mm];
            for (int i = 0; i < nn; i++) {
                int src = rowMap[i] * m;
                for (int j = 0; j < mm; j++) {
                    sub[i * mm + j] = c[src + colMap[j]];
                }
            }
        }
        double[] sa = new double[nn];
        double[] sb = new double[mm];
        for (int i = 0; i < nn; i++) {
            sa[i] = a[rowMap[i]];
        }
        for (int j = 0; j < mm; j++) {
            sb[j] = bb[colMap[j]];
        }
        MultiscaleStart.Solved solved =
                MultiscaleStart.solve(nn, mm, sub, sa, sb, options.cap(nn, mm), warmStartMinSize);
        NetworkSimplex ns = solved.simplex();
        ExactOtStatus status =
                solved.optimal() ? ExactOtStatus.OPTIMAL : ExactOtStatus.MAX_ITERATIONS;
        long pivots = solved.pivots();

        int[] pi = new int[nn + mm + 1];
        int[] pj = new int[nn + mm + 1];
        double[] pv = new double[nn + mm + 1];
        int k = ns.collectFlows(pi, pj, pv);
        int nz = 0;
        for (int t = 0; t < k; t++) {
            if (pv[t] > 0) {
                pi[nz] = rowMap[pi[t]];
                pj[nz] = colMap[pj[t]];
                pv[nz] = pv[t];
                nz++;
            }
        }
        TransportPlan plan =
                SparsePlan.of(
                        n,
                        m,
                        java.util.Arrays.copyOf(pi, nz),
                        java.util.Arrays.copyOf(pj, nz),
                        java.util.Arrays.copyOf(pv, nz));

        double[] fs = ns.sourcePotentials();
        double[] gs = ns.sinkPotentials();
        double[] f = new double[n];
        double[] g = new double[m];
        boolean[] rowSet = new boolean[n];
        boolean[] colSet = new boolean[m];
        for (int i = 0; i < nn; i++) {
            f[rowMap[i]] = fs[i];
            rowSet[rowMap[i]] = true;
        }
        for (int j = 0; j < mm; j++) {
            g[colMap[j]] = gs[j];
            colSet[colMap[j]] = true;
        }
        for (int i = 0; i < n; i++) {
            if (!rowSet[i]) {
                double best = Double.POSITIVE_INFINITY;
                for (int j : colMap) {
                    best = Math.min(best, c[i * m + j] - g[j]);
                }
                f[i] = best;
            }
        }
        for (int j = 0; j < m; j++) {
            if (!colSet[j]) {
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    best = Math.min(best, c[i * m + j] - f[i]);
                }
                g[j] = best;
            }
        }
        centre(a, bb, f, g);
        double linear = plan.cost(cost);
        double err = l1(plan.rowSums(), a) + l1(plan.columnSums(), bb);
        return new ExactOtResult(plan, linear, f, g, pivots, err, status);
    }

    /** POT's {@code center_ot_dual}: shift so that {@code ⟨a,f⟩ = ⟨b,g⟩}. */
    private static void centre(double[] a, double[] b, double[] f, double[] g) {
        double af = 0;
        double bg = 0;
        for (int i = 0; i < a.length; i++) {
            af += a[i] * f[i];
        }
        for (int j = 0; j < b.length; j++) {
            bg += b[j] * g[j];
        }
        double shift = (bg - af) / (Marginals.sum(a) + Marginals.sum(b));
        for (int i = 0; i < f.length; i++) {
            f[i] += shift;
        }
        for (int j = 0; j < g.length; j++) {
            g[j] -= shift;
        }
    }

    static double l1(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += Math.abs(x[i] - y[i]);
        }
        return s;
    }

    private static int[] support(double[] w) {
        int c = 0;
        for (double v : w) {
            if (v > 0) {
                c++;
            }
        }
        int[] out = new int[c];
        c = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                out[c++] = i;
            }
        }
        return out;
    }
}
