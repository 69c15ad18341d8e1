package dev.cogs.testkit.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.rgflow.ot.EmpiricalMeasure;
import org.junit.jupiter.api.Test;

/** Cloud recipes build probability measures of the stated shape, the same for the same seed. */
class PointCloudsTest {

    @Test
    void recipesBuildProbabilityMeasures() {
        qt().withExamples(200)
                .forAll(PointClouds.clouds(20, 3))
                .checkAssert(
                        r -> {
                            EmpiricalMeasure m = r.build();
                            assertEquals(r.n(), m.size(), r.toString());
                            assertEquals(3, m.dimension(), r.toString());
                            // n weights of size O(1/n) summed: 1e-12 absolute covers the rounding
                            assertEquals(1.0, m.mass(), 1e-12, r.toString());
                            assertEquals(m, r.build(), "same seed, same measure");
                            if (r.uniform()) {
                                for (double w : m.weights()) {
                                    assertEquals(1.0 / r.n(), w, 0.0);
                                }
                            } else {
                                for (double w : m.weights()) {
                                    assertTrue(w >= 0, r.toString());
                                }
                            }
                        });
    }
}
