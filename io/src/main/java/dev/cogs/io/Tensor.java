package dev.cogs.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A named, dense, row-major (C order) array of floating-point values with a storage {@link DType}.
 *
 * <p>This class is immutable: the factories copy the shape and the data, and the accessors return
 * copies. The elements are held as doubles; every element is a value of {@link #dtype()} (see
 * {@link DType#represents(double)}), so writing a tensor in its own dtype is exact.
 *
 * <p>Equality is exact: same name, dtype, shape and elements compared with {@link
 * Double#doubleToLongBits} (so NaN equals NaN and {@code 0.0} differs from {@code -0.0}).
 */
public final class Tensor {

    private final String name;
    private final DType dtype;
    private final int[] shape;
    private final double[] data;

    private Tensor(String name, DType dtype, int[] shape, double[] data) {
        this.name = name;
        this.dtype = dtype;
        this.shape = shape;
        this.data = data;
    }

    /**
     * A tensor built exactly from its arguments.
     *
     * <p>Non-finite values: NaN and infinities are accepted as elements (they are values of every
     * dtype).
     *
     * @param name the name (non-empty)
     * @param dtype the storage type
     * @param shape the dimensions (each {@code >= 0}; an empty array is a scalar with one element)
     * @param data the elements in C order; length = product of the dimensions
     * @return the tensor
     * @throws IllegalArgumentException if the name is empty, a dimension is negative, the data
     *     length does not match the shape, or an element is not a value of {@code dtype} (use
     *     {@link #from(String, DType, int[], double[])} to round)
     */
    public static Tensor of(String name, DType dtype, int[] shape, double[] data) {
        Tensor t = checked(name, dtype, shape, data);
        for (int i = 0; i < t.data.length; i++) {
            if (!dtype.represents(t.data[i])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "tensor %s: element %d (%s) is not a %s value; use Tensor.from to round",
                                name,
                                i,
                                Double.toString(t.data[i]),
                                dtype));
            }
        }
        return t;
    }

    /**
     * A tensor whose elements are the given doubles rounded to {@code dtype} (nearest, ties to
     * even).
     *
     * <p>Non-finite values: kept; finite values beyond the dtype's range become infinities (see
     * {@link DType#round(double)}).
     *
     * @param name the name (non-empty)
     * @param dtype the storage type
     * @param shape the dimensions (each {@code >= 0})
     * @param data the elements in C order; length = product of the dimensions
     * @return the tensor
     * @throws IllegalArgumentException if the name is empty, a dimension is negative or the data
     *     length does not match the shape
     */
    public static Tensor from(String name, DType dtype, int[] shape, double[] data) {
        Tensor t = checked(name, dtype, shape, data);
        for (int i = 0; i < t.data.length; i++) {
            t.data[i] = dtype.round(t.data[i]);
        }
        return t;
    }

    private static Tensor checked(String name, DType dtype, int[] shape, double[] data) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(data, "data");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("tensor name must not be empty");
        }
        int[] s = shape.clone();
        long count = elementCount(s, name);
        if (count != data.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "tensor %s: shape %s needs %d elements, data has %d",
                            name,
                            shapeString(s),
                            count,
                            data.length));
        }
        return new Tensor(name, dtype, s, data.clone());
    }

    /**
     * The number of elements of a shape.
     *
     * @param shape the dimensions
     * @param name the tensor name for the error message
     * @return the product of the dimensions (1 for a scalar)
     * @throws IllegalArgumentException if a dimension is negative or the product exceeds {@code
     *     Integer.MAX_VALUE - 8} (the largest Java array)
     */
    static long elementCount(int[] shape, String name) {
        long count = 1;
        for (int dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "tensor %s: shape %s has a negative dimension",
                                name,
                                shapeString(shape)));
            }
            count *= dim;
            if (count > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "tensor %s: shape %s has too many elements for a Java array",
                                name,
                                shapeString(shape)));
            }
        }
        return count;
    }

    /**
     * Formats a shape as {@code [2, 3]} ({@code []} for a scalar).
     *
     * @param shape the dimensions
     * @return the text
     */
    public static String shapeString(int[] shape) {
        Objects.requireNonNull(shape, "shape");
        return Arrays.toString(shape);
    }

    /**
     * The name.
     *
     * @return the name given at construction (for files: the key in the file)
     */
    public String name() {
        return name;
    }

    /**
     * The storage type.
     *
     * @return the dtype
     */
    public DType dtype() {
        return dtype;
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
     * @return the rank (0 for a scalar)
     */
    public int rank() {
        return shape.length;
    }

    /**
     * The number of elements.
     *
     * @return the product of the dimensions
     */
    public int size() {
        return data.length;
    }

    /**
     * The elements in C order.
     *
     * @return a copy of the data
     */
    public double[] data() {
        return data.clone();
    }

    /**
     * One element.
     *
     * @param index one index per dimension
     * @return the element
     * @throws IllegalArgumentException if the number of indices differs from the rank or an index
     *     is out of range
     */
    public double get(int... index) {
        Objects.requireNonNull(index, "index");
        if (index.length != shape.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "tensor %s: %d indices for rank %d",
                            name,
                            index.length,
                            shape.length));
        }
        int flat = 0;
        for (int ax = 0; ax < shape.length; ax++) {
            if (index[ax] < 0 || index[ax] >= shape[ax]) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "tensor %s: index %s out of range for shape %s",
                                name,
                                Arrays.toString(index),
                                shapeString(shape)));
            }
            flat = flat * shape[ax] + index[ax];
        }
        return data[flat];
    }

    /**
     * The same tensor under another name.
     *
     * @param newName the name (non-empty)
     * @return the renamed tensor
     * @throws IllegalArgumentException if the name is empty
     */
    public Tensor withName(String newName) {
        Objects.requireNonNull(newName, "newName");
        if (newName.isEmpty()) {
            throw new IllegalArgumentException("tensor name must not be empty");
        }
        return new Tensor(newName, dtype, shape, data);
    }

    /**
     * The name, dtype and shape, without the data.
     *
     * @return the listing entry
     */
    public TensorInfo info() {
        return TensorInfo.of(name, dtype, shape);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Tensor)) {
            return false;
        }
        Tensor t = (Tensor) o;
        return name.equals(t.name)
                && dtype == t.dtype
                && Arrays.equals(shape, t.shape)
                && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, dtype, Arrays.hashCode(shape), Arrays.hashCode(data));
    }

    /**
     * Name, dtype and shape, for example {@code layera.weight FLOAT32 [2, 3]}.
     *
     * @return the text (without the data)
     */
    @Override
    public String toString() {
        return name + " " + dtype + " " + shapeString(shape);
    }
}
