package dev.cogs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.analysis.Margins;
import dev.cogs.train.BlasDataSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The margins of {@code construct --data-space spectral|blas}, against the nets analysis. */
class MarginRecorderTest {

    @Test
    void recordsTheMarginOfEveryEvaluatedNetAndMeasuresOthers() {
        ConstructionCheck.Options o = ConstructionCheck.Options.defaults(9);
        RealWeights f46 = Constructions.f46(9, o.nu(), o.xi(), o.k0()).toReal();
        RealWeights f4 = Constructions.f4(9, o.xi()).toReal();
        MarginRecorder r = MarginRecorder.blas(BlasDataSpace.get());
        // the evaluation is the BLAS one: equal to the reference's accuracy
        assertEquals(CogsLoss.evaluate(f46).correct(), r.evaluate(f46).correct());
        // outputs O(1) rounded differently from the analysis' plain sums: 1e-12 absolute
        assertEquals(Margins.margin(f46), r.margin(f46), 1e-12);
        // an equal net built again is found; one never evaluated is measured
        assertEquals(
                r.margin(f46), r.margin(Constructions.f46(9, o.nu(), o.xi(), o.k0()).toReal()));
        assertEquals(Margins.margin(f4), r.margin(f4), 1e-12);
        assertEquals(List.of("blas"), r.ran());
    }

    @Test
    void spectralWhereItAppliesBlasElsewhere() {
        ConstructionCheck.Options o = ConstructionCheck.Options.defaults(9);
        RealWeights f46 = Constructions.f46(9, o.nu(), o.xi(), o.k0()).toReal();
        RealWeights memorisation = Constructions.memorisation(9).toReal();
        RealWeights f4 = Constructions.f4(9, o.xi()).toReal();
        MarginRecorder r = MarginRecorder.spectral(BlasDataSpace.get());
        assertEquals(CogsLoss.evaluate(f46).correct(), r.evaluate(f46).correct());
        assertEquals(CogsLoss.evaluate(memorisation).correct(), r.evaluate(memorisation).correct());
        assertEquals(List.of("spectral", "blas"), r.ran());
        // margins from each evaluator's pass, against the analysis' plain sums: 1e-12 absolute
        assertEquals(Margins.margin(f46), r.margin(f46), 1e-12);
        assertEquals(Margins.margin(memorisation), r.margin(memorisation), 1e-12);
        // a net never evaluated is measured, and not listed as run
        assertEquals(Margins.margin(f4), r.margin(f4), 1e-12);
        assertEquals(List.of("spectral", "blas"), r.ran());
    }
}
