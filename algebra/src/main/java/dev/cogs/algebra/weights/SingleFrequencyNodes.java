package dev.cogs.algebra.weights;

import java.util.Arrays;
import java.util.Locale;

/**
 * The single-frequency structure of a net's hidden nodes, detected from the weights alone
 * (package-private engine of {@link SpectralDataSpace}; immutable once built).
 *
 * <p>Each of the 3q vectors x of length d (a node's row of U_a, its row of U_b, its column of W) is
 * fitted as \(x[n] = c + A\cos(2\pi f n/d) + B\sin(2\pi f n/d)\): c is the mean; if \(\max|x - c|
 * \le 10^{-13}\max(1, \max|x|)\) the vector is constant (A = B = 0); otherwise cos(2πf/d) is
 * estimated by least squares on the recurrence \(y[n+1] + y[n-1] = 2\cos\theta\,y[n]\) (y = x − c,
 * indices mod d; exact for a sampled sinusoid over a whole period), f = round(θd/2π) clamped to
 * 1..(d−1)/2, A and B are the projections \(\frac2d\sum_n y[n]\cos(2\pi fn/d)\) and \(\frac2d\sum_n
 * y[n]\sin(2\pi fn/d)\), and the fit must reproduce x to \(10^{-12}\max(1, \max|x|)\) at every n.
 * The non-constant input vectors of a node must share f. The output vector W may fail its fit or
 * have another frequency on at most {@value #MAX_DIRECT_NODES} nodes (z_F4/6's order-6 block
 * carries the bias-cancelling output shifts at every other frequency): those nodes' cross terms are
 * then added directly. Only odd d ≥ 3 is considered (for even d the frequency d/2 has a single real
 * coefficient).
 */
final class SingleFrequencyNodes {

    /** Relative size of x − mean below which a vector is constant. */
    static final double CONSTANT_TOLERANCE = 1e-13;

    /** Relative deviation allowed between a vector and its single-frequency fit. */
    static final double FIT_TOLERANCE = 1e-12;

    /**
     * Most nodes whose output vector is not single-frequency (each costs one axpy of length d per
     * pair, against six for all the single-frequency nodes together).
     */
    static final int MAX_DIRECT_NODES = 32;

    /** Rows of {@link #coefficients}: U_a, U_b, W. */
    static final int UA = 0;

    static final int UB = 1;
    static final int W = 2;

    final int d;
    final int q;

    /** f_j of node j, 0 if its three vectors are constant. */
    final int[] frequency;

    /** {@code coefficients[v][3j + t]}: c (t = 0), A (t = 1), B (t = 2) of vector v of node j. */
    final double[][] coefficients;

    /**
     * The nodes whose inputs are single-frequency but whose output vector W is not (at their
     * frequency), in increasing order; their {@link #coefficients} of W are not set.
     */
    final int[] direct;

    /** cos(2πn/d) and sin(2πn/d), n = 0..d−1. */
    final double[] cos;

    final double[] sin;

    private SingleFrequencyNodes(
            int d,
            int q,
            int[] frequency,
            double[][] coefficients,
            int[] direct,
            double[] cos,
            double[] sin) {
        this.d = d;
        this.q = q;
        this.frequency = frequency;
        this.coefficients = coefficients;
        this.direct = direct;
        this.cos = cos;
        this.sin = sin;
    }

    /** The outcome of a detection: the nodes, or why the net is not single-frequency. */
    record Detection(SingleFrequencyNodes nodes, String refusal) {}

