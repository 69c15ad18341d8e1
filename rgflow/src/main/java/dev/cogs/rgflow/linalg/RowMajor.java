package dev.cogs.rgflow.linalg;

import java.util.Locale;
import java.util.Objects;

/**
 * Shape checks and copies for dense matrices stored row-major in one {@code double[]} (entry {@code
 * (i, j)} of an {@code r×c} matrix at index {@code i·c + j}), shared by {@link Matrix} and the
 * transport cost matrix.
 *
 * <p>Every method returns a fresh array and leaves its arguments unchanged. Non-finite values:
 * entries are copied as they are; callers that need finite entries check them.
 */
public final class RowMajor {

    private RowMajor() {}

    /**
     * Copies a rectangular two-dimensional array into row-major order.
     *
     * @param entries rectangular array with at least one row and one column
     * @param what the name used in error messages (for example {@code "matrix"})
     * @return the entries row-major, length {@code rows · cols}
     * @throws IllegalArgumentException if the array is empty or ragged
     */
    public static double[] fromRows(double[][] entries, String what) {
        Objects.requireNonNull(entries, "entries");
        if (entries.length == 0 || entries[0].length == 0) {
            throw new IllegalArgumentException(what + " must have at least one row and one column");
        }
        int r = entries.length;
        int c = entries[0].length;
        double[] d = new double[r * c];
        for (int i = 0; i < r; i++) {
            Objects.requireNonNull(entries[i], "entries row");
            if (entries[i].length != c) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "ragged %s: row %d has %d columns, row 0 has %d",
                                what,
                                i,
                                entries[i].length,
                                c));
            }
            System.arraycopy(entries[i], 0, d, i * c, c);
        }
        return d;
    }

    /**
     * Checks that row-major data has the stated shape and copies it.
     *
     * @param rows number of rows, at least 1
     * @param cols number of columns, at least 1
     * @param rowMajor entries, length {@code rows · cols}
     * @return a copy of {@code rowMajor}
     * @throws IllegalArgumentException if the sizes do not match
     */
    public static double[] copyOf(int rows, int cols, double[] rowMajor) {
        Objects.requireNonNull(rowMajor, "rowMajor");
        if (rows < 1 || cols < 1 || (long) rows * cols != rowMajor.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "shape %dx%d does not match %d entries",
                            rows,
                            cols,
                            rowMajor.length));
        }
        return rowMajor.clone();
    }

    /**
     * The rows of row-major data as a two-dimensional array.
     *
     * @param rows number of rows
     * @param cols number of columns
     * @param data entries, length {@code rows · cols}
     * @return a fresh {@code rows × cols} array
     */
    public static double[][] toRows(int rows, int cols, double[] data) {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(data, i * cols, out[i], 0, cols);
        }
        return out;
    }

    /**
     * The transpose of row-major data.
     *
     * @param rows number of rows of the input
     * @param cols number of columns of the input
     * @param data entries, length {@code rows · cols}
     * @return the {@code cols × rows} transpose, row-major
     */
    public static double[] transpose(int rows, int cols, double[] data) {
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = data[i * cols + j];
            }
        }
        return out;
    }

    /**
     * Every entry multiplied by a factor.
     *
     * @param factor the factor
     * @param data the entries
     * @return {@code factor · data}
     */
    public static double[] scale(double factor, double[] data) {
        double[] out = new double[data.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = factor * data[k];
        }
        return out;
    }
}
