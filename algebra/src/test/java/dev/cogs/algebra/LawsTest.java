package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The main-code law checker against deliberately broken structures: the exact failures and
 * witnesses.
 */
class LawsTest {

    private static final Semiring<Long> SUBTRACTION = BrokenStructures.subtraction();

    /** (min, +) with the wrong zero 0.0 instead of +∞. */
    private static final Semiring<Double> WRONG_ZERO =
            new Semiring<>() {
                private final Semiring<Double> s = Semirings.minPlus();

                @Override
                public Double zero() {
                    return 0.0;
                }

                @Override
                public Double one() {
                    return s.one();
                }

                @Override
                public Double add(Double a, Double b) {
                    return s.add(a, b);
                }

                @Override
                public Double multiply(Double a, Double b) {
                    return s.multiply(a, b);
                }

                @Override
                public boolean equivalent(Double a, Double b) {
                    return s.equivalent(a, b);
                }
            };

    @Test
    void subtractionFailsExactlyAssociativityCommutativityAndLeftIdentity() {
        List<LawFailure<Long>> failures = Laws.semiringFailures(SUBTRACTION, List.of(1L, 2L, 3L));
        Set<Law> laws =
                failures.stream()
                        .map(LawFailure::law)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Law.class)));
        assertEquals(
                EnumSet.of(Law.ADD_ASSOCIATIVE, Law.ADD_COMMUTATIVE, Law.ADD_LEFT_IDENTITY), laws);
        // first witness in row-major order: (1 - 1) - 1 = -1 vs 1 - (1 - 1) = 1
        assertEquals(
                new LawFailure<>(Law.ADD_ASSOCIATIVE, List.of(1L, 1L, 1L), -1L, 1L),
                failures.get(0));
        // every triple fails associativity unless c = 0 (never here): 27 failures
        assertEquals(27, failures.stream().filter(f -> f.law() == Law.ADD_ASSOCIATIVE).count());
        // commutativity fails on the 6 ordered pairs with a != b
        assertEquals(6, failures.stream().filter(f -> f.law() == Law.ADD_COMMUTATIVE).count());
        // 0 - a = -a != a for every sample
        assertEquals(
                List.of(
                        new LawFailure<>(Law.ADD_LEFT_IDENTITY, List.of(1L), -1L, 1L),
                        new LawFailure<>(Law.ADD_LEFT_IDENTITY, List.of(2L), -2L, 2L),
                        new LawFailure<>(Law.ADD_LEFT_IDENTITY, List.of(3L), -3L, 3L)),
                failures.stream()
                        .filter(f -> f.law() == Law.ADD_LEFT_IDENTITY)
                        .collect(Collectors.toList()));
        assertTrue(
                failures.get(0)
                        .toString()
                        .contains("(a + b) + c = a + (b + c) fails for a = 1, b = 1, c = 1"),
                failures.get(0).toString());
    }

    @Test
    void wrongZeroFailsIdentityAndAnnihilationWithWitnesses() {
        List<LawFailure<Double>> failures = Laws.semiringFailures(WRONG_ZERO, List.of(-1.0, 2.0));
        // min(0, a) = a fails for a = 2 only; 0 + a = a (tropical product) is not 0 for both
        // samples.
        assertEquals(
                List.of(
                        new LawFailure<>(Law.ADD_LEFT_IDENTITY, List.of(2.0), 0.0, 2.0),
                        new LawFailure<>(Law.ADD_RIGHT_IDENTITY, List.of(2.0), 0.0, 2.0),
                        new LawFailure<>(Law.LEFT_ANNIHILATION, List.of(-1.0), -1.0, 0.0),
                        new LawFailure<>(Law.LEFT_ANNIHILATION, List.of(2.0), 2.0, 0.0),
                        new LawFailure<>(Law.RIGHT_ANNIHILATION, List.of(-1.0), -1.0, 0.0),
                        new LawFailure<>(Law.RIGHT_ANNIHILATION, List.of(2.0), 2.0, 0.0)),
                failures);
    }

    @Test
    void checkedFactoryListsTheFailures() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Laws.requireSemiring(SUBTRACTION, List.of(1L, 2L)));
        assertTrue(
                e.getMessage().contains("(Z, -, *) is not a semiring")
                        && e.getMessage().contains("a = 1"),
                e.getMessage());
        Semiring<Long> n = Semirings.naturals();
        assertSame(n, Laws.requireSemiring(n, List.of(0L, 1L, 2L)));
    }

    @Test
    void ringAndFieldChecksCatchMissingInverses() {
        // Z with a wrong negation (identity) fails a + (-a) = 0 for every non-zero a.
        Ring<Long> badNegation =
                new Ring<>() {
                    @Override
                    public Long negate(Long a) {
                        return a;
                    }

                    @Override
                    public Long zero() {
                        return 0L;
                    }

                    @Override
                    public Long one() {
                        return 1L;
                    }

                    @Override
                    public Long add(Long a, Long b) {
                        return a + b;
                    }

                    @Override
                    public Long multiply(Long a, Long b) {
                        return a * b;
                    }
                };
        assertEquals(
                List.of(new LawFailure<>(Law.ADDITIVE_INVERSE, List.of(3L), 6L, 0L)),
                Laws.ringFailures(badNegation, List.of(0L, 3L)));
        assertEquals(List.of(), Laws.fieldFailures(Fields.reals(), List.of(0.0, 2.0, -0.5)));
    }

    @Test
    void witnessesMustMatchTheLawsArity() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new LawFailure<>(Law.ADD_COMMUTATIVE, List.of(1L), 1L, 2L));
        assertEquals(3, Law.LEFT_DISTRIBUTIVE.arity());
    }

    @Test
    void isSemiringAgreesWithTheFailureList() {
        assertTrue(Laws.isSemiring(Semirings.naturals(), List.of(0L, 1L, 2L, 7L)));
        assertTrue(!Laws.isSemiring(SUBTRACTION, List.of(1L, 2L, 3L)));
        assertTrue(!Laws.isSemiring(WRONG_ZERO, List.of(-1.0, 2.0)));
    }
}
