package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.Fields;
import dev.cogs.algebra.Homomorphism;
import dev.cogs.testkit.algebra.HomomorphismLaws;
import dev.cogs.testkit.weights.WeightGenerators;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/**
 * The shared homomorphism law suite on the three sum-potential types of docs/cogs-math.md §3.1
 * (check docs/cogs-math.md §11.A.3), over d = 5 with random nets of order 0..4; target equality is
 * {@link Fields#complex()}'s (absolute 1e-9 or relative 1e-12; values stay below 10²).
 */
class SumPotentialLawsTest {

    /** The suite for one potential. */
    abstract static class Of implements HomomorphismLaws<FourierNet, Complex> {

        abstract SumPotential potential();

        @Override
        public Homomorphism<FourierNet, Complex> homomorphism() {
            return potential().asHomomorphism();
        }

        @Override
        public Gen<FourierNet> sources() {
            return WeightGenerators.net(5, 4);
        }

        @Override
        public BiPredicate<Complex, Complex> same() {
            return Fields.complex()::equivalent;
        }

        @Override
        public int examples() {
            return 200;
        }
    }

    @Nested
    class Abc extends Of {
        @Override
        SumPotential potential() {
            return SumPotentials.abc(5, 1, 3, 2);
        }
    }

    @Nested
    class Aac extends Of {
        @Override
        SumPotential potential() {
            return SumPotentials.ppc(Part.A, 5, 2, 3, 2);
        }
    }

    @Nested
    class Bbc extends Of {
        @Override
        SumPotential potential() {
            return SumPotentials.ppc(Part.B, 5, 4, 4, 1);
        }
    }
}
