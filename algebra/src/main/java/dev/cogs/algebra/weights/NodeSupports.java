package dev.cogs.algebra.weights;

/**
 * The non-zero Fourier coefficients of every node, per part (package-private working data;
 * immutable after construction). {@code freq[p][j]} lists the frequencies k with \(z_{pkj} \ne 0\)
 * (exactly), {@code re[p][j]}, {@code im[p][j]} the values.
 */
final class NodeSupports {

    final int d;
    final int q;
    final int[][][] freq;
    final double[][][] re;
    final double[][][] im;

    NodeSupports(FourierNet z) {
        this.d = z.d();
        this.q = z.order();
        double[] zr = z.reRaw();
        double[] zi = z.imRaw();
        freq = new int[3][q][];
        re = new double[3][q][];
        im = new double[3][q][];
        int[] buf = new int[d];
        for (int p = 0; p < 3; p++) {
            for (int j = 0; j < q; j++) {
                int n = 0;
                for (int k = 0; k < d; k++) {
                    int i = (p * d + k) * q + j;
                    if (zr[i] != 0 || zi[i] != 0) {
                        buf[n++] = k;
                    }
                }
                int[] f = new int[n];
                double[] r = new double[n];
                double[] s = new double[n];
                for (int t = 0; t < n; t++) {
                    f[t] = buf[t];
                    int i = (p * d + buf[t]) * q + j;
                    r[t] = zr[i];
                    s[t] = zi[i];
                }
                freq[p][j] = f;
                re[p][j] = r;
                im[p][j] = s;
            }
        }
    }

    /**
     * Estimated complex multiply-adds of the dense residual strategy: d³ + Σ_j |S_C|(|S_A||S_B| +
     * 2d).
     */
    double denseWork() {
        double w = (double) d * d * d;
        for (int j = 0; j < q; j++) {
            w += freq[2][j].length * ((double) freq[0][j].length * freq[1][j].length + 2.0 * d);
        }
        return w;
    }

    /** Estimated complex multiply-adds of the Gram form: (nnz_A + nnz_B + nnz_C)·q + q² + 2dq. */
    double gramWork() {
        double nnz = 0;
        for (int p = 0; p < 3; p++) {
            for (int j = 0; j < q; j++) {
                nnz += freq[p][j].length;
            }
        }
        return nnz * q + (double) q * q + 2.0 * d * q;
    }

    /**
     * Number of complex multiply-adds of the sparse residual evaluation: per node, |S_C \ {0}| ·
     * (|S_A||S_B| + |S_A|² + |S_B|²).
     */
    double sparseWork() {
        double w = 0;
        for (int j = 0; j < q; j++) {
            int nc = freq[2][j].length;
            if (nc > 0 && freq[2][j][0] == 0) {
                nc--;
            }
            double na = freq[0][j].length;
            double nb = freq[1][j].length;
            w += nc * (na * nb + na * na + nb * nb);
        }
        return w;
    }
}
