package dev.cogs.category.bridge;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.Fields;
import dev.cogs.algebra.Homomorphism;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.SumPotentials;
import dev.cogs.algebra.weights.WeightSemiring;
import dev.cogs.testkit.algebra.HomomorphismLaws;
import java.util.function.BiPredicate;
import org.quicktheories.core.Gen;

/**
 * docs/category.md §3.3: a sum potential as a functor BZ → B(ℂ, ·) that also preserves +, checked
 * with the algebra module's homomorphism law suite on morphisms that are themselves composites
 * z₁∘z₂ in the view.
 */
class SumPotentialFunctorTest implements HomomorphismLaws<FourierNet, Complex> {
    @Override
    public Homomorphism<FourierNet, Complex> homomorphism() {
        return SumPotentials.abc(5, 1, 2, 3).asHomomorphism();
    }

    @Override
    public Gen<FourierNet> sources() {
        OneObjectView<FourierNet> v = AlgebraBridge.view(WeightSemiring.over(5));
        return WeightSemiringViewTest.nets().zip(WeightSemiringViewTest.nets(), v::compose);
    }

    @Override
    public BiPredicate<Complex, Complex> same() {
        return Fields.complex()::equivalent;
    }

    @Override
    public int examples() {
        return 60;
    }
}
