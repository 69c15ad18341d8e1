package dev.cogs.category.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.Fields;
import dev.cogs.algebra.Homomorphism;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.SumPotential;
import dev.cogs.algebra.weights.SumPotentials;
import dev.cogs.algebra.weights.WeightSemiring;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * docs/category.md §3.3: the CoGS weight semiring's multiplication as composition in the one-object
 * category BZ.
 */
class WeightSemiringViewTest {

    private static final int D = 5;

    /** Random nets over Z_5 with 0–2 hidden nodes, coefficients in [-1, 1] at full precision. */
    static Gen<FourierNet> nets() {
        Gen<Double> value = doubles().between(-1, 1);
        return integers()
                .between(0, 2)
                .flatMap(
                        q ->
                                in -> {
                                    double[] re = new double[3 * D * q];
                                    double[] im = new double[3 * D * q];
                                    for (int i = 0; i < re.length; i++) {
                                        re[i] = value.generate(in);
                                        im[i] = value.generate(in);
                                    }
                                    return FourierNet.of(D, q, re, im);
                                });
    }

    @Test
    void functorialityFailuresAreEmptyForSumPotentialsAndFoundForOtherMaps() {
        List<FourierNet> samples = new java.util.ArrayList<>();
        qt().withExamples(1)
                .forAll(org.quicktheories.generators.SourceDSL.lists().of(nets()).ofSize(6))
                .checkAssert(samples::addAll);
        for (SumPotential r :
                List.of(SumPotentials.abc(D, 1, 1, 2), SumPotentials.abc(D, 0, 3, 3))) {
            assertTrue(
                    AlgebraBridge.functorialityFailures(r.asHomomorphism(), samples).isEmpty(),
                    r.toString());
        }
        // z ↦ r(z) + 1 does not preserve the identity or composition
        SumPotential r = SumPotentials.abc(D, 1, 1, 2);
        Homomorphism<FourierNet, Complex> shifted =
                Homomorphism.of(
                        "r+1",
                        WeightSemiring.over(D),
                        Fields.complex(),
                        z -> r.valueAt(z).add(Complex.ONE));
        assertTrue(!AlgebraBridge.functorialityFailures(shifted, samples).isEmpty());
        OneObjectView<FourierNet> v = AlgebraBridge.view(WeightSemiring.over(D));
        assertEquals(1, v.identity().order());
    }
}
