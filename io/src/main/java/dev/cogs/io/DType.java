package dev.cogs.io;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The floating-point element types that cogs reads from and writes to weight files.
 *
 * <p>Every value of each type is exactly representable as a Java {@code double}, so a {@link
 * Tensor} keeps its elements as doubles and the type records how they were (or will be) stored. The
 * IEEE 754 binary formats: {@link #FLOAT16} (binary16: 1 sign, 5 exponent, 10 fraction bits),
 * {@link #BFLOAT16} (the upper half of a binary32: 1 sign, 8 exponent, 7 fraction bits), {@link
 * #FLOAT32} (binary32) and {@link #FLOAT64} (binary64).
 *
 * <p>Rounding ({@link #round(double)}) is to nearest, ties to even, directly from the double (no
 * double rounding through float32); values beyond the largest finite value of the type round to an
 * infinity of the same sign, as IEEE 754 prescribes.
 */
public enum DType {
    /** IEEE 754 binary16 ("half"), 2 bytes. */
    FLOAT16(2, 10, -14, 15),
    /** Brain floating point: the upper 16 bits of a binary32, 2 bytes. */
    BFLOAT16(2, 7, -126, 127),
    /** IEEE 754 binary32 ("float"), 4 bytes. */
    FLOAT32(4, 23, -126, 127),
    /** IEEE 754 binary64 ("double"), 8 bytes. */
    FLOAT64(8, 52, -1022, 1023);

    private final int byteSize;
    private final int fractionBits;
    private final int minExponent;
    private final double maxFinite;

    DType(int byteSize, int fractionBits, int minExponent, int maxExponent) {
        this.byteSize = byteSize;
        this.fractionBits = fractionBits;
        this.minExponent = minExponent;
        // (2 - 2^-fractionBits) * 2^maxExponent, computed without overflow.
        this.maxFinite = Math.scalb(2.0 - Math.scalb(1.0, -fractionBits), maxExponent);
    }

    /**
     * Size of one element in bytes.
     *
     * @return 2, 4 or 8
     */
    public int byteSize() {
        return byteSize;
    }

    /**
     * Largest finite value of this type.
     *
     * @return 65504 for float16, about 3.39e38 for bfloat16, {@link Float#MAX_VALUE} for float32,
     *     {@link Double#MAX_VALUE} for float64
     */
    public double maxFinite() {
        return maxFinite;
    }

    /**
     * Rounds a double to the nearest value of this type (ties to even).
     *
     * <p>Non-finite values: NaN stays NaN, infinities stay infinite; finite values whose magnitude
     * rounds above {@link #maxFinite()} become an infinity of the same sign; values too small for
     * the type become a zero of the same sign.
     *
     * @param value the value
     * @return the nearest value of this type, as a double
     */
    public double round(double value) {
        if (this == FLOAT64 || !Double.isFinite(value) || value == 0.0) {
            return value;
        }
        if (this == FLOAT32) {
            return (float) value;
        }
        // The spacing of this type's values near |value|; dividing by a power of two is exact, and
        // Math.rint
        // rounds half to even, so the result is the correctly rounded value (subnormals included).
        int exponent = Math.max(Math.getExponent(value), minExponent);
        double quantum = Math.scalb(1.0, exponent - fractionBits);
        double rounded = Math.rint(value / quantum) * quantum;
        if (Math.abs(rounded) > maxFinite) {
            return Math.copySign(Double.POSITIVE_INFINITY, value);
        }
        if (rounded == 0.0) {
            return Math.copySign(0.0, value);
        }
        return rounded;
    }

    /**
     * Whether a double is a value of this type.
     *
     * <p>Non-finite values: NaN and the infinities are values of every type.
     *
     * @param value the value
     * @return {@code true} if {@link #round(double)} leaves it unchanged
     */
    public boolean represents(double value) {
        return Double.isNaN(value)
                || Double.doubleToRawLongBits(round(value)) == Double.doubleToRawLongBits(value);
    }

    /**
     * Reads one element at the buffer's position, in the buffer's byte order, and advances the
     * position.
     *
     * @param buffer the buffer
     * @return the element as a double (exact)
     * @throws java.nio.BufferUnderflowException if fewer than {@link #byteSize()} bytes remain
     */
    public double read(ByteBuffer buffer) {
        Objects.requireNonNull(buffer, "buffer");
        switch (this) {
            case FLOAT16:
                return halfToDouble(buffer.getShort() & 0xffff);
            case BFLOAT16:
                return Float.intBitsToFloat((buffer.getShort() & 0xffff) << 16);
            case FLOAT32:
                return buffer.getFloat();
            default:
                return buffer.getDouble();
        }
    }

    /**
     * Writes one element at the buffer's position, in the buffer's byte order, after rounding it
     * with {@link #round(double)}, and advances the position.
     *
     * <p>Non-finite values: written as the type's infinities; NaN is written as the type's
     * canonical quiet NaN.
     *
     * @param buffer the buffer
     * @param value the value
     * @throws java.nio.BufferOverflowException if fewer than {@link #byteSize()} bytes remain
     */
    public void write(ByteBuffer buffer, double value) {
        Objects.requireNonNull(buffer, "buffer");
        double v = round(value);
        switch (this) {
            case FLOAT16:
                buffer.putShort((short) doubleToHalf(v));
                break;
            case BFLOAT16:
                int bits = Double.isNaN(v) ? 0x7fc00000 : Float.floatToRawIntBits((float) v);
                buffer.putShort((short) (bits >>> 16));
                break;
            case FLOAT32:
                buffer.putFloat((float) v);
                break;
            default:
                buffer.putDouble(v);
                break;
        }
    }

    private static double halfToDouble(int bits) {
        double sign = (bits & 0x8000) != 0 ? -1.0 : 1.0;
        int exponent = (bits >>> 10) & 0x1f;
        int fraction = bits & 0x3ff;
        if (exponent == 0x1f) {
            return fraction == 0 ? sign * Double.POSITIVE_INFINITY : Double.NaN;
        }
        if (exponent == 0) {
            return sign * Math.scalb((double) fraction, -24);
        }
        return sign * Math.scalb((double) (fraction | 0x400), exponent - 25);
    }

    /**
     * Bits of a binary16 value; {@code v} must already be a float16 value (see {@link
     * #round(double)}).
     */
    private static int doubleToHalf(double v) {
        if (Double.isNaN(v)) {
            return 0x7e00;
        }
        int sign = (Double.doubleToRawLongBits(v) < 0) ? 0x8000 : 0;
        double a = Math.abs(v);
        if (Double.isInfinite(a)) {
            return sign | 0x7c00;
        }
        if (a < 0x1p-14) {
            return sign | (int) (a * 0x1p24);
        }
        int exponent = Math.getExponent(a);
        int fraction = (int) (Math.scalb(a, -exponent) * 1024.0) - 1024;
        return sign | ((exponent + 15) << 10) | fraction;
    }
}
