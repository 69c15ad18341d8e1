package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The data-space seam: {@link Verification} and {@link ConstructionCheck} take their data-space
 * loss and accuracy from the evaluator they are given, and the default is the reference.
 */
class DataSpaceEvaluatorTest {

    @Test
    void pureJavaIsTheReference() {
        RealWeights w = Constructions.f4(11, XI).toReal();
        DataSpaceEvaluation ref = CogsLoss.evaluate(w);
        DataSpaceEvaluation got = DataSpaceEvaluator.pureJava().evaluate(w);
        assertEquals(ref, got);
        // z_F4's loss is 2(d-1)/d for |xi| = 1 (docs/cogs-math.md §6.2)
        assertEquals(20.0 / 11, got.loss(), 1e-12);
        assertEquals(ref.loss(), Verification.of(w).dataSpaceLoss());
    }

    @Test
    void verificationTakesItsDataSpaceFromTheEvaluator() {
        FourierNet z = Constructions.syn(13, 1);
        List<RealWeights> seen = new ArrayList<>();
        // a planted evaluator: its values cannot come from anywhere else
        DataSpaceEvaluator planted =
                w -> {
                    seen.add(w);
                    return new DataSpaceEvaluation(0.125, 13, 169);
                };
        Verification v = Verification.of(z, 1e-10, planted);
        assertEquals(0.125, v.dataSpaceLoss());
        assertEquals(13.0 / 169, v.accuracy());
        assertEquals(1, seen.size());
        assertEquals(z.toReal(), seen.get(0));
        // everything else is what the default verification computes
        Verification ref = Verification.of(z, 1e-10);
        assertEquals(ref.sumPotentialLoss(), v.sumPotentialLoss());
        assertEquals(ref.violations(), v.violations());
        Verification fromReal = Verification.of(z.toReal(), 1e-10, planted);
        assertEquals(0.125, fromReal.dataSpaceLoss());
        assertEquals(2, seen.size());
    }

    @Test
    void constructionCheckUsesTheEvaluatorForEveryNet() {
        List<Integer> orders = new ArrayList<>();
        DataSpaceEvaluator counting =
                w -> {
                    orders.add(w.order());
                    return CogsLoss.evaluate(w);
                };
        ConstructionCheck.Options o = new ConstructionCheck.Options(7, 0.7, 0.3, 1, 7);
        ConstructionCheck.Result r =
                ConstructionCheck.run(o, ConstructionCheck.Progress.NONE, counting);
        // z_F6 (3(d-1)), z_F4/6 (2d), memorisation (d^2), z_F4 (2(d-1))
        assertEquals(List.of(18, 14, 49, 12), orders);
        assertEquals(
                ConstructionCheck.run(o).rows().get(1).dataSpaceLoss(),
                r.rows().get(1).dataSpaceLoss());
        assertTrue(r.verified());
    }

    @Test
    void nullsAreRefused() {
        FourierNet z = Constructions.syn(7, 1);
        assertThrows(NullPointerException.class, () -> Verification.of(z, 1e-10, null));
        assertThrows(NullPointerException.class, () -> Verification.of(z.toReal(), 1e-10, null));
        assertThrows(
                NullPointerException.class,
                () ->
                        ConstructionCheck.run(
                                ConstructionCheck.Options.defaults(7),
                                ConstructionCheck.Progress.NONE,
                                null));
        assertThrows(NullPointerException.class, () -> Verification.of(z, 1e-10, w -> null));
    }

    /** The order-4 parameter of the defaults, |xi| = 1. */
    private static final Complex XI = ConstructionCheck.Options.defaults(11).xi();
}
