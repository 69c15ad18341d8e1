package dev.cogs.nets.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cogs.nets.run.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepCostModelTest {

    /** Exact times from known coefficients: the fit must recover them (closed form). */
    @Test
    void fitRecoversKnownCoefficients() {
        double a = 0.7;
        double b = 0.05;
        List<StepCostModel.Observation> obs = new ArrayList<>();
        for (int d : new int[] {5, 23, 71}) {
            for (int q : new int[] {16, 512}) {
                TrainingConfig c = TrainingConfig.defaults(d).withQ(q);
                double n = c.trainSize();
                long nanos = Math.round(100 * (a * n * q + b * n * q * d));
                obs.add(new StepCostModel.Observation(c, 100, nanos));
            }
        }
        StepCostModel m = StepCostModel.fit(obs);
        // rounding the times to whole nanoseconds perturbs them by < 1e-6 relative
        assertEquals(a, m.nanosPerElement(), 1e-5 * a);
        assertEquals(b, m.nanosPerProduct(), 1e-5 * b);
        TrainingConfig c = TrainingConfig.defaults(127).withQ(2048);
        double n = c.trainSize();
        assertEquals(
                10_000 * (a * n * 2048 + b * n * 2048 * 127), m.runNanos(c), 1e-4 * m.runNanos(c));
        assertEquals(m.runNanos(c) * 2, m.totalNanos(List.of(c, c)), 1e-6 * m.runNanos(c));
    }

    /** One shape cannot separate the terms: the fixed ratio applies and reproduces that time. */
    @Test
    void oneShapeFallsBackToTheFixedRatio() {
        TrainingConfig c = TrainingConfig.defaults(23);
        StepCostModel m =
                StepCostModel.fit(List.of(new StepCostModel.Observation(c, 10, 20_000_000)));
        assertEquals(
                StepCostModel.DEFAULT_ELEMENT_TO_PRODUCT,
                m.nanosPerElement() / m.nanosPerProduct(),
                1e-12);
        assertEquals(2_000_000, m.stepNanos(c), 1e-6 * 2_000_000);
        assertThrows(IllegalArgumentException.class, () -> StepCostModel.fit(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new StepCostModel(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new StepCostModel(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new StepCostModel(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new StepCostModel.Observation(c, 0, 1));
    }
}
