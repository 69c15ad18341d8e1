package dev.cogs.rgflow.flow;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An equally weighted cloud of n points \(\varphi_i \in \mathbb{R}^N\) (samples of a law \(P\),
 * e.g. lattice field configurations), optionally carrying unnormalised log-density values
 * \(\ell(\varphi_i)\) (normalising-flow bookkeeping, docs/rgflow.md §3): the state of a Monte-Carlo
 * JKO scheme.
 *
 * <p>Immutable: factories copy their arguments and accessors return copies. {@code equals} is
 * identity (arrays are large); compare with {@link #points()} if needed.
 *
 * <p>Non-finite values: factories reject NaN and infinite coordinates and log-densities.
 */
public final class SampleCloud {

    private final double[][] points;
    private final double[] logDensities;

    private SampleCloud(double[][] points, double[] logDensities) {
        this.points = points;
        this.logDensities = logDensities;
    }

    /**
     * A cloud without log-densities.
     *
     * @param points n ≥ 1 rows of equal length N ≥ 1, finite
     * @return the cloud (copied)
     * @throws IllegalArgumentException on ragged, empty or non-finite input
     */
    public static SampleCloud of(double[][] points) {
        return new SampleCloud(copyChecked(points), null);
    }

    /**
     * A cloud with log-density values.
     *
     * @param points n ≥ 1 rows of equal length, finite
     * @param logDensities n finite values \(\ell(\varphi_i)\)
     * @return the cloud (copied)
     * @throws IllegalArgumentException on shape mismatch or non-finite input
     */
    public static SampleCloud of(double[][] points, double[] logDensities) {
        double[][] p = copyChecked(points);
        Objects.requireNonNull(logDensities, "logDensities");
        if (logDensities.length != p.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "logDensities has length %d but there are %d points",
                            logDensities.length,
                            p.length));
        }
        for (int i = 0; i < logDensities.length; i++) {
            if (!Double.isFinite(logDensities[i])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "logDensities[%d] (%s) must be finite",
                                i,
                                logDensities[i]));
            }
        }
        return new SampleCloud(p, logDensities.clone());
    }

    private static double[][] copyChecked(double[][] points) {
        Objects.requireNonNull(points, "points");
        if (points.length == 0 || points[0].length == 0) {
            throw new IllegalArgumentException(
                    "a cloud needs at least one point of dimension >= 1");
        }
        int d = points[0].length;
        double[][] c = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            if (points[i].length != d) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "point %d has dimension %d, expected %d",
                                i,
                                points[i].length,
                                d));
            }
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(points[i][k])) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "point %d coordinate %d (%s) must be finite",
                                    i,
                                    k,
                                    points[i][k]));
                }
            }
            c[i] = points[i].clone();
        }
        return c;
    }

    /**
     * @return the number of points n
     */
    public int size() {
        return points.length;
    }

    /**
     * @return the dimension N of each point
     */
    public int dimension() {
        return points[0].length;
    }

    /**
     * @param i index
     * @return a copy of point i
     */
    public double[] point(int i) {
        return points[i].clone();
    }

    /**
     * @param i point index
     * @param k coordinate index
     * @return \(\varphi_{i,k}\)
     */
    public double coordinate(int i, int k) {
        return points[i][k];
    }

    /**
     * @return a deep copy of the points, one row per point
     */
    public double[][] points() {
        double[][] c = new double[points.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = points[i].clone();
        }
        return c;
    }

    /**
     * @return a copy of the log-densities, if tracked
     */
    public Optional<double[]> logDensities() {
        return logDensities == null ? Optional.empty() : Optional.of(logDensities.clone());
    }

    /**
     * @return the sample mean
     */
    public double[] mean() {
        int d = dimension();
        double[] m = new double[d];
        for (double[] p : points) {
            for (int k = 0; k < d; k++) {
                m[k] += p[k];
            }
        }
        for (int k = 0; k < d; k++) {
            m[k] /= points.length;
        }
        return m;
    }

    /**
     * @return the second-moment matrix \(\tfrac1n\sum_i\varphi_i\varphi_i^{\mathsf T}\) (uncentred
     *     two-point function)
     */
    public double[][] secondMoment() {
        int d = dimension();
        double[][] g = new double[d][d];
        for (double[] p : points) {
            for (int a = 0; a < d; a++) {
                for (int b = a; b < d; b++) {
                    g[a][b] += p[a] * p[b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                g[a][b] /= points.length;
                g[b][a] = g[a][b];
            }
        }
        return g;
    }

    /**
     * Per-mode second moments \(\tfrac1n\sum_i\hat\varphi_{i,k}^2\), \(\hat\varphi_{i,k} =
     * e_k^{\mathsf T}\varphi_i\).
     *
     * @param basis an orthonormal basis of \(\mathbb{R}^N\) (e.g. a lattice's Fourier basis)
     * @return one value per mode
     * @throws IllegalArgumentException if the basis size is not the dimension N
     */
    public double[] modeSecondMoments(ModeBasis basis) {
        Objects.requireNonNull(basis, "basis");
        if (basis.size() != dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "basis has size %d but the points have dimension %d",
                            basis.size(),
                            dimension()));
        }
        double[] s = new double[basis.size()];
        for (double[] p : points) {
            double[] m = basis.toModes(p);
            for (int k = 0; k < s.length; k++) {
                s[k] += m[k] * m[k];
            }
        }
        for (int k = 0; k < s.length; k++) {
            s[k] /= points.length;
        }
        return s;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "SampleCloud[n=%d, N=%d, logDensities=%s]",
                size(),
                dimension(),
                logDensities != null);
    }
}
