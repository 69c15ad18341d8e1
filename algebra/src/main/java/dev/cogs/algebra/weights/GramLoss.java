package dev.cogs.algebra.weights;

/**
 * The full-dataset loss of docs/cogs-math.md §3.2 in Gram form (package-private engine), without
 * forming the d³ residual tensor. Splitting the \((m_1,m_2)\) grid into the interior \(m_1,m_2 \ne
 * 0\), the row \(m_2 = 0\) and the column \(m_1 = 0\): \[ \frac{\ell}{d} = 4\sum_{j,j'}
 * \mathrm{Re}\big[G^A_{j'j}\,G^B_{j'j}\,G^C_{j'j}\big] - \frac4d \sum_{k\ne0} \mathrm{Re}\, r_{kkk}
 * + \frac{d-1}{d^2} + \sum_{k\ne0}\Big(\sum_{m}|T_k(m,0)|^2 + \sum_{m\ne0}|T_k(0,m)|^2\Big), \]
 * with \(G^A_{j'j} = \sum_{m\ne0} A_{mj}\overline{A_{mj'}}\), \(G^B\) likewise, \(G^C_{j'j} =
 * \sum_{k\ne0} C_{kj}\overline{C_{kj'}}\); the row/column residuals \(T_k(m,0) = 2r_{m0k} +
 * R_a(m,k)\) (+ \(R_b(0,k)\) at m = 0), \(T_k(0,m) = 2r_{0mk} + R_b(m,k)\) are computed explicitly
 * from per-node self-convolutions. Cost O(q · nnz + q² + Σ_j nnz(conv_j)·nnz(C_j)), i.e. O(dq² +
 * d²q) for dense nets and O(q²) for single-frequency nets.
 *
 * <p>Accuracy: the interior terms cancel at an optimum, so the absolute error is about
 * \(10^{-16}\cdot d\sum_k |r_{kkk}|^2\)-sized; the result is clamped at 0.
 */
final class GramLoss {

    private GramLoss() {}

    static double compute(FourierNet z) {
        return compute(z, FrequencyArithmetic.cyclic(z.d()));
    }

    /** The Gram form with frequencies added by {@code f} (docs/cogs-math.md §14.2). */
    static double compute(FourierNet z, FrequencyArithmetic f) {
        NodeSupports s = new NodeSupports(z);
        int d = s.d;
        int q = s.q;
        double[] zr = z.reRaw();
        double[] zi = z.imRaw();
        CompensatedSum interior = new CompensatedSum();
        double[] gar = new double[q];
        double[] gai = new double[q];
        double[] gbr = new double[q];
        double[] gbi = new double[q];
        double[] gcr = new double[q];
        double[] gci = new double[q];
        for (int jp = 0; jp < q; jp++) {
            java.util.Arrays.fill(gar, 0);
            java.util.Arrays.fill(gai, 0);
            java.util.Arrays.fill(gbr, 0);
            java.util.Arrays.fill(gbi, 0);
            java.util.Arrays.fill(gcr, 0);
            java.util.Arrays.fill(gci, 0);
            boolean any = gramRow(s, 0, jp, zr, zi, gar, gai);
            any &= gramRow(s, 1, jp, zr, zi, gbr, gbi);
            any &= gramRow(s, 2, jp, zr, zi, gcr, gci);
            if (!any) {
                continue;
            }
            for (int j = 0; j < q; j++) {
                double xr = gar[j] * gbr[j] - gai[j] * gbi[j];
                double xi = gar[j] * gbi[j] + gai[j] * gbr[j];
                double t = xr * gcr[j] - xi * gci[j];
                if (t != 0) {
                    interior.add(t);
                }
            }
        }
        CompensatedSum diag = new CompensatedSum();
        for (int k = 1; k < d; k++) {
            int ia = k * q;
            int ib = (d + k) * q;
            int ic = (2 * d + k) * q;
            for (int j = 0; j < q; j++) {
                double xr = zr[ia + j] * zr[ib + j] - zi[ia + j] * zi[ib + j];
                double xi = zr[ia + j] * zi[ib + j] + zi[ia + j] * zr[ib + j];
                double t = xr * zr[ic + j] - xi * zi[ic + j];
                if (t != 0) {
                    diag.add(t);
                }
            }
        }
        double edges = edgeResiduals(s, f, zr, zi);
        CompensatedSum total = new CompensatedSum();
        total.add(4 * interior.value());
        total.add(-4.0 / d * diag.value());
        total.add((d - 1.0) / ((double) d * d));
        total.add(edges);
        return Math.max(0.0, d * total.value());
    }

