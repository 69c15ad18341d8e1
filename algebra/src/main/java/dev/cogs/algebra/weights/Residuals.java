package dev.cogs.algebra.weights;

import java.util.Arrays;

/**
 * Evaluates every non-zero loss residual of docs/cogs-math.md §3.2, \[ T_k(m_1,m_2) = 2 r_{m_1m_2k}
 * - \tfrac1d[m_1=m_2=k] + [m_2=0]\,R_a(m_1,k) + [m_1=0]\,R_b(m_2,k), \quad k \ne 0, \] directly
 * from the nodes' non-zero coefficients (package-private engine). The full-dataset loss is \(\ell =
 * d\sum_{k\ne0}\sum_{m_1,m_2}|T_k(m_1,m_2)|^2\); computing it as a sum of squares of the residuals
 * keeps it non-negative and accurate to the last digit even at an exact optimum, where the expanded
 * (Gram) form cancels to about 1e-17.
 *
 * <p>Two strategies with identical results: a hash map over the touched entries (cost proportional
 * to {@link NodeSupports#sparseWork()}, O(q) for single-frequency nets) and a dense d×d residual
 * matrix per output frequency (cost O(d³ + d²q + sparse work)), chosen by estimated cost.
 */
final class Residuals {

    /** Receives residuals; entries not visited are exactly zero. */
    interface Visitor {
        void accept(int k, int m1, int m2, double re, double im);
    }

    private Residuals() {}

    /** Hash-map updates cost several plain multiply-adds. */
    private static final double HASH_COST = 6.0;

    /** Estimated cost of the cheaper strategy, in complex multiply-adds. */
    static double cost(NodeSupports s) {
        return Math.min(HASH_COST * s.sparseWork(), s.denseWork());
    }

    static void visit(FourierNet z, Visitor v) {
        visit(new NodeSupports(z), v);
    }

    static void visit(NodeSupports s, Visitor v) {
        visit(s, FrequencyArithmetic.cyclic(s.d), v);
    }

    /**
     * Visits the residuals with frequencies added by {@code f} (\(\mathbb{Z}_d\) or a character
     * group, docs/cogs-math.md §14.2; the frequency k ≠ 0 of the visitor is any non-trivial
     * character index).
     */
    static void visit(NodeSupports s, FrequencyArithmetic f, Visitor v) {
        if (HASH_COST * s.sparseWork() <= s.denseWork()) {
            visitSparse(s, f, v);
        } else {
            visitDense(s, f, v);
        }
    }

    /** Hash-map strategy over \(\mathbb{Z}_d\). */
    static void visitSparse(NodeSupports s, Visitor v) {
        visitSparse(s, FrequencyArithmetic.cyclic(s.d), v);
    }

    /** Hash-map strategy. */
    static void visitSparse(NodeSupports s, FrequencyArithmetic f, Visitor v) {
        int d = s.d;
        long cap = (long) Math.min(s.sparseWork() + d, (double) d * d * d);
        ResidualMap map = new ResidualMap(cap);
        for (int j = 0; j < s.q; j++) {
            int[] fa = s.freq[0][j];
            int[] fb = s.freq[1][j];
            int[] fc = s.freq[2][j];
            double[] ar = s.re[0][j];
            double[] ai = s.im[0][j];
            double[] br = s.re[1][j];
            double[] bi = s.im[1][j];
            for (int tc = 0; tc < fc.length; tc++) {
                int kc = fc[tc];
                if (kc == 0) {
                    continue;
                }
                double cr = s.re[2][j][tc];
                double ci = s.im[2][j][tc];
                long base = (long) kc * d;
                for (int ta = 0; ta < fa.length; ta++) {
                    // x = a * c
                    double xr = ar[ta] * cr - ai[ta] * ci;
                    double xi = ar[ta] * ci + ai[ta] * cr;
                    long row = (base + fa[ta]) * d;
                    for (int tb = 0; tb < fb.length; tb++) {
                        map.add(
                                row + fb[tb],
                                2 * (xr * br[tb] - xi * bi[tb]),
                                2 * (xr * bi[tb] + xi * br[tb]));
                    }
                    for (int t2 = 0; t2 < fa.length; t2++) {
                        int m = f.add(fa[ta], fa[t2]);
                        map.add(
                                (base + m) * d,
                                xr * ar[t2] - xi * ai[t2],
                                xr * ai[t2] + xi * ar[t2]);
                    }
                }
                for (int tb = 0; tb < fb.length; tb++) {
                    double xr = br[tb] * cr - bi[tb] * ci;
                    double xi = br[tb] * ci + bi[tb] * cr;
                    for (int t2 = 0; t2 < fb.length; t2++) {
                        int m = f.add(fb[tb], fb[t2]);
                        map.add(base * d + m, xr * br[t2] - xi * bi[t2], xr * bi[t2] + xi * br[t2]);
                    }
                }
            }
        }
        double target = -1.0 / d;
        for (int k = 1; k < d; k++) {
            map.add(((long) k * d + k) * d + k, target, 0);
        }
        for (int slot = 0; slot < map.capacity(); slot++) {
            long key = map.keyAt(slot);
            if (key < 0) {
                continue;
            }
            int m2 = (int) (key % d);
            long rest = key / d;
            int m1 = (int) (rest % d);
            int k = (int) (rest / d);
            v.accept(k, m1, m2, map.reAt(slot), map.imAt(slot));
        }
    }

