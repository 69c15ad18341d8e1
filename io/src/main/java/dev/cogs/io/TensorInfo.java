package dev.cogs.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of a {@link TensorFile} listing: a tensor's name, dtype and shape, without its data.
 *
 * <p>Immutable; the shape list is an unmodifiable copy.
 *
 * @param name the tensor name (non-empty)
 * @param dtype the storage type
 * @param shape the dimensions (each {@code >= 0}; empty for a scalar)
 */
public record TensorInfo(String name, DType dtype, List<Integer> shape) {

    /**
     * Validates and copies.
     *
     * @param name the tensor name (non-empty)
     * @param dtype the storage type
     * @param shape the dimensions (each {@code >= 0})
     * @throws IllegalArgumentException if the name is empty or a dimension is negative
     */
    public TensorInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dtype, "dtype");
        shape = List.copyOf(Objects.requireNonNull(shape, "shape"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("tensor name must not be empty");
        }
        for (int dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "tensor %s: shape %s has a negative dimension",
                                name,
                                shape));
            }
        }
    }

    /**
     * A listing entry from an {@code int[]} shape.
     *
     * @param name the tensor name
     * @param dtype the storage type
     * @param shape the dimensions
     * @return the entry
     * @throws IllegalArgumentException if the name is empty or a dimension is negative
     */
    public static TensorInfo of(String name, DType dtype, int[] shape) {
        Objects.requireNonNull(shape, "shape");
        Integer[] boxed = new Integer[shape.length];
        for (int i = 0; i < shape.length; i++) {
            boxed[i] = shape[i];
        }
        return new TensorInfo(name, dtype, List.of(boxed));
    }

    /**
     * One line, for example {@code model.layera.weight FLOAT32 [2, 3]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return name + " " + dtype + " " + shape;
    }
}
