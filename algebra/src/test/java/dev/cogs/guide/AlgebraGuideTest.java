package dev.cogs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.OptimalityReport.ConstraintClass;
import dev.cogs.algebra.weights.OptimalityReport.Residual;
import dev.cogs.algebra.weights.Verification;
import dev.cogs.algebra.weights.WeightSemiring;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/guide-algebra.md, verbatim between the guide markers (GuideExamplesTest in
 * the test kit checks that the guide shows exactly this code). Only public API, so it also runs in
 * the separate Maven project of the it module.
 */
class AlgebraGuideTest {

    @Test
    void composeANewOptimumAndVerifyIt() {
        // guide:begin
        // z_{ν=i} * z_{syn,αβ} at every frequency of Z_31, each block normalised to r_kkk = 1/(2d)
        int d = 31;
        WeightSemiring ring = WeightSemiring.over(d);
        Complex alpha = Complex.polar(1, 0.4);
        Complex beta = Complex.polar(1, -1.1);
        List<FourierNet> blocks = new ArrayList<>();
        for (int k = 1; k <= (d - 1) / 2; k++) {
            FourierNet block =
                    ring.multiply(
                            Constructions.nuI(d, k), Constructions.synAlphaBeta(d, k, alpha, beta));
            blocks.add(Constructions.normalised(block, k));
        }
        FourierNet z = ring.sum(blocks); // order 6 · 15 = 90

        Verification v = Verification.of(z); // both losses, accuracy, norms, violations
        System.out.println(v);
        assertTrue(v.isGlobalOptimum(ConstructionCheck.ZERO_LOSS), v.table());

        // z_syn alone is not a solution: it breaks R_* (aac = bbc = 3) at k = 1 and, conjugated, at
        // k = 30
        Verification syn = Verification.of(Constructions.syn(d, 1));
        System.out.print(syn.table());
        List<String> broken =
                syn.violations(ConstraintClass.R_STAR).stream()
                        .map(Residual::index)
                        .collect(Collectors.toList());
        assertEquals(List.of("R_b(2,1)", "R_a(2,1)", "R_b(29,30)", "R_a(29,30)"), broken);
        // guide:end
        assertEquals(90, v.order());
    }
}
