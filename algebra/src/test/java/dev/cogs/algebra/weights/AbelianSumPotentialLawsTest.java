package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.Fields;
import dev.cogs.algebra.Homomorphism;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.testkit.algebra.HomomorphismLaws;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/**
 * The shared homomorphism law suite on sum potentials over the acceptance groups of issue 14 (check
 * docs/cogs-math.md §11.A.3 over G, docs/cogs-math.md §14.2): the abc and both ppc types at
 * characters whose sum involves the group law (χ₁χ₂ ≠ χ), random nets of order 0..4; target
 * equality is {@link Fields#complex()}'s (absolute 1e-9 or relative 1e-12; values stay below 10²).
 */
class AbelianSumPotentialLawsTest {

    /** The suite for one potential. */
    abstract static class Of implements HomomorphismLaws<GroupNet, Complex> {

        abstract String group();

        abstract AbelianSumPotential potential(CharacterGroup ch);

        @Override
        public Homomorphism<GroupNet, Complex> homomorphism() {
            return potential(AbelianGenerators.characters(group())).asHomomorphism();
        }

        @Override
        public Gen<GroupNet> sources() {
            return AbelianGenerators.net(homomorphism().source().one().characters(), 4);
        }

        @Override
        public BiPredicate<Complex, Complex> same() {
            return Fields.complex()::equivalent;
        }

        @Override
        public int examples() {
            return 80;
        }
    }

    @Nested
    class AbcZ5xZ5 extends Of {
        @Override
        String group() {
            return "Z5xZ5";
        }

        @Override
        AbelianSumPotential potential(CharacterGroup ch) {
            return AbelianSumPotentials.abc(
                    ch, ch.character(1, 2), ch.character(3, 1), ch.character(4, 3));
        }
    }

    @Nested
    class AacZ3xZ5 extends Of {
        @Override
        String group() {
            return "Z3xZ5";
        }

        @Override
        AbelianSumPotential potential(CharacterGroup ch) {
            return AbelianSumPotentials.ppc(Part.A, ch, 7, ch.conjugate(7), 7);
        }
    }

    @Nested
    class BbcZ3xZ3xZ3 extends Of {
        @Override
        String group() {
            return "Z3xZ3xZ3";
        }

        @Override
        AbelianSumPotential potential(CharacterGroup ch) {
            return AbelianSumPotentials.ppc(
                    Part.B,
                    ch,
                    ch.character(1, 0, 2),
                    ch.character(1, 0, 2),
                    ch.character(2, 0, 1));
        }
    }

    @Nested
    class AbcZ7xZ11 extends Of {
        @Override
        String group() {
            return "Z7xZ11";
        }

        @Override
        AbelianSumPotential potential(CharacterGroup ch) {
            return AbelianSumPotentials.abc(ch, 5, 40, 45);
        }
    }
}
