package dev.cogs.rgflow.ot.gaussian;

import dev.cogs.rgflow.linalg.Matrix;
import java.util.Locale;
import java.util.Objects;

/**
 * An affine map {@code T(x) = A x + b} on {@code ℝ^d}, for example the Monge map between two
 * Gaussians.
 *
 * <p>This record is immutable: the shift is copied on construction and on access.
 *
 * @param linear the square matrix {@code A}
 * @param shift the vector {@code b}, length {@code d}
 */
public record AffineMap(Matrix linear, double[] shift) {

    /**
     * Validates shapes and copies the shift.
     *
     * @param linear the square matrix {@code A}
     * @param shift the vector {@code b}, length {@code d}
     * @throws IllegalArgumentException if {@code A} is not square or {@code b} has the wrong length
     */
    public AffineMap {
        Objects.requireNonNull(linear, "linear");
        Objects.requireNonNull(shift, "shift");
        if (!linear.isSquare() || linear.rows() != shift.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "affine map needs a square matrix matching the shift: %dx%d vs %d",
                            linear.rows(),
                            linear.cols(),
                            shift.length));
        }
        shift = shift.clone();
    }

    /**
     * @return a copy of the shift {@code b}
     */
    @Override
    public double[] shift() {
        return shift.clone();
    }

    /**
     * @return the dimension {@code d}
     */
    public int dimension() {
        return shift.length;
    }

    /**
     * Applies the map.
     *
     * @param x point of length {@code d}
     * @return {@code A x + b}
     * @throws IllegalArgumentException if the length differs
     */
    public double[] apply(double[] x) {
        double[] y = linear.apply(x);
        for (int i = 0; i < y.length; i++) {
            y[i] += shift[i];
        }
        return y;
    }
}
