package dev.cogs.rgflow.ot;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A weighted point cloud {@code Σ_i w_i δ_{x_i}} in {@code ℝ^d}.
 *
 * <p>This class is immutable: factories copy their arguments and accessors return copies. {@link
 * #equals(Object)} is exact on points and weights.
 *
 * <p>Non-finite values: the factories reject NaN or infinite coordinates and weights, negative
 * weights and a zero total mass.
 */
public final class EmpiricalMeasure {

    private final int size;
    private final int dimension;
    private final double[] points;
    private final double[] weights;

    private EmpiricalMeasure(int size, int dimension, double[] points, double[] weights) {
        this.size = size;
        this.dimension = dimension;
        this.points = points;
        this.weights = weights;
    }

    /**
     * A weighted cloud.
     *
     * @param points {@code n ≥ 1} points of equal length {@code d ≥ 1}, finite
     * @param weights {@code n} finite non-negative weights with a positive sum (not normalised)
     * @return the measure
     * @throws IllegalArgumentException on an empty or ragged cloud, a non-finite coordinate, or bad
     *     weights
     */
    public static EmpiricalMeasure of(double[][] points, double[] weights) {
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(weights, "weights");
        if (points.length == 0) {
            throw new IllegalArgumentException("point cloud must not be empty");
        }
        if (weights.length != points.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%d points but %d weights",
                            points.length,
                            weights.length));
        }
        int d = Objects.requireNonNull(points[0], "points[0]").length;
        if (d == 0) {
            throw new IllegalArgumentException("points must have at least one coordinate");
        }
        double[] flat = new double[points.length * d];
        for (int i = 0; i < points.length; i++) {
            double[] p = Objects.requireNonNull(points[i], "points[i]");
            if (p.length != d) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "dimension mismatch: point %d has %d coordinates, point 0 has %d",
                                i,
                                p.length,
                                d));
            }
            for (int k = 0; k < d; k++) {
                if (!Double.isFinite(p[k])) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "point %d coordinate %d (%s) must be finite",
                                    i,
                                    k,
                                    p[k]));
                }
            }
            System.arraycopy(p, 0, flat, i * d, d);
        }
        Marginals.requireWeights("weights", weights);
        return new EmpiricalMeasure(points.length, d, flat, weights.clone());
    }

    /**
     * A cloud with uniform weights {@code 1/n}.
     *
     * @param points {@code n ≥ 1} finite points of equal length
     * @return the measure
     * @throws IllegalArgumentException on an empty, ragged or non-finite cloud
     */
    public static EmpiricalMeasure uniform(double[][] points) {
        Objects.requireNonNull(points, "points");
        double[] w = new double[points.length];
        Arrays.fill(w, 1.0 / Math.max(points.length, 1));
        return of(points, w);
    }

    /**
     * A one-dimensional weighted cloud.
     *
     * @param x finite positions
     * @param weights finite non-negative weights with a positive sum
     * @return the measure
     * @throws IllegalArgumentException as {@link #of(double[][], double[])}
     */
    public static EmpiricalMeasure of1d(double[] x, double[] weights) {
        Objects.requireNonNull(x, "x");
        double[][] p = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            p[i] = new double[] {x[i]};
        }
        return of(p, weights);
    }

    /**
     * @return the number of points {@code n}
     */
    public int size() {
        return size;
    }

    /**
     * @return the dimension {@code d}
     */
    public int dimension() {
        return dimension;
    }

    /**
     * One point.
     *
     * @param i index in {@code [0, n)}
     * @return a copy of {@code x_i}
     */
    public double[] point(int i) {
        Objects.checkIndex(i, size);
        return Arrays.copyOfRange(points, i * dimension, (i + 1) * dimension);
    }

    /**
     * One coordinate.
     *
     * @param i point index
     * @param k coordinate index
     * @return {@code x_i[k]}
     */
    public double coordinate(int i, int k) {
        Objects.checkIndex(i, size);
        Objects.checkIndex(k, dimension);
        return points[i * dimension + k];
    }

    /**
     * @return the points as a fresh {@code n×d} array
     */
    public double[][] points() {
        double[][] out = new double[size][];
        for (int i = 0; i < size; i++) {
            out[i] = point(i);
        }
        return out;
    }

    /**
     * @return the coordinates row-major in a fresh array of length {@code n·d}
     */
    public double[] pointsRowMajor() {
        return points.clone();
    }

    /**
     * @return a copy of the weights
     */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * @return the total mass {@code Σ w_i}
     */
    public double mass() {
        return Marginals.sum(weights);
    }

    /**
     * @return the same cloud with weights divided by the mass
     */
    public EmpiricalMeasure normalized() {
        double s = mass();
        double[] w = new double[size];
        for (int i = 0; i < size; i++) {
            w[i] = weights[i] / s;
        }
        return new EmpiricalMeasure(size, dimension, points, w);
    }

    /**
     * @return the weighted mean {@code Σ w_i x_i / Σ w_i}
     */
    public double[] mean() {
        double[] m = new double[dimension];
        double s = mass();
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < dimension; k++) {
                m[k] += weights[i] * points[i * dimension + k];
            }
        }
        for (int k = 0; k < dimension; k++) {
            m[k] /= s;
        }
        return m;
    }

    /**
     * The weighted covariance {@code Σ_i w_i (x_i − m)(x_i − m)ᵀ / Σ_i w_i} (population form, no
     * Bessel correction), e.g. for the Gelbrich/Bures lower bound {@code W₂² ≥ ‖m_μ − m_ν‖² +
     * B²(Σ_μ, Σ_ν)}.
     *
     * @return the {@code d×d} covariance
     */
    public dev.cogs.rgflow.linalg.Matrix covariance() {
        double[] m = mean();
        double s = mass();
        double[] cov = new double[dimension * dimension];
        for (int i = 0; i < size; i++) {
            double w = weights[i] / s;
            int o = i * dimension;
            for (int k = 0; k < dimension; k++) {
                double dk = points[o + k] - m[k];
                for (int l = k; l < dimension; l++) {
                    cov[k * dimension + l] += w * dk * (points[o + l] - m[l]);
                }
            }
        }
        for (int k = 0; k < dimension; k++) {
            for (int l = 0; l < k; l++) {
                cov[k * dimension + l] = cov[l * dimension + k];
            }
        }
        return dev.cogs.rgflow.linalg.Matrix.ofRowMajor(dimension, dimension, cov);
    }

    /**
     * Projection onto a direction: the one-dimensional cloud {@code Σ_i w_i δ_{θ·x_i}}.
     *
     * @param direction {@code θ} of length {@code d}
     * @return the projected positions (weights unchanged)
     * @throws IllegalArgumentException if the length differs
     */
    public double[] project(double[] direction) {
        Objects.requireNonNull(direction, "direction");
        if (direction.length != dimension) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "direction of length %d vs dimension %d",
                            direction.length,
                            dimension));
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            double s = 0;
            for (int k = 0; k < dimension; k++) {
                s += direction[k] * points[i * dimension + k];
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * Push-forward {@code T_#μ = Σ_i w_i δ_{T(x_i)}}.
     *
     * @param map the map; it receives copies and must return finite points of one common length
     * @return the image cloud
     * @throws IllegalArgumentException if the map returns non-finite or ragged points
     */
    public EmpiricalMeasure pushForward(UnaryOperator<double[]> map) {
        Objects.requireNonNull(map, "map");
        double[][] out = new double[size][];
        for (int i = 0; i < size; i++) {
            out[i] = map.apply(point(i));
        }
        return of(out, weights);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EmpiricalMeasure)) {
            return false;
        }
        EmpiricalMeasure e = (EmpiricalMeasure) o;
        return dimension == e.dimension
                && Arrays.equals(points, e.points)
                && Arrays.equals(weights, e.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(points) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "EmpiricalMeasure[n=%d, d=%d, mass=%s]", size, dimension, mass());
    }
}
