package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.analysis.Margins;
import dev.cogs.train.BlasDataSpace;
import org.junit.jupiter.api.Test;

/** The margins of {@code construct --data-space blas}, against the nets analysis. */
class MarginRecorderTest {

    @Test
    void recordsTheMarginOfEveryEvaluatedNetAndMeasuresOthers() {
        ConstructionCheck.Options o = ConstructionCheck.Options.defaults(9);
        RealWeights f46 = Constructions.f46(9, o.nu(), o.xi(), o.k0()).toReal();
        RealWeights f4 = Constructions.f4(9, o.xi()).toReal();
        MarginRecorder r = new MarginRecorder(BlasDataSpace.get());
        // the evaluation is the BLAS one: equal to the reference's accuracy
        assertEquals(CogsLoss.evaluate(f46).correct(), r.evaluate(f46).correct());
        // outputs O(1) rounded differently from the analysis' plain sums: 1e-12 absolute
        assertEquals(Margins.margin(f46), r.margin(f46), 1e-12);
        // an equal net built again is found; one never evaluated is measured
        assertEquals(
                r.margin(f46), r.margin(Constructions.f46(9, o.nu(), o.xi(), o.k0()).toReal()));
        assertEquals(Margins.margin(f4), r.margin(f4), 1e-12);
    }
}
