package dev.cogs.io;

import static dev.cogs.io.IoTesting.u16;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DTypeTest {

    /** Doubles over many binades plus the boundary candidates. */
    private static Gen<Double> values() {
        Gen<Double> wide =
                doubles().between(-1.0, 1.0).zip(integers().between(-160, 140), Math::scalb);
        return wide.mix(
                Generate.pick(
                        List.of(
                                0.0,
                                -0.0,
                                Double.NaN,
                                Double.POSITIVE_INFINITY,
                                Double.NEGATIVE_INFINITY,
                                Double.MIN_VALUE,
                                Double.MIN_NORMAL,
                                Double.MAX_VALUE,
                                65504.0,
                                65520.0,
                                0x1p-24,
                                0x1p-25,
                                0x1.8p-25,
                                (double) Float.MAX_VALUE)),
                10);
    }

    private static double decode(DType t, int bits) {
        return t.read(ByteBuffer.wrap(u16(bits)).order(ByteOrder.LITTLE_ENDIAN));
    }

    private static int encode(DType t, double v) {
        ByteBuffer b = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN);
        t.write(b, v);
        return b.getShort(0) & 0xffff;
    }

    @Test
    void float16BitPatternsFromIeee754() {
        // IEEE 754-2008 binary16 examples: 1, -2, largest normal, smallest normal, smallest
        // subnormal, 1/3.
        assertEquals(1.0, decode(DType.FLOAT16, 0x3c00), 0.0);
        assertEquals(-2.0, decode(DType.FLOAT16, 0xc000), 0.0);
        assertEquals(65504.0, decode(DType.FLOAT16, 0x7bff), 0.0);
        assertEquals(0x1p-14, decode(DType.FLOAT16, 0x0400), 0.0);
        assertEquals(0x1p-24, decode(DType.FLOAT16, 0x0001), 0.0);
        assertEquals(0.333251953125, decode(DType.FLOAT16, 0x3555), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, decode(DType.FLOAT16, 0xfc00), 0.0);
        assertTrue(Double.isNaN(decode(DType.FLOAT16, 0x7e00)));
        assertEquals(0x8000, encode(DType.FLOAT16, -0.0));
        assertEquals(0x3555, encode(DType.FLOAT16, 1.0 / 3.0));
        assertEquals(
                0x7c00,
                encode(DType.FLOAT16, 65520.0)); // halfway above the largest: ties to even = inf
        assertEquals(0x7bff, encode(DType.FLOAT16, 65519.0));
        assertEquals(
                0x0000,
                encode(DType.FLOAT16, 0x1p-25)); // halfway to the smallest subnormal: even = 0
        assertEquals(0x0001, encode(DType.FLOAT16, 0x1.8p-25));
        assertEquals(0x7e00, encode(DType.FLOAT16, Double.NaN));
    }

    @Test
    void bfloat16IsTheUpperHalfOfFloat32() {
        assertEquals(1.0, decode(DType.BFLOAT16, 0x3f80), 0.0);
        assertEquals(3.140625, decode(DType.BFLOAT16, 0x4049), 0.0);
        // pi = 0x40490fdb in binary32: the dropped half 0x0fdb is below 0x8000, so it rounds down.
        assertEquals(0x4049, encode(DType.BFLOAT16, Math.PI));
        // 1 + 2^-8 is halfway between 1 and 1 + 2^-7: ties to even gives 1.
        assertEquals(0x3f80, encode(DType.BFLOAT16, 1.0 + 0x1p-8));
        assertEquals(0x3f81, encode(DType.BFLOAT16, 1.0 + 0x1.8p-8));
        assertEquals(0x7fc0, encode(DType.BFLOAT16, Double.NaN));
    }

    @Test
    void float32RoundingIsJavasCast() {
        qt().forAll(values())
                .check(
                        v ->
                                Double.compare(DType.FLOAT32.round(v), (double) (float) (double) v)
                                        == 0);
    }

    @Test
    void roundingGivesAValueWithinHalfASpacingAndIsIdempotent() {
        for (DType t : DType.values()) {
            qt().forAll(values())
                    .check(
                            v -> {
                                double r = t.round(v);
                                if (Double.isNaN(v)) {
                                    return Double.isNaN(r);
                                }
                                if (Double.isInfinite(r)) {
                                    return Double.isInfinite(v) || Math.abs(v) >= t.maxFinite();
                                }
                                // The neighbours of r in the type bracket v, so r is the nearest
                                // value.
                                double up = t.round(Math.nextUp(r) + spacing(t, r));
                                double down = t.round(Math.nextDown(r) - spacing(t, r));
                                return t.represents(r)
                                        && Double.compare(t.round(r), r) == 0
                                        && Math.abs(v - r) <= Math.abs(v - up)
                                        && Math.abs(v - r) <= Math.abs(v - down);
                            });
        }
    }

    /**
     * Half the spacing of the type's values near r (enough to reach the next value when rounded).
     */
    private static double spacing(DType t, double r) {
        int fraction =
                t == DType.FLOAT16 ? 10 : t == DType.BFLOAT16 ? 7 : t == DType.FLOAT32 ? 23 : 52;
        int minExponent = t == DType.FLOAT16 ? -14 : t == DType.FLOAT64 ? -1022 : -126;
        return Math.scalb(1.0, Math.max(Math.getExponent(r), minExponent) - fraction - 1);
    }

    @Test
    void writeThenReadGivesTheRoundedValueForEveryType() {
        for (DType t : DType.values()) {
            qt().forAll(values())
                    .check(
                            v -> {
                                ByteBuffer b =
                                        ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
                                t.write(b, v);
                                assertEquals(t.byteSize(), b.position());
                                b.flip();
                                double back = t.read(b);
                                return Double.isNaN(v)
                                        ? Double.isNaN(back)
                                        : Double.compare(back, t.round(v)) == 0;
                            });
        }
    }

    @Test
    void everyFloat16BitPatternRoundTrips() {
        for (int bits = 0; bits < 0x10000; bits++) {
            double v = decode(DType.FLOAT16, bits);
            boolean nan = ((bits >>> 10) & 0x1f) == 0x1f && (bits & 0x3ff) != 0;
            if (!nan) {
                assertEquals(bits, encode(DType.FLOAT16, v), () -> Double.toString(v));
                assertTrue(DType.FLOAT16.represents(v));
            }
        }
    }

    @Test
    void representsAndMaxFinite() {
        assertTrue(DType.FLOAT16.represents(65504.0));
        assertFalse(DType.FLOAT16.represents(65505.0));
        assertFalse(DType.FLOAT32.represents(0.1));
        assertTrue(DType.FLOAT64.represents(0.1));
        assertTrue(DType.BFLOAT16.represents(Double.NaN));
        assertArrayEquals(
                new double[] {65504.0, 0x1.fep127, Float.MAX_VALUE, Double.MAX_VALUE},
                new double[] {
                    DType.FLOAT16.maxFinite(),
                    DType.BFLOAT16.maxFinite(),
                    DType.FLOAT32.maxFinite(),
                    DType.FLOAT64.maxFinite()
                },
                0.0);
    }
}
