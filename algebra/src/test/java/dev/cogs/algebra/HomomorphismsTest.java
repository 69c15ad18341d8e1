package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.HomomorphismLaws;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class HomomorphismsTest {

    /** Reduction Z → Z_12, a ↦ a mod 12 (floor), is a ring homomorphism. */
    @Nested
    class ReductionMod12 implements HomomorphismLaws<Long, Integer> {
        @Override
        public Homomorphism<Long, Integer> homomorphism() {
            return reduction(12);
        }

        @Override
        public Gen<Long> sources() {
            return AlgebraGens.integersIn(1L << 30);
        }
    }

    /** The support map N → B, n ↦ [n ≠ 0], is a semiring homomorphism (N has no zero divisors). */
    @Nested
    class Support implements HomomorphismLaws<Long, Boolean> {
        @Override
        public Homomorphism<Long, Boolean> homomorphism() {
            return Homomorphism.of("supp", Semirings.naturals(), Semirings.booleans(), n -> n != 0);
        }

        @Override
        public Gen<Long> sources() {
            return AlgebraGens.naturals(1L << 30);
        }
    }

    /**
     * The character χ_1: Z_7 → ℂ, a ↦ ω^a is multiplicative on the additive group but not a ring
     * map; here the ring map is the inclusion R → C, x ↦ x + 0i, checked with the complex field's
     * tolerance (1e-12 relative, 1e-9 absolute: inclusion is exact except for the arithmetic on
     * each side, operands at most 1e3).
     */
    @Nested
    class RealsIntoComplex implements HomomorphismLaws<Double, Complex> {
        @Override
        public Homomorphism<Double, Complex> homomorphism() {
            return Homomorphism.of("incl", Fields.reals(), Fields.complex(), x -> Complex.of(x, 0));
        }

        @Override
        public Gen<Double> sources() {
            return AlgebraGens.doublesIn(-1e3, 1e3);
        }

        @Override
        public BiPredicate<Complex, Complex> same() {
            return Tolerance.absoluteOrRelative(1e-9, 1e-12)::test;
        }
    }

    static Homomorphism<Long, Integer> reduction(int n) {
        return Homomorphism.of(
                "mod " + n, Rings.integers(), Rings.integersMod(n), a -> Math.floorMod(a, n));
    }

    @Test
    void successorIsCaughtWithExactWitnesses() {
        Homomorphism<Long, Long> succ =
                Homomorphism.of("x+1", Semirings.naturals(), Semirings.naturals(), x -> x + 1);
        List<HomomorphismFailure<Long, Long>> failures =
                Homomorphisms.failures(succ, List.of(2L, 3L));
        assertEquals(
                List.of(
                        new HomomorphismFailure.ZeroNotPreserved<>(1L, 0L),
                        new HomomorphismFailure.OneNotPreserved<>(2L, 1L),
                        new HomomorphismFailure.PlusNotPreserved<>(2L, 2L, 5L, 6L),
                        new HomomorphismFailure.TimesNotPreserved<>(2L, 2L, 5L, 9L),
                        new HomomorphismFailure.PlusNotPreserved<>(2L, 3L, 6L, 7L),
                        new HomomorphismFailure.TimesNotPreserved<>(2L, 3L, 7L, 12L),
                        new HomomorphismFailure.PlusNotPreserved<>(3L, 2L, 6L, 7L),
                        new HomomorphismFailure.TimesNotPreserved<>(3L, 2L, 7L, 12L),
                        new HomomorphismFailure.PlusNotPreserved<>(3L, 3L, 7L, 8L),
                        new HomomorphismFailure.TimesNotPreserved<>(3L, 3L, 10L, 16L)),
                failures);
        assertFalse(Homomorphisms.isHomomorphism(succ, List.of()));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Homomorphisms.requireHomomorphism(succ, List.of(2L)));
        assertTrue(
                e.getMessage().contains("x+1 is not a homomorphism: 4 failure(s)"), e.getMessage());
        Homomorphism<Long, Integer> mod3 = reduction(3);
        assertEquals(mod3, Homomorphisms.requireHomomorphism(mod3, List.of(-4L, 0L, 7L)));
        assertEquals("h(a + b) = h(a) + h(b)", failures.get(2).law());
    }

    @Test
    void squaringIsMultiplicativeButNotAdditive() {
        Homomorphism<Long, Long> square =
                Homomorphism.of("x^2", Semirings.naturals(), Semirings.naturals(), x -> x * x);
        List<Long> samples = List.of(0L, 1L, 2L, 5L);
        assertEquals(List.of(), Homomorphisms.multiplicativeFailures(square, samples));
        List<HomomorphismFailure<Long, Long>> failures = Homomorphisms.failures(square, samples);
        assertFalse(failures.isEmpty());
        assertTrue(
                failures.stream().allMatch(f -> f instanceof HomomorphismFailure.PlusNotPreserved),
                failures::toString);
        // (1 + 1)^2 = 4 but 1^2 + 1^2 = 2
        assertTrue(failures.contains(new HomomorphismFailure.PlusNotPreserved<>(1L, 1L, 4L, 2L)));
    }

    @Test
    void composeIsGAfterFAndAndThenIsFThenG() {
        Homomorphism<Long, Integer> mod6 = reduction(6);
        Homomorphism<Integer, Integer> mod6to3 =
                Homomorphism.of("mod 3", Rings.integersMod(6), Rings.integersMod(3), a -> a % 3);
        Homomorphism<Long, Integer> composite = Homomorphisms.compose(mod6to3, mod6);
        assertEquals("mod 3∘mod 6", composite.name());
        assertEquals(Rings.integers(), composite.source());
        assertEquals(Rings.integersMod(3), composite.target());
        qt().forAll(AlgebraGens.integersIn(1L << 40))
                .checkAssert(
                        a ->
                                assertEquals(
                                        Math.floorMod(a, 3),
                                        (long) composite.apply(a),
                                        () -> "a = " + a));
        assertEquals(
                List.of(), Homomorphisms.failures(composite, List.of(-7L, -1L, 0L, 1L, 5L, 12L)));
        assertEquals(composite.apply(17L), mod6.andThen(mod6to3).apply(17L));
        Homomorphism<Long, Integer> diagrammatic = Homomorphisms.andThen(mod6, mod6to3);
        assertEquals("mod 3∘mod 6", diagrammatic.name());
        assertEquals(Rings.integersMod(3), diagrammatic.target());
        for (long a = -20; a <= 20; a++) {
            assertEquals(composite.apply(a), diagrammatic.apply(a));
        }
    }

    @Test
    void compositionRefusesMismatchedStructures() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                Homomorphisms.compose(
                                        Homomorphisms.identity(Rings.integersMod(5)),
                                        reduction(6)));
        assertTrue(
                e.getMessage().contains("integersMod(5)")
                        && e.getMessage().contains("integersMod(6)"),
                e.getMessage());
    }

    @Test
    void identityIsAHomomorphismAndAUnitForComposition() {
        Homomorphism<Long, Integer> f = reduction(4);
        List<Long> samples = List.of(-5L, 0L, 3L, 10L);
        assertEquals(
                List.of(),
                Homomorphisms.failures(Homomorphisms.identity(Rings.integers()), samples));
        Homomorphism<Long, Integer> left =
                Homomorphisms.compose(Homomorphisms.identity(Rings.integersMod(4)), f);
        Homomorphism<Long, Integer> right =
                Homomorphisms.compose(f, Homomorphisms.identity(Rings.integers()));
        for (long a : samples) {
            assertEquals(f.apply(a), left.apply(a));
            assertEquals(f.apply(a), right.apply(a));
        }
    }

    @Test
    void nullImagesAndArgumentsAreRefused() {
        Homomorphism<Long, Long> bad =
                Homomorphism.of("null", Semirings.naturals(), Semirings.naturals(), x -> null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> bad.apply(1L));
        assertTrue(e.getMessage().contains("null"), e.getMessage());
        assertThrows(
                NullPointerException.class,
                () -> Homomorphism.of(null, Semirings.naturals(), Semirings.naturals(), x -> x));
    }
}
