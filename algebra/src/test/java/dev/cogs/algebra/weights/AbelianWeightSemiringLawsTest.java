package dev.cogs.algebra.weights;

import dev.cogs.testkit.algebra.SemiringLaws;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Nested;
import org.quicktheories.core.Gen;

/**
 * The shared semiring law suite on the weight semiring over the acceptance groups of issue 14
 * (docs/cogs-math.md §14.1) and one even group: random nets of order 0..3, full-precision
 * coefficients in [-1, 1]², compared by {@link AbelianWeightSemiring#equivalent} (node permutation,
 * relative tolerance 1e-9; products round to a few ulps).
 */
class AbelianWeightSemiringLawsTest {

    /** The suite over one group. */
    abstract static class Over implements SemiringLaws<GroupNet> {

        abstract String group();

        @Override
        public AbelianWeightSemiring semiring() {
            return AbelianWeightSemiring.over(AbelianGenerators.characters(group()));
        }

        @Override
        public Gen<GroupNet> elements() {
            return AbelianGenerators.net(semiring().characters(), 3);
        }

        @Override
        public BiPredicate<GroupNet, GroupNet> same() {
            return semiring()::equivalent;
        }

        @Override
        public int examples() {
            return 60;
        }
    }

    @Nested
    class Z5xZ5 extends Over {
        @Override
        String group() {
            return "Z5xZ5";
        }
    }

    @Nested
    class Z3xZ5 extends Over {
        @Override
        String group() {
            return "Z3xZ5";
        }
    }

    @Nested
    class Z3xZ3xZ3 extends Over {
        @Override
        String group() {
            return "Z3xZ3xZ3";
        }
    }

    @Nested
    class Z7xZ11 extends Over {
        @Override
        String group() {
            return "Z7xZ11";
        }
    }

    @Nested
    class Z2xZ6 extends Over {
        @Override
        String group() {
            return "Z2xZ6";
        }
    }
}
