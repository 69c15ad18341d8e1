package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Steps 4 and 5 of the docs/cogs-math.md §9 on one group: exhaustive permutation search, sign fix,
 * residual, factors and their classification. Package-private; stateless.
 */
final class Factoriser {

    /** ω₃ = e^{2πi/3}. */
    static final Complex OMEGA3 = Complex.of(-0.5, Math.sqrt(3) / 2);

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    private Factoriser() {}

    /**
     * Factorises a group.
     *
     * @param f the 3 × q_k matrix (rows A_k, B_k, C_k of the group's nodes, columns in increasing
     *     node order)
     * @param nodes the node indices of the columns
     * @param options thresholds
     * @return the factorisation
     */
    static Factorisation factorise(Complex[][] f, int[] nodes, AnalysisOptions options) {
        int q = nodes.length;
        int h = q / 2;
        int[] order = bestOrder(f, q, h);
        Complex[][] g = new Complex[3][q];
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < q; i++) {
                g[p][i] = f[p][order[i]];
            }
        }
        // Step b: undo the (−1,−1,1) symmetry on S1 columns whose a-ratio disagrees with column
        // 0's.
        List<Integer> flipped = new ArrayList<>();
        Complex tau0 = g[A][h].divide(g[A][0]);
        for (int i = 0; i < h; i++) {
            Complex tau = g[A][h + i].divide(g[A][i]);
            if (tau.subtract(tau0).abs() > options.signFlip()) {
                g[A][i] = g[A][i].negate();
                g[B][i] = g[B][i].negate();
                flipped.add(nodes[order[i]]);
            }
        }
        // Step c: R = S2 ⊘ S1, err = ‖R − rowmean(R)‖_F.
        Complex[] mean = new Complex[3];
        double err2 = 0;
        for (int p = 0; p < 3; p++) {
            Complex[] r = new Complex[h];
            Complex sum = Complex.ZERO;
            for (int i = 0; i < h; i++) {
                r[i] = g[p][h + i].divide(g[p][i]);
                sum = sum.add(r[i]);
            }
            mean[p] = sum.divide(h);
            for (int i = 0; i < h; i++) {
                double e = r[i].subtract(mean[p]).abs();
                err2 += e * e;
            }
        }
        double err = Math.sqrt(err2);
        if (!(err < Double.POSITIVE_INFINITY)) {
            err = Double.POSITIVE_INFINITY;
        }
        Complex[][] first = {
            {Complex.ONE, mean[A]}, {Complex.ONE, mean[B]}, {Complex.ONE, mean[C]}
        };
        Complex[][] second = new Complex[3][h];
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < h; i++) {
                second[p][i] = g[p][i].divide(g[p][0]);
            }
        }
        List<Integer> columnOrder = new ArrayList<>(q);
        for (int i : order) {
            columnOrder.add(nodes[i]);
        }
        double tol = options.typeTolerance();
        return new Factorisation(
                columnOrder,
                flipped,
                err,
                options.errBound(q),
                classify(first, tol),
                classify(second, tol));
    }

    /** Step a: the lexicographically first column order minimising ‖ρ − mean(ρ)‖₂. */
    static int[] bestOrder(Complex[][] f, int q, int h) {
        int[] perm = new int[q];
        Arrays.setAll(perm, i -> i);
        int[] best = perm.clone();
        double bestCost = Double.POSITIVE_INFINITY;
        // Precompute all pairwise c-ratios; the search then costs O(q!·h).
        double[][] ratioRe = new double[q][q];
        double[][] ratioIm = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                Complex r = f[C][i].divide(f[C][j]);
                ratioRe[i][j] = r.re();
                ratioIm[i][j] = r.im();
            }
        }
        do {
            double mr = 0;
            double mi = 0;
            for (int i = 0; i < h; i++) {
                mr += ratioRe[perm[i]][perm[h + i]];
                mi += ratioIm[perm[i]][perm[h + i]];
            }
            mr /= h;
            mi /= h;
            double cost = 0;
            for (int i = 0; i < h; i++) {
                double dr = ratioRe[perm[i]][perm[h + i]] - mr;
                double di = ratioIm[perm[i]][perm[h + i]] - mi;
                cost += dr * dr + di * di;
            }
            // Strict '<' keeps the first minimum; NaN costs never win.
            if (cost < bestCost) {
                bestCost = cost;
                best = perm.clone();
            }
        } while (nextPermutation(perm));
        return best;
    }

    /** Advances to the next permutation in lexicographic order; false after the last one. */
    static boolean nextPermutation(int[] p) {
        int i = p.length - 2;
        while (i >= 0 && p[i] >= p[i + 1]) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int j = p.length - 1;
        while (p[j] <= p[i]) {
            j--;
        }
        int t = p[i];
        p[i] = p[j];
        p[j] = t;
        for (int l = i + 1, r = p.length - 1; l < r; l++, r--) {
            t = p[l];
            p[l] = p[r];
            p[r] = t;
        }
        return true;
    }

    /** The principal complex cube root |z|^{1/3}·e^{i·arg(z)/3}, arg ∈ (−π, π]. */
    static Complex principalCubeRoot(Complex z) {
        double r = Math.cbrt(z.abs());
        double phi = Math.atan2(z.im(), z.re()) / 3;
        return Complex.polar(r, phi);
    }

    /** Step 5: cube-root normalisation, then the type tests. */
    static Factor classify(Complex[][] raw, double t) {
        int h = raw[A].length;
        Complex[][] x = new Complex[3][h];
        for (int i = 0; i < h; i++) {
            Complex root = principalCubeRoot(raw[A][i].multiply(raw[B][i]).multiply(raw[C][i]));
            for (int p = 0; p < 3; p++) {
                x[p][i] = raw[p][i].divide(root);
            }
        }
        if (h == 2) {
            return classifyOrder2(x, t);
        }
        if (h == 3) {
            return classifyOrder3(x, t);
        }
        throw new IllegalArgumentException("factor order (" + h + ") must be 2 or 3");
    }

    private static Factor classifyOrder2(Complex[][] x, double t) {
        Complex a2 = x[A][1];
        Complex b2 = x[B][1];
        Complex c2 = x[C][1];
        FactorType type;
        List<Complex> params;
        if (c2.subtract(Complex.I).abs() < t || c2.add(Complex.I).abs() < t) {
            type = FactorType.ORDER_2_XI;
            params = List.of(a2);
        } else if (c2.subtract(Complex.ONE).abs() < t
                && (a2.subtract(Complex.I).abs() < t || a2.add(Complex.I).abs() < t)) {
            type = FactorType.ORDER_2_4C;
            params = List.of(a2);
        } else if (a2.add(b2).abs() < t) {
            type = FactorType.ORDER_2_NU;
            params = List.of(a2);
        } else {
            type = FactorType.ORDER_2_UNKNOWN;
            params = List.of();
        }
        return factor(type, x, params);
    }

    private static Factor classifyOrder3(Complex[][] x, double t) {
        for (int i = 1; i <= 2; i++) {
            if (x[A][i].re() > 0) {
                x[A][i] = x[A][i].negate();
                x[B][i] = x[B][i].negate();
            }
        }
        if (x[C][1].im() < 0) {
            for (int p = 0; p < 3; p++) {
                for (int i = 0; i < 3; i++) {
                    x[p][i] = x[p][i].conjugate();
                }
            }
        }
        Complex w = OMEGA3;
        Complex wbar = OMEGA3.conjugate();
        double synTol = t * Math.sqrt(3);
        FactorType type;
        List<Complex> params;
        if (distance(x, 1, w) < synTol && distance(x, 2, wbar) < synTol) {
            type = FactorType.ORDER_3_SYN;
            params = List.of();
        } else if (x[C][1].subtract(w).abs() < t && x[C][2].subtract(wbar).abs() < t) {
            type = FactorType.ORDER_3_SYN_AB;
            // The authors divide a₂ by ω₃ (not ω̄₃); kept for comparability (docs/cogs-math.md
            // §12.13).
            params = List.of(x[A][1].divide(w), x[A][2].divide(w));
        } else {
            type = FactorType.ORDER_3_UNKNOWN;
            params = List.of();
        }
        return factor(type, x, params);
    }

    /** ‖column i − v·(1,1,1)‖₂. */
    private static double distance(Complex[][] x, int i, Complex v) {
        double s = 0;
        for (int p = 0; p < 3; p++) {
            double e = x[p][i].subtract(v).abs();
            s += e * e;
        }
        return Math.sqrt(s);
    }

    private static Factor factor(FactorType type, Complex[][] x, List<Complex> params) {
        return new Factor(
                type, Arrays.asList(x[A]), Arrays.asList(x[B]), Arrays.asList(x[C]), params);
    }
}
