package dev.cogs.rgflow.flow;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/** Seeded generators for the flow tests. */
final class FlowFixtures {
    private FlowFixtures() {}

    static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }
}
