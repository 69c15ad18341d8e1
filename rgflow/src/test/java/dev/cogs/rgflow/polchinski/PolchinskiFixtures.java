package dev.cogs.rgflow.polchinski;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/** Seeded generators for the polchinski tests. */
final class PolchinskiFixtures {
    private PolchinskiFixtures() {}

    static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }
}
