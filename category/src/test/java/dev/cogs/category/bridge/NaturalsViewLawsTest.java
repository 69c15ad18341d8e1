package dev.cogs.category.bridge;

import dev.cogs.algebra.Semirings;
import org.quicktheories.core.Gen;

/** The one-object view law suite on an exact carrier: (ℕ, ×, 1). */
class NaturalsViewLawsTest implements OneObjectViewLaws<Long> {
    @Override
    public OneObjectView<Long> view() {
        return AlgebraBridge.view(Semirings.naturals());
    }

    @Override
    public Gen<Long> morphisms() {
        return org.quicktheories.generators.SourceDSL.longs().between(0, 1_000_000);
    }
}