    /**
     * Adds \(\sum_{k} X_{kj}\overline{X_{kj'}}\) (k ≠ 0) over all j into (gr, gi); false if node j'
     * has none.
     */
    private static boolean gramRow(
            NodeSupports s, int p, int jp, double[] zr, double[] zi, double[] gr, double[] gi) {
        int d = s.d;
        int q = s.q;
        int[] f = s.freq[p][jp];
        boolean any = false;
        for (int t = 0; t < f.length; t++) {
            int k = f[t];
            if (k == 0) {
                continue;
            }
            any = true;
            double xr = s.re[p][jp][t];
            double xi = -s.im[p][jp][t];
            int base = (p * d + k) * q;
            for (int j = 0; j < q; j++) {
                double yr = zr[base + j];
                double yi = zi[base + j];
                gr[j] += xr * yr - xi * yi;
                gi[j] += xr * yi + xi * yr;
            }
        }
        return any;
    }

    /**
     * \(\sum_{k\ne0} (\sum_m |T_k(m,0)|^2 + \sum_{m\ne0}|T_k(0,m)|^2)\), row/column residuals
     * summed exactly.
     */
    private static double edgeResiduals(
            NodeSupports s, FrequencyArithmetic f, double[] zr, double[] zi) {
        int d = s.d;
        int q = s.q;
        double[] rowR = new double[d * d];
        double[] rowI = new double[d * d];
        double[] colR = new double[d * d];
        double[] colI = new double[d * d];
        double[] v = new double[2 * d];
        double[] u = new double[2 * d];
        int[] iv = new int[d];
        int[] iu = new int[d];
        for (int j = 0; j < q; j++) {
            int[] fc = s.freq[2][j];
            if (fc.length == 0) {
                continue;
            }
            java.util.Arrays.fill(v, 0);
            java.util.Arrays.fill(u, 0);
            double[] ca = Residuals.selfConvolution(f, s.freq[0][j], s.re[0][j], s.im[0][j]);
            double[] cb = Residuals.selfConvolution(f, s.freq[1][j], s.re[1][j], s.im[1][j]);
            double a0r = zr[j];
            double a0i = zi[j];
            double b0r = zr[d * q + j];
            double b0i = zi[d * q + j];
            // v(m) = 2 A_m B_0 + convA(m) (+ convB(0) at m = 0); u(m) = 2 A_0 B_m + convB(m), m !=
            // 0.
            for (int m = 0; m < d; m++) {
                double amr = zr[m * q + j];
                double ami = zi[m * q + j];
                v[2 * m] = 2 * (amr * b0r - ami * b0i) + ca[2 * m];
                v[2 * m + 1] = 2 * (amr * b0i + ami * b0r) + ca[2 * m + 1];
                if (m > 0) {
                    double bmr = zr[(d + m) * q + j];
                    double bmi = zi[(d + m) * q + j];
                    u[2 * m] = 2 * (a0r * bmr - a0i * bmi) + cb[2 * m];
                    u[2 * m + 1] = 2 * (a0r * bmi + a0i * bmr) + cb[2 * m + 1];
                }
            }
            v[0] += cb[0];
            v[1] += cb[1];
            int nv = 0;
            int nu = 0;
            for (int m = 0; m < d; m++) {
                if (v[2 * m] != 0 || v[2 * m + 1] != 0) {
                    iv[nv++] = m;
                }
                if (u[2 * m] != 0 || u[2 * m + 1] != 0) {
                    iu[nu++] = m;
                }
            }
            for (int t = 0; t < fc.length; t++) {
                int k = fc[t];
                if (k == 0) {
                    continue;
                }
                double cr = s.re[2][j][t];
                double ci = s.im[2][j][t];
                for (int n = 0; n < nv; n++) {
                    int m = iv[n];
                    rowR[k * d + m] += v[2 * m] * cr - v[2 * m + 1] * ci;
                    rowI[k * d + m] += v[2 * m] * ci + v[2 * m + 1] * cr;
                }
                for (int n = 0; n < nu; n++) {
                    int m = iu[n];
                    colR[k * d + m] += u[2 * m] * cr - u[2 * m + 1] * ci;
                    colI[k * d + m] += u[2 * m] * ci + u[2 * m + 1] * cr;
                }
            }
        }
        double sum = 0;
        for (int k = 1; k < d; k++) {
            for (int m = 0; m < d; m++) {
                int i = k * d + m;
                sum +=
                        rowR[i] * rowR[i]
                                + rowI[i] * rowI[i]
                                + colR[i] * colR[i]
                                + colI[i] * colI[i];
            }
        }
        return sum;
    }
}
