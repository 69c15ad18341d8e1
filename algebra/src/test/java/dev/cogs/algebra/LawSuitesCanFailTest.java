package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.testkit.algebra.AlgebraGens;
import dev.cogs.testkit.algebra.HomomorphismLaws;
import dev.cogs.testkit.algebra.RingLaws;
import dev.cogs.testkit.algebra.SemiringLaws;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The reusable law suites must fail, with the counterexample in the message, on broken structures.
 */
class LawSuitesCanFailTest {

    /**
     * Every property here fails; bounded shrinking keeps the failing runs short (the default is
     * 10^6 cycles).
     */
    private static final QuickTheory FAST_FAILING =
            QuickTheory.qt().withExamples(100).withShrinkCycles(200);

    private static final Semiring<Long> SUBTRACTION = BrokenStructures.subtraction();

    private static final SemiringLaws<Long> BROKEN_SUITE =
            new SemiringLaws<>() {
                @Override
                public Semiring<Long> semiring() {
                    return SUBTRACTION;
                }

                @Override
                public Gen<Long> elements() {
                    return Generate.pick(List.of(-2L, 1L, 3L, 100L));
                }

                @Override
                public QuickTheory theory() {
                    return FAST_FAILING;
                }
            };

    @Test
    void semiringSuiteReportsTheLawAndWitnesses() {
        AssertionError e = assertThrows(AssertionError.class, BROKEN_SUITE::additionIsAssociative);
        assertTrue(
                e.getMessage().contains("(a + b) + c = a + (b + c) fails for a = "),
                e.getMessage());
        assertTrue(e.getMessage().contains("lhs = "), e.getMessage());
        assertThrows(AssertionError.class, BROKEN_SUITE::additionIsCommutative);
        assertThrows(AssertionError.class, BROKEN_SUITE::zeroIsAdditiveIdentity);
    }

    @Test
    void homomorphismSuiteCatchesTheSuccessorMap() {
        HomomorphismLaws<Long, Long> suite =
                new HomomorphismLaws<>() {
                    @Override
                    public Homomorphism<Long, Long> homomorphism() {
                        return Homomorphism.of(
                                "x+1", Semirings.naturals(), Semirings.naturals(), x -> x + 1);
                    }

                    @Override
                    public Gen<Long> sources() {
                        return Generate.pick(List.of(0L, 2L, 3L, 1000L));
                    }

                    @Override
                    public QuickTheory theory() {
                        return FAST_FAILING;
                    }
                };
        AssertionError e = assertThrows(AssertionError.class, suite::preservesAddition);
        assertTrue(e.getMessage().contains("h(a + b) = h(a) + h(b) fails"), e.getMessage());
        assertThrows(AssertionError.class, suite::preservesMultiplication);
        assertThrows(AssertionError.class, suite::preservesZero);
        assertThrows(AssertionError.class, suite::preservesOne);
    }

    @Test
    void ringSuiteCatchesAWrongNegation() {
        RingLaws<Integer> suite =
                new RingLaws<>() {
                    @Override
                    public Ring<Integer> semiring() {
                        Ring<Integer> z7 = Rings.integersMod(7);
                        return new Ring<>() {
                            @Override
                            public Integer negate(Integer a) {
                                return a; // wrong unless a = 0
                            }

                            @Override
                            public Integer zero() {
                                return z7.zero();
                            }

                            @Override
                            public Integer one() {
                                return z7.one();
                            }

                            @Override
                            public Integer add(Integer a, Integer b) {
                                return z7.add(a, b);
                            }

                            @Override
                            public Integer multiply(Integer a, Integer b) {
                                return z7.multiply(a, b);
                            }
                        };
                    }

                    @Override
                    public Gen<Integer> elements() {
                        return AlgebraGens.residues(7);
                    }

                    @Override
                    public QuickTheory theory() {
                        return FAST_FAILING;
                    }
                };
        AssertionError e = assertThrows(AssertionError.class, suite::negateIsAdditiveInverse);
        assertTrue(e.getMessage().contains("a + (-a) = 0 fails"), e.getMessage());
    }
}
