package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's example, verbatim in its body: composing z_F6 by hand from the semiring operations
 * gives a global optimum. If this test changes, the README must change with it.
 */
class ReadmeExampleTest {

    @Test
    void composingOrderTwoAndOrderThreeBlocksGivesAGlobalOptimum() {
        int d = 23;
        WeightSemiring ring = WeightSemiring.over(d);
        Complex nu = Complex.I.multiply(0.7).exp(); // any ν ≠ 0
        List<FourierNet> blocks = new ArrayList<>();
        for (int k = 1; k <= (d - 1) / 2; k++) {
            FourierNet block = ring.multiply(Constructions.nu(d, k, nu), Constructions.syn(d, k));
            blocks.add(Constructions.normalised(block, k)); // r_kkk = 1/(2d)
        }
        FourierNet zF6 = ring.sum(blocks); // order 3(d−1) = 66
        RealWeights w = zF6.toReal(); // U_a, U_b (q×d), W (d×q)

        assertEquals(3 * (d - 1), zF6.order());
        assertTrue(CogsLoss.fullDataset(zF6) <= 1e-20, "loss from sum potentials");
        assertTrue(CogsLoss.dataSpace(w) <= 1e-20, "loss over all d² pairs");
        assertEquals(1.0, CogsLoss.accuracy(w), 0.0);
        // the hand-composed net is the library's z_F6, up to node order
        assertTrue(ring.equivalent(zF6, Constructions.f6(d, nu)));
    }
}
