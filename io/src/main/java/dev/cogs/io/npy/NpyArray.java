package dev.cogs.io.npy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An n-dimensional array of doubles in C (row-major) order, as stored in or read from a {@code
 * .npy} file.
 *
 * <p>This class is immutable: the constructor and every accessor copy the arrays. {@link #equals}
 * compares shape, values (bitwise, via {@link Arrays#equals(double[], double[])}) and the source
 * dtype.
 *
 * <p>Non-finite values: allowed in an array (NumPy files may hold them); {@link NpyWeights} refuses
 * them.
 */
public final class NpyArray {

    private final int[] shape;
    private final double[] data;
    private final NpyDtype dtype;

    private NpyArray(int[] shape, double[] data, NpyDtype dtype) {
        this.shape = shape;
        this.data = data;
        this.dtype = dtype;
    }

    /**
     * Builds an array from its shape and its values in C order.
     *
     * @param shape the dimensions, each {@code >= 0}
     * @param data the values in row-major order; length = product of the dimensions
     * @param dtype the element type the values came from or should be written as
     * @return the array
     * @throws IllegalArgumentException if a dimension is negative or the length does not match the
     *     shape
     */
    public static NpyArray of(int[] shape, double[] data, NpyDtype dtype) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(dtype, "dtype");
        long n = elementCount(shape);
        if (n != data.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "data length (%d) does not match shape %s (%d elements)",
                            data.length,
                            shapeString(shape),
                            n));
        }
        return new NpyArray(shape.clone(), data.clone(), dtype);
    }

    /**
     * Builds a 2-D array from a rectangular matrix.
     *
     * @param matrix rows of equal length
     * @param dtype the element type
     * @return the array of shape (rows, columns)
     * @throws IllegalArgumentException if the matrix is ragged
     */
    public static NpyArray ofMatrix(double[][] matrix, NpyDtype dtype) {
        Objects.requireNonNull(matrix, "matrix");
        int rows = matrix.length;
        int cols = rows == 0 ? 0 : matrix[0].length;
        double[] flat = new double[Math.multiplyExact(rows, cols)];
        for (int i = 0; i < rows; i++) {
            if (matrix[i].length != cols) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "matrix row %d has length %d, row 0 has %d",
                                i,
                                matrix[i].length,
                                cols));
            }
            System.arraycopy(matrix[i], 0, flat, i * cols, cols);
        }
        return new NpyArray(new int[] {rows, cols}, flat, dtype);
    }

    static long elementCount(int[] shape) {
        long n = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException(
                        "shape " + shapeString(shape) + " has a negative dimension");
            }
            n = Math.multiplyExact(n, (long) s);
        }
        return n;
    }

    /**
     * Formats a shape the way NumPy prints it, e.g. {@code (512, 23)} or {@code (5,)}.
     *
     * @param shape the dimensions
     * @return the tuple text
     */
    public static String shapeString(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        return Arrays.stream(shape)
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * The dimensions.
     *
     * @return a copy of the shape
     */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * The number of dimensions.
     *
     * @return the rank
     */
    public int rank() {
        return shape.length;
    }

    /**
     * The values in C order.
     *
     * @return a copy of the data
     */
    public double[] data() {
        return data.clone();
    }

    /**
     * The element type the values were read from (or will be written as).
     *
     * @return the dtype
     */
    public NpyDtype dtype() {
        return dtype;
    }

    /**
     * The values of a 2-D array as rows.
     *
     * @return a fresh matrix of shape (shape[0], shape[1])
     * @throws IllegalStateException if the array is not 2-D
     */
    public double[][] toMatrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("array of shape " + shapeString(shape) + " is not 2-D");
        }
        double[][] m = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) {
            System.arraycopy(data, i * shape[1], m[i], 0, shape[1]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NpyArray)) {
            return false;
        }
        NpyArray other = (NpyArray) o;
        return dtype == other.dtype
                && Arrays.equals(shape, other.shape)
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(shape) + Arrays.hashCode(data)) + dtype.hashCode();
    }

    @Override
    public String toString() {
        return "NpyArray" + shapeString(shape) + " " + dtype;
    }
}
