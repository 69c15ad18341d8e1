package dev.cogs.io.npy;

/**
 * The element types this package reads and writes: IEEE 754 binary32 and binary64.
 *
 * <p>NumPy spells them {@code f4} and {@code f8} after a byte-order character ({@code <} little-endian,
 * {@code >} big-endian); files are always written little-endian.
 */
public enum NpyDtype {
    /** IEEE 754 binary32, NumPy {@code float32}. */
    FLOAT32("f4", 4),
    /** IEEE 754 binary64, NumPy {@code float64}. */
    FLOAT64("f8", 8);

    private final String code;
    private final int size;

    NpyDtype(String code, int size) {
        this.code = code;
        this.size = size;
    }

    /**
     * The NumPy type code without byte order.
     *
     * @return {@code "f4"} or {@code "f8"}
     */
    public String code() {
        return code;
    }

    /**
     * The size of one element.
     *
     * @return 4 or 8 bytes
     */
    public int size() {
        return size;
    }
}
