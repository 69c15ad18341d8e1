package dev.cogs.rgflow.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/** Tolerance assertions and seeded generators for the flow tests. */
final class FlowTol {
    private FlowTol() {
    }

    static void close(double expected, double actual, double rel, double abs, String what) {
        double err = Math.abs(actual - expected);
        assertTrue(err <= rel * Math.abs(expected) + abs, String.format(Locale.ROOT,
                "%s: expected %.15g, got %.15g (error %.3g, rel tol %.1g, abs tol %.1g)", what, expected, actual,
                err, rel, abs));
    }

    static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }
}
