package dev.cogs.io.npy;

import dev.cogs.io.DType;

/**
 * The element types this package reads and writes: IEEE 754 binary16, binary32 and binary64.
 *
 * <p>NumPy spells them {@code f2}, {@code f4} and {@code f8} after a byte-order character ({@code
 * <} little-endian, {@code >} big-endian); files are always written little-endian.
 */
public enum NpyDtype {
    /** IEEE 754 binary16, NumPy {@code float16}. */
    FLOAT16("f2", 2, DType.FLOAT16),
    /** IEEE 754 binary32, NumPy {@code float32}. */
    FLOAT32("f4", 4, DType.FLOAT32),
    /** IEEE 754 binary64, NumPy {@code float64}. */
    FLOAT64("f8", 8, DType.FLOAT64);

    private final String code;
    private final int size;
    private final DType dtype;

    NpyDtype(String code, int size, DType dtype) {
        this.code = code;
        this.size = size;
        this.dtype = dtype;
    }

    /**
     * The NumPy type code without byte order.
     *
     * @return {@code "f2"}, {@code "f4"} or {@code "f8"}
     */
    public String code() {
        return code;
    }

    /**
     * The size of one element.
     *
     * @return 2, 4 or 8 bytes
     */
    public int size() {
        return size;
    }

    /**
     * The storage type of the format-neutral {@link dev.cogs.io.Tensor}.
     *
     * @return the matching {@link DType}
     */
    public DType dtype() {
        return dtype;
    }

    /**
     * The NumPy type of a storage type.
     *
     * @param dtype the storage type
     * @return the matching NumPy type
     * @throws IllegalArgumentException for {@link DType#BFLOAT16}, which NumPy has no type for
     */
    public static NpyDtype of(DType dtype) {
        switch (java.util.Objects.requireNonNull(dtype, "dtype")) {
            case FLOAT16:
                return FLOAT16;
            case FLOAT32:
                return FLOAT32;
            case FLOAT64:
                return FLOAT64;
            default:
                throw new IllegalArgumentException(
                        "NumPy has no bfloat16 type; convert it to float32 first");
        }
    }
}
