package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.DoubleCandidates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Complex}: bit-for-bit agreement with Apache Commons Math 3.6.1 {@code Complex} (the class
 * it replaces in every public signature, whose results the project's reports were produced with),
 * then the field-like identities as properties with stated tolerances.
 */
class ComplexTest {

    /** The same number as a Commons Math {@code Complex}. */
    private static org.apache.commons.math3.complex.Complex cm(Complex z) {
        return new org.apache.commons.math3.complex.Complex(z.re(), z.im());
    }

    /**
     * Parts where the formulas branch or overflow: the {@link DoubleCandidates} and a few ordinary
     * values.
     */
    private static final List<Double> EDGE_PARTS;

    static {
        List<Double> parts = new ArrayList<>(DoubleCandidates.ALL);
        parts.addAll(
                List.of(1.0, -1.0, 0.5, -2.0, 3.0, Math.PI, 1e-300, -1e300, 1e154, -1e-160, 0.1));
        EDGE_PARTS = List.copyOf(parts);
    }

    private static List<Complex> edgeValues() {
        List<Complex> out = new ArrayList<>();
        for (double re : EDGE_PARTS) {
            for (double im : EDGE_PARTS) {
                out.add(Complex.of(re, im));
            }
        }
        return out;
    }

    /**
     * A fixed-seed stream of parts: half uniform in [-4, 4], a quarter of any bit pattern (all
     * exponents, subnormals, infinities and NaN payloads), a quarter from the edge list.
     */
    private static double randomPart(SplittableRandom rnd) {
        int kind = rnd.nextInt(4);
        if (kind < 2) {
            return rnd.nextDouble(-4, 4);
        }
        if (kind == 2) {
            return Double.longBitsToDouble(rnd.nextLong());
        }
        return EDGE_PARTS.get(rnd.nextInt(EDGE_PARTS.size()));
    }

    private static Complex randomComplex(SplittableRandom rnd) {
        return Complex.of(randomPart(rnd), randomPart(rnd));
    }

    private static void assertBits(String op, double ours, double theirs, Object... inputs) {
        if (Double.doubleToRawLongBits(ours) != Double.doubleToRawLongBits(theirs)) {
            fail(
                    String.format(
                            Locale.ROOT,
                            "%s%s: ours %s (0x%016x), commons-math3 %s (0x%016x)",
                            op,
                            List.of(inputs),
                            ours,
                            Double.doubleToRawLongBits(ours),
                            theirs,
                            Double.doubleToRawLongBits(theirs)));
        }
    }

    private static void assertBits(
            String op,
            Complex ours,
            org.apache.commons.math3.complex.Complex theirs,
            Object... inputs) {
        assertBits(op + ".re", ours.re(), theirs.getReal(), inputs);
        assertBits(op + ".im", ours.im(), theirs.getImaginary(), inputs);
    }

    private static void checkUnary(Complex z) {
        org.apache.commons.math3.complex.Complex c = cm(z);
        assertBits("abs", z.abs(), c.abs(), z);
        assertBits("arg", z.arg(), c.getArgument(), z);
        assertBits("negate", z.negate(), c.negate(), z);
        assertBits("conjugate", z.conjugate(), c.conjugate(), z);
        assertBits("reciprocal", z.reciprocal(), c.reciprocal(), z);
        assertBits("exp", z.exp(), c.exp(), z);
        assertBits("log", z.log(), c.log(), z);
        assertEquals(c.toString(), z.toString());
    }

    private static void checkBinary(Complex a, Complex b) {
        org.apache.commons.math3.complex.Complex ca = cm(a);
        org.apache.commons.math3.complex.Complex cb = cm(b);
        assertBits("add", a.add(b), ca.add(cb), a, b);
        assertBits("subtract", a.subtract(b), ca.subtract(cb), a, b);
        assertBits("multiply", a.multiply(b), ca.multiply(cb), a, b);
        assertBits("divide", a.divide(b), ca.divide(cb), a, b);
    }

    private static void checkWithReal(Complex a, double x) {
        org.apache.commons.math3.complex.Complex ca = cm(a);
        assertBits("subtract(double)", a.subtract(x), ca.subtract(x), a, x);
        assertBits("multiply(double)", a.multiply(x), ca.multiply(x), a, x);
        assertBits("divide(double)", a.divide(x), ca.divide(x), a, x);
        assertBits("pow(double)", a.pow(x), ca.pow(x), a, x);
    }

    @Test
    void everyOperationMatchesCommonsMathBitForBitOnEdgeValues() {
        List<Complex> values = edgeValues();
        for (Complex a : values) {
            checkUnary(a);
            for (double x : EDGE_PARTS) {
                checkWithReal(a, x);
            }
            for (Complex b : values) {
                checkBinary(a, b);
            }
        }
    }

    @Test
    void everyOperationMatchesCommonsMathBitForBitOnRandomValues() {
        // Fixed seed: a differential test against a reference library must be reproducible
        // (CONTRIBUTING.md, "How tests are written").
        SplittableRandom rnd = new SplittableRandom(0x5EED_C0DEL);
        for (int i = 0; i < 200_000; i++) {
            Complex a = randomComplex(rnd);
            checkUnary(a);
            checkBinary(a, randomComplex(rnd));
            checkWithReal(a, randomPart(rnd));
        }
    }

    @Test
    void integerArgumentsWidenToTheDoubleOverloadsLikeCommonsMath() {
        // Commons Math has multiply(int); callers such as z.multiply(2) now reach multiply(double).
        SplittableRandom rnd = new SplittableRandom(17);
        for (int i = 0; i < 10_000; i++) {
            Complex a = randomComplex(rnd);
            int n = rnd.nextInt(-5, 6);
            assertBits("multiply(int)", a.multiply(n), cm(a).multiply(n), a, n);
        }
    }

    @Test
    void constantsAndFactories() {
        assertEquals(Complex.of(0.0, 0.0), Complex.ZERO);
        assertEquals(Complex.of(1.0, 0.0), Complex.ONE);
        assertEquals(Complex.of(0.0, 1.0), Complex.I);
        assertBits(
                "I^2",
                Complex.I.multiply(Complex.I),
                org.apache.commons.math3.complex.Complex.I.multiply(
                        org.apache.commons.math3.complex.Complex.I));
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 1_000; i++) {
            double r = rnd.nextDouble(-10, 10);
            double t = rnd.nextDouble(-10, 10);
            // polar is defined with java.lang.Math (not FastMath), exactly as the callers wrote it
            // before.
            assertEquals(Complex.of(r * Math.cos(t), r * Math.sin(t)), Complex.polar(r, t));
            assertEquals(Complex.of(Math.cos(t), Math.sin(t)), Complex.polar(1, t));
        }
    }

    @Test
    void equalsIsExactAndHashCodeIsConsistent() {
        Complex a = Complex.of(1.5, -2.25);
        assertEquals(a, Complex.of(1.5, -2.25));
        assertEquals(a.hashCode(), Complex.of(1.5, -2.25).hashCode());
        assertNotEquals(a, Complex.of(1.5, Math.nextUp(-2.25)));
        assertNotEquals(Complex.of(0.0, 0.0), Complex.of(-0.0, 0.0));
        assertNotEquals(Complex.of(0.0, 0.0), Complex.of(0.0, -0.0));
        assertEquals(Complex.of(Double.NaN, 1), Complex.of(Double.NaN, 1));
        assertNotEquals(Complex.of(Double.NaN, 1), Complex.of(1, Double.NaN));
        assertNotEquals(a, null);
        assertNotEquals(a, "(1.5, -2.25)");
        assertEquals("(1.5, -2.25)", a.toString());
    }

    @Test
    void nullOperandsAreRefusedWithTheirName() {
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> Complex.ONE.add(null));
        assertEquals("other", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Complex.ONE.divide((Complex) null));
        assertEquals("divisor", e.getMessage());
        assertThrows(NullPointerException.class, () -> Complex.ONE.subtract((Complex) null));
        assertThrows(NullPointerException.class, () -> Complex.ONE.multiply((Complex) null));
    }

    @Test
    void documentedNonFiniteResults() {
        Complex nan = Complex.of(Double.NaN, Double.NaN);
        Complex inf = Complex.of(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        assertEquals(nan, Complex.of(Double.NaN, 0).add(Complex.ONE));
        assertEquals(nan, Complex.ONE.divide(Complex.of(-0.0, 0.0)));
        assertEquals(nan, Complex.ONE.divide(0.0));
        assertEquals(inf, Complex.of(0.0, -0.0).reciprocal());
        assertEquals(inf, Complex.of(Double.NEGATIVE_INFINITY, 0).multiply(Complex.ONE));
        assertEquals(inf, Complex.ZERO.multiply(Double.POSITIVE_INFINITY));
        assertEquals(Complex.ZERO, Complex.ONE.divide(Complex.of(0, Double.NEGATIVE_INFINITY)));
        assertEquals(Complex.ZERO, Complex.of(3, 4).divide(Double.NEGATIVE_INFINITY));
        assertEquals(Complex.ZERO, Complex.of(Double.POSITIVE_INFINITY, 1).reciprocal());
        assertTrue(
                Double.isNaN(Complex.of(Double.NEGATIVE_INFINITY, Double.NaN).abs()),
                "NaN wins over infinity");
        assertEquals(Double.POSITIVE_INFINITY, Complex.of(1, Double.NEGATIVE_INFINITY).abs());
        assertEquals(Complex.of(Double.NEGATIVE_INFINITY, 0.0), Complex.ZERO.log());
        assertEquals(nan, Complex.ZERO.pow(2.0));
        assertEquals(
                Complex.of(Double.POSITIVE_INFINITY, Double.NaN),
                Complex.of(Double.POSITIVE_INFINITY, 0).exp());
        assertEquals(nan, Complex.of(0, Double.POSITIVE_INFINITY).exp());
        assertEquals(Math.PI / 4, inf.arg(), 1e-15);
    }

    @Test
    void absIsTheScaledFormulaNotHypot() {
        // 3-4-5 is exact either way; closed forms for the branch where one part is 0.
        assertEquals(5.0, Complex.of(3, 4).abs());
        assertEquals(5.0, Complex.of(-4, 3).abs());
        assertEquals(2.0, Complex.of(0.0, -2.0).abs());
        assertEquals(2.0, Complex.of(-2.0, 0.0).abs());
        // No overflow of the squares: |(1e300, 1e300)| = √2·1e300.
        assertEquals(Math.sqrt(2) * 1e300, Complex.of(1e300, 1e300).abs(), 1e285);
        // No underflow either: |(3e-320, 4e-320)| = 5e-320 (subnormal, to within its spacing).
        assertEquals(5e-320, Complex.of(3e-320, 4e-320).abs(), Double.MIN_VALUE * 2);
    }

    // ---- properties (QuickTheories), tolerances stated per law ----

    /** Parts in [-1e3, 1e3] at full precision, with 0, 1 and i mixed in. */
    private static Gen<Complex> bounded() {
        return AlgebraGens.complex(1e3).mix(Generate.constant(Complex.I), 5);
    }

    /** Moduli in [1e-3, 1e3], arguments over the whole circle. */
    private static Gen<Complex> nonZero() {
        return AlgebraGens.doublesIn(-3, 3)
                .zip(
                        AlgebraGens.doublesIn(-Math.PI, Math.PI),
                        (e, t) -> Complex.polar(Math.pow(10, e), t));
    }

    private static boolean close(Tolerance t, Complex a, Complex b) {
        return t.test(a, b);
    }

    @Test
    void additionAndMultiplicationCommuteExactly() {
        // IEEE + and × are commutative, and so are the two-term sums of the product formula.
        qt().forAll(bounded(), bounded())
                .check((a, b) -> a.add(b).equals(b.add(a)) && a.multiply(b).equals(b.multiply(a)));
    }

    @Test
    void conjugationIsAnExactAutomorphism() {
        // conj(ab) = conj(a)conj(b) and conj(a + b) = conj(a) + conj(b): negation is exact, so the
        // parts are
        // numerically equal (the sign of a zero part may differ, hence == rather than equals).
        Tolerance t = Tolerance.exact();
        qt().forAll(bounded(), bounded())
                .check(
                        (a, b) ->
                                close(
                                                t,
                                                a.multiply(b).conjugate(),
                                                a.conjugate().multiply(b.conjugate()))
                                        && close(
                                                t,
                                                a.add(b).conjugate(),
                                                a.conjugate().add(b.conjugate())));
    }

    @Test
    void subtractionUndoesAddition() {
        // (a + b) - b rounds twice: |error| ≤ 2 ulp(max part) ≤ 2·2^-52·2e3, absolute 1e-12 is
        // ample.
        Tolerance t = Tolerance.absolute(1e-12);
        qt().forAll(bounded(), bounded())
                .check((a, b) -> close(t, a.add(b).subtract(b), a) && a.subtract(a).abs() == 0.0);
    }

    @Test
    void multiplicationDistributesOverAddition() {
        // Error a few 2^-53 |a|(|b| + |c|) ≤ 4·1.1e-16·1.5e3·3e3 ≈ 2e-9 absolute; relative 1e-12
        // for the rest.
        Tolerance t = Tolerance.absoluteOrRelative(1e-8, 1e-12);
        qt().forAll(bounded(), bounded(), bounded())
                .check(
                        (a, b, c) ->
                                close(t, a.multiply(b.add(c)), a.multiply(b).add(a.multiply(c))));
    }

    @Test
    void multiplicationIsAssociative() {
        // Products do not cancel in modulus: relative 1e-12 of the larger modulus.
        Tolerance t = Tolerance.relative(1e-12).or(Tolerance.absolute(1e-300));
        qt().forAll(nonZero(), nonZero(), nonZero())
                .check((a, b, c) -> close(t, a.multiply(b).multiply(c), a.multiply(b.multiply(c))));
    }

    @Test
    void divisionInvertsMultiplication() {
        // Smith's algorithm: a few ulps relative to |a|.
        Tolerance t = Tolerance.relative(1e-14);
        qt().forAll(nonZero(), nonZero())
                .check(
                        (a, b) ->
                                close(t, a.divide(b).multiply(b), a)
                                        && close(t, a.multiply(b).divide(b), a)
                                        && close(t, a.multiply(a.reciprocal()), Complex.ONE)
                                        && close(t, Complex.ONE.divide(a), a.reciprocal()));
    }

    @Test
    void modulusIsMultiplicativeAndPolarFormRoundTrips() {
        Tolerance rel = Tolerance.relative(1e-14);
        qt().forAll(nonZero(), nonZero())
                .check(
                        (a, b) ->
                                rel.test(a.multiply(b).abs(), a.abs() * b.abs())
                                        && rel.test(a.conjugate().abs(), a.abs())
                                        && close(rel, Complex.polar(a.abs(), a.arg()), a));
    }

    @Test
    void polarRoundTripsThroughAbsAndArg() {
        // Angles away from ±π, where arg jumps; |error| of atan2 and the formula: a few ulps.
        Tolerance t = Tolerance.absoluteOrRelative(1e-15, 1e-14);
        qt().forAll(AlgebraGens.doublesIn(1e-3, 1e3), AlgebraGens.doublesIn(-3.1, 3.1))
                .check(
                        (r, theta) -> {
                            Complex z = Complex.polar(r, theta);
                            return t.test(z.abs(), r) && t.test(z.arg(), theta);
                        });
    }

    @Test
    void exponentialIsAHomomorphismAndLogItsInverse() {
        // Parts in [-5, 5]: e^a up to e^10, relative error a few ulps of the moduli.
        Gen<Complex> small = AlgebraGens.complex(5);
        Tolerance t = Tolerance.relative(1e-13).or(Tolerance.absolute(1e-15));
        qt().forAll(small, small)
                .check((a, b) -> close(t, a.add(b).exp(), a.exp().multiply(b.exp())));
        qt().forAll(nonZero()).check(z -> close(t, z.log().exp(), z));
    }

    @Test
    void powAgreesWithRepeatedMultiplication() {
        Tolerance t = Tolerance.relative(1e-12);
        qt().forAll(nonZero())
                .check(
                        z ->
                                close(t, z.pow(2.0), z.multiply(z))
                                        && close(t, z.pow(-1.0), z.reciprocal())
                                        && close(t, z.pow(3.0), z.multiply(z).multiply(z)));
    }

    @Test
    void negationAndConjugationAreInvolutionsAndOneIsNeutral() {
        qt().forAll(bounded())
                .check(
                        z ->
                                z.negate().negate().equals(z)
                                        && z.conjugate().conjugate().equals(z)
                                        && z.multiply(1.0).equals(z)
                                        && z.divide(1.0).equals(z));
    }
}
