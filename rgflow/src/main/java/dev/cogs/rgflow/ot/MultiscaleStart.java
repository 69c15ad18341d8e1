package dev.cogs.rgflow.ot;

import java.util.Arrays;

/**
 * The multiscale warm start of the network simplex (docs/rgflow.md §6.1.1).
 *
 * <p>A problem with at least {@code minSize} sources and sinks is first solved at half the size:
 * consecutive pairs of sources (and of sinks) are merged into the first of the pair, carrying the
 * pair's mass, and the coarse problem (recursively warm-started itself) is solved exactly. Its
 * source duals give approximate duals of the full problem by two c-transforms: {@code g_j = min_k
 * (C_{r_k j} − f^c_k)} over the coarse sources {@code r_k}, then {@code f_i = min_j (C_ij − g_j)}
 * over all sinks, so that {@code C_ij − f_i − g_j ≥ 0} everywhere. The same pass keeps, per source,
 * the {@value #SHORTLIST} sinks of smallest {@code C_ij − g_j}: the shortlist that the network
 * simplex prices first, rows interleaved with a stride of about {@code 0.618·n} so that any block
 * of it samples the whole problem. The full problem is then solved from the star basis carrying
 * these potentials ({@link NetworkSimplex#warmStart}); the dense pricing over all arcs ends every
 * solve, so the result is as exact as without the warm start, only reached in fewer and cheaper
 * pivots.
 *
 * <p>Which points are merged only affects the speed: any grouping gives valid approximate duals.
 * Consecutive indices are merged, which is a good grouping when the points are ordered along the
 * space (as the reference clouds are) and an arbitrary one otherwise.
 *
 * <p>Stateless; not instantiable.
 */
final class MultiscaleStart {

    /** Below this many sources or sinks the network simplex starts cold. */
    static final int MIN_SIZE = 256;

    /** Shortlisted sinks per source. */
    static final int SHORTLIST = 8;

    private MultiscaleStart() {}

    /**
     * A solved problem.
     *
     * @param simplex the network simplex after its run (plan and potentials)
     * @param pivots pivots of all levels
     * @param optimal whether the last level ended optimal (not at the cap)
     */
    record Solved(NetworkSimplex simplex, long pivots, boolean optimal) {}

    /**
     * Solves the transport problem, warm-started from the half-size problem when both sides have at
     * least {@code minSize} points.
     *
     * @param n sources, {@code ≥ 1}
     * @param m sinks, {@code ≥ 1}
     * @param c costs, row-major {@code n×m}, finite
     * @param a source masses, positive
     * @param b sink masses, positive, same total as {@code a}
     * @param cap pivot cap for all levels together
     * @param minSize smallest size that is warm-started (at least 2 in any case)
     * @return the solved network simplex and its pivot count
     */
    static Solved solve(int n, int m, double[] c, double[] a, double[] b, long cap, int minSize) {
        NetworkSimplex ns = new NetworkSimplex(n, m, c, a, b);
        long used = 0;
        if (Math.min(n, m) >= Math.max(2, minSize)) {
            Solved coarse = solveCoarse(n, m, c, a, b, cap, minSize);
            used = coarse.pivots();
            warmStart(ns, n, m, c, coarse.simplex().sourcePotentials());
        }
        long run = ns.run(Math.max(0, cap - used));
        return new Solved(ns, used + (run >= 0 ? run : -run - 1), run >= 0);
    }

    /** The coarse (half-size) problem of {@code n×m}, solved. */
    private static Solved solveCoarse(
            int n, int m, double[] c, double[] a, double[] b, long cap, int minSize) {
        int nc = (n + 1) / 2;
        int mc = (m + 1) / 2;
        double[] ca = new double[nc];
        double[] cb = new double[mc];
        for (int i = 0; i < n; i++) {
            ca[i / 2] += a[i];
        }
        for (int j = 0; j < m; j++) {
            cb[j / 2] += b[j];
        }
        double[] cc = new double[nc * mc];
        for (int k = 0; k < nc; k++) {
            int src = 2 * k * m;
            int dst = k * mc;
            for (int l = 0; l < mc; l++) {
                cc[dst + l] = c[src + 2 * l];
            }
        }
        return solve(nc, mc, cc, ca, cb, cap, minSize);
    }

    /**
     * Approximate duals from the coarse source duals {@code fc} (coarse source {@code k} is source
     * {@code 2k}) and the shortlist, handed to {@code ns}.
     */
    private static void warmStart(NetworkSimplex ns, int n, int m, double[] c, double[] fc) {
        double[] g = new double[m];
        Arrays.fill(g, Double.POSITIVE_INFINITY);
        for (int k = 0; k < fc.length; k++) {
            int src = 2 * k * m;
            double fk = fc[k];
            for (int j = 0; j < m; j++) {
                double h = c[src + j] - fk;
                if (h < g[j]) {
                    g[j] = h;
                }
            }
        }
        int kk = Math.min(SHORTLIST, m);
        double[] f = new double[n];
        double[] topH = new double[kk];
        int[] topC = new int[kk];
        int[] chosen = new int[kk * n];
        for (int i = 0; i < n; i++) {
            int src = i * m;
            double bound = Double.POSITIVE_INFINITY;
            int count = 0;
            for (int j = 0; j < m; j++) {
                double h = c[src + j] - g[j];
                if (h < bound) {
                    // insertion into the sorted list of the kk smallest so far
                    int pos = count < kk ? count++ : kk - 1;
                    while (pos > 0 && topH[pos - 1] > h) {
                        topH[pos] = topH[pos - 1];
                        topC[pos] = topC[pos - 1];
                        pos--;
                    }
                    topH[pos] = h;
                    topC[pos] = j;
                    if (count == kk) {
                        bound = topH[kk - 1];
                    }
                }
            }
            f[i] = topH[0];
            System.arraycopy(topC, 0, chosen, i * kk, kk);
        }
        // the gauge f + s, g − s is free: centre f. Both are c-transforms (of g, and of the coarse
        // duals), so each spans at most 2·max|C|, and every f_i is tight with some g_j: then
        // |f| ≤ 2·max|C| and |g| ≤ 5·max|C| whatever the offsets of the coarse duals (a component
        // of the coarse tree hanging from the root by a zero-flow artificial arc is shifted by its
        // big-M), which would otherwise pile up level after level and cost digits
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += f[i];
        }
        mean /= n;
        for (int i = 0; i < n; i++) {
            f[i] -= mean;
        }
        for (int j = 0; j < m; j++) {
            g[j] += mean;
        }
        // rank-major (every row's best first), rows interleaved
        int step = interleavingStep(n);
        int[] rows = new int[kk * n];
        int[] cols = new int[kk * n];
        int q = 0;
        for (int r = 0; r < kk; r++) {
            int i = 0;
            for (int t = 0; t < n; t++) {
                rows[q] = i;
                cols[q] = chosen[i * kk + r];
                q++;
                i += step;
                if (i >= n) {
                    i -= n;
                }
            }
        }
        ns.warmStart(f, g, rows, cols);
    }

    /**
     * A step coprime to {@code n} near {@code 0.618·n}: {@code t ↦ t·step mod n} visits all rows.
     */
    static int interleavingStep(int n) {
        int step = Math.max(1, (int) Math.round(n * 0.6180339887498949));
        while (gcd(step, n) != 1) {
            step++;
        }
        return step;
    }

    private static int gcd(int x, int y) {
        int p = x;
        int q = y;
        while (q != 0) {
            int t = p % q;
            p = q;
            q = t;
        }
        return p;
    }
}