    /** Detects the structure of {@code w}. */
    static Detection of(RealWeights w) {
        int d = w.d();
        int q = w.order();
        if (d < 3 || d % 2 == 0) {
            return new Detection(null, "d (" + d + ") is not odd and >= 3");
        }
        double[] cos = new double[d];
        double[] sin = new double[d];
        for (int n = 0; n < d; n++) {
            double t = 2 * Math.PI * n / d;
            cos[n] = Math.cos(t);
            sin[n] = Math.sin(t);
        }
        double[] ua = w.uaRaw();
        double[] ub = w.ubRaw();
        double[] ww = w.wRaw();
        int[] frequency = new int[q];
        double[][] coefficients = new double[3][3 * q];
        double[] x = new double[d];
        double[] fit = new double[4];
        String[] names = {"U_a", "U_b", "W"};
        int[] direct = new int[q];
        int directCount = 0;
        for (int j = 0; j < q; j++) {
            int f = 0;
            int from = -1;
            for (int v = 0; v < 3; v++) {
                if (v == UA) {
                    System.arraycopy(ua, j * d, x, 0, d);
                } else if (v == UB) {
                    System.arraycopy(ub, j * d, x, 0, d);
                } else {
                    for (int c = 0; c < d; c++) {
                        x[c] = ww[c * q + j];
                    }
                }
                boolean fits = fit(x, d, cos, sin, fit);
                int g = (int) fit[3];
                if (v == W && (!fits || (g != 0 && f != 0 && g != f))) {
                    // an output vector off the inputs' frequency: the node's cross term is direct
                    direct[directCount++] = j;
                    break;
                }
                if (!fits) {
                    return new Detection(
                            null,
                            String.format(
                                    Locale.ROOT,
                                    "node %d: %s is not a single sinusoid c + A cos(2 pi f n/d) + B"
                                            + " sin(2 pi f n/d) within %.0e",
                                    j,
                                    names[v],
                                    FIT_TOLERANCE));
                }
                if (g != 0) {
                    if (f != 0 && g != f) {
                        return new Detection(
                                null,
                                String.format(
                                        Locale.ROOT,
                                        "node %d: %s has frequency %d but %s frequency %d",
                                        j,
                                        names[from],
                                        f,
                                        names[v],
                                        g));
                    }
                    f = g;
                    from = v;
                }
                coefficients[v][3 * j] = fit[0];
                coefficients[v][3 * j + 1] = fit[1];
                coefficients[v][3 * j + 2] = fit[2];
            }
            frequency[j] = f;
        }
        if (directCount > MAX_DIRECT_NODES) {
            return new Detection(
                    null,
                    String.format(
                            Locale.ROOT,
                            "%d nodes have an output vector W off their inputs' single frequency,"
                                    + " more than %d",
                            directCount,
                            MAX_DIRECT_NODES));
        }
        return new Detection(
                new SingleFrequencyNodes(
                        d,
                        q,
                        frequency,
                        coefficients,
                        Arrays.copyOf(direct, directCount),
                        cos,
                        sin),
                null);
    }

    /**
     * Fits x as c + A cos + B sin at one frequency: writes c, A, B, f into {@code out} (f = 0 for a
     * constant) and returns whether the fit is within {@link #FIT_TOLERANCE}.
     */
    static boolean fit(double[] x, int d, double[] cos, double[] sin, double[] out) {
        double scale = 1;
        double sum = 0;
        for (int n = 0; n < d; n++) {
            scale = Math.max(scale, Math.abs(x[n]));
            sum += x[n];
        }
        double c = sum / d;
        double spread = 0;
        for (int n = 0; n < d; n++) {
            spread = Math.max(spread, Math.abs(x[n] - c));
        }
        out[0] = c;
        out[1] = 0;
        out[2] = 0;
        out[3] = 0;
        if (spread <= CONSTANT_TOLERANCE * scale) {
            return true;
        }
        // least squares for cos θ in y[n+1] + y[n-1] = 2 cos θ y[n]
        double num = 0;
        double den = 0;
        for (int n = 0; n < d; n++) {
            double y = x[n] - c;
            double next = x[n + 1 < d ? n + 1 : 0] - c;
            double prev = x[n > 0 ? n - 1 : d - 1] - c;
            num += y * (next + prev);
            den += 2 * y * y;
        }
        double cosTheta = Math.max(-1, Math.min(1, num / den));
        long rounded = Math.round(Math.acos(cosTheta) * d / (2 * Math.PI));
        int f = (int) Math.max(1, Math.min((d - 1) / 2, rounded));
        double a = 0;
        double b = 0;
        for (int n = 0; n < d; n++) {
            int m = (int) ((long) f * n % d);
            double y = x[n] - c;
            a += y * cos[m];
            b += y * sin[m];
        }
        a *= 2.0 / d;
        b *= 2.0 / d;
        for (int n = 0; n < d; n++) {
            int m = (int) ((long) f * n % d);
            if (!(Math.abs(x[n] - (c + a * cos[m] + b * sin[m])) <= FIT_TOLERANCE * scale)) {
                return false;
            }
        }
        out[1] = a;
        out[2] = b;
        out[3] = f;
        return true;
    }
}