    /** Dense strategy over \(\mathbb{Z}_d\). */
    static void visitDense(NodeSupports s, Visitor v) {
        visitDense(s, FrequencyArithmetic.cyclic(s.d), v);
    }

    /** Dense strategy: one d×d residual matrix per output frequency. */
    static void visitDense(NodeSupports s, FrequencyArithmetic f, Visitor v) {
        int d = s.d;
        int q = s.q;
        // Per-node self-convolutions of the a- and b-parts (the R_a, R_b ingredients), computed
        // once.
        double[][] convA = new double[q][];
        double[][] convB = new double[q][];
        for (int j = 0; j < q; j++) {
            convA[j] = selfConvolution(f, s.freq[0][j], s.re[0][j], s.im[0][j]);
            convB[j] = selfConvolution(f, s.freq[1][j], s.re[1][j], s.im[1][j]);
        }
        // cIndex[j][k] = position of k in node j's c-support, or -1.
        double[] tr = new double[d * d];
        double[] ti = new double[d * d];
        for (int k = 1; k < d; k++) {
            Arrays.fill(tr, 0.0);
            Arrays.fill(ti, 0.0);
            for (int j = 0; j < q; j++) {
                int tc = Arrays.binarySearch(s.freq[2][j], k);
                if (tc < 0) {
                    continue;
                }
                double cr = s.re[2][j][tc];
                double ci = s.im[2][j][tc];
                int[] fa = s.freq[0][j];
                int[] fb = s.freq[1][j];
                double[] br = s.re[1][j];
                double[] bi = s.im[1][j];
                for (int ta = 0; ta < fa.length; ta++) {
                    double xr = 2 * (s.re[0][j][ta] * cr - s.im[0][j][ta] * ci);
                    double xi = 2 * (s.re[0][j][ta] * ci + s.im[0][j][ta] * cr);
                    int row = fa[ta] * d;
                    for (int tb = 0; tb < fb.length; tb++) {
                        tr[row + fb[tb]] += xr * br[tb] - xi * bi[tb];
                        ti[row + fb[tb]] += xr * bi[tb] + xi * br[tb];
                    }
                }
                double[] ca = convA[j];
                double[] cb = convB[j];
                for (int m = 0; m < d; m++) {
                    double ur = ca[2 * m];
                    double ui = ca[2 * m + 1];
                    if (ur != 0 || ui != 0) {
                        tr[m * d] += ur * cr - ui * ci;
                        ti[m * d] += ur * ci + ui * cr;
                    }
                    ur = cb[2 * m];
                    ui = cb[2 * m + 1];
                    if (ur != 0 || ui != 0) {
                        tr[m] += ur * cr - ui * ci;
                        ti[m] += ur * ci + ui * cr;
                    }
                }
            }
            tr[k * d + k] -= 1.0 / d;
            for (int m1 = 0; m1 < d; m1++) {
                for (int m2 = 0; m2 < d; m2++) {
                    double a = tr[m1 * d + m2];
                    double b = ti[m1 * d + m2];
                    if (a != 0 || b != 0) {
                        v.accept(k, m1, m2, a, b);
                    }
                }
            }
        }
    }

    /** \((Z \star Z)(m) = \sum_{k'} Z_{k'} Z_{m-k'}\), interleaved re/im, length 2d. */
    static double[] selfConvolution(int d, int[] f, double[] re, double[] im) {
        return selfConvolution(FrequencyArithmetic.cyclic(d), f, re, im);
    }

    /** The self-convolution with frequencies added by {@code a}. */
    static double[] selfConvolution(FrequencyArithmetic a, int[] f, double[] re, double[] im) {
        double[] out = new double[2 * a.size()];
        for (int t1 = 0; t1 < f.length; t1++) {
            for (int t2 = 0; t2 < f.length; t2++) {
                int m = a.add(f[t1], f[t2]);
                out[2 * m] += re[t1] * re[t2] - im[t1] * im[t2];
                out[2 * m + 1] += re[t1] * im[t2] + im[t1] * re[t2];
            }
        }
        return out;
    }
}
