package dev.cogs.testkit.category;

import dev.cogs.category.sets.NaturalTransformation;
import org.quicktheories.core.Gen;

/**
 * The natural-transformation laws on random transformations F ⇒ F/~ between presheaves on tiny
 * categories.
 */
class NaturalTransformationLawsTest implements NaturalTransformationLaws {

    @Override
    public Gen<NaturalTransformation> transformations() {
        return Presheaves.transformations().map(Presheaves.TransformationRecipe::build);
    }

    @Override
    public int examples() {
        return 100;
    }
}
