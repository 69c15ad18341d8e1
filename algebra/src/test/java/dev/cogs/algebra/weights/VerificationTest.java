package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.OptimalityReport.ConstraintClass;
import dev.cogs.algebra.weights.OptimalityReport.Residual;
import dev.cogs.testkit.weights.WeightGenerators;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Verification} against the closed forms of docs/cogs-math.md §5–§6 and a brute-force
 * residual evaluation.
 */
class VerificationTest {

    @Test
    void zSynAloneAtD31NamesTheRStarConstraintsItBreaks() {
        // docs/cogs-math.md §5.2: z_syn alone meets R_c and R_n but has aac = bbc = 3 (R_*), at k =
        // 1 and, by
        // conjugate symmetry, at k = 30: R_a(2,1), R_b(2,1), R_a(29,30), R_b(29,30), each of
        // modulus
        // |1 + ω₃³ + ω₃⁶| = 3. Its R_g residuals are 2·3 − 1/31 at k = 1, 30 and −1/31 elsewhere.
        int d = 31;
        Verification v = Verification.of(Constructions.syn(d, 1));
        List<Residual> star = v.violations(ConstraintClass.R_STAR);
        assertEquals(
                List.of("R_b(2,1)", "R_a(2,1)", "R_b(29,30)", "R_a(29,30)"),
                star.stream().map(Residual::index).collect(Collectors.toList()));
        for (Residual r : star) {
            assertEquals(
                    3.0, r.violation(), 1e-12, r.index()); // three unit-modulus products summed
            assertEquals(d * 9.0, r.lossShare(d), 1e-10, r.index());
        }
        assertTrue(v.violations(ConstraintClass.R_C).isEmpty(), v.table());
        assertTrue(v.violations(ConstraintClass.R_N).isEmpty(), v.table());
        List<Residual> target = v.violations(ConstraintClass.R_G);
        assertEquals(30, target.size());
        assertEquals(3 - 1.0 / 62, target.get(0).violation(), 1e-12);
        assertEquals(1.0 / 62, target.get(29).violation(), 1e-15);
        // ℓ = d·(2(6 − 1/d)² + 28/d² + 4·9); every residual is violated, so the listed shares add
        // up to it.
        double loss = d * (2 * Math.pow(6 - 1.0 / d, 2) + 28.0 / (d * d) + 36);
        assertEquals(loss, v.sumPotentialLoss(), 1e-12 * loss);
        assertEquals(loss, v.dataSpaceLoss(), 1e-12 * loss);
        double shares = v.violations().stream().mapToDouble(r -> r.lossShare(d)).sum();
        assertEquals(loss, shares, 1e-12 * loss);
        assertEquals(3, v.order());
        assertFalse(v.isGlobalOptimum(ConstructionCheck.ZERO_LOSS));
        String table = v.table();
        assertTrue(
                table.contains("R_*")
                        && table.contains("R_a(29,30)")
                        && table.contains("net over Z_31"),
                table);
        assertTrue(v.toString().contains("R_* 4") && v.toString().contains("R_g 30"), v.toString());
    }

    @Test
    void globalConstructionsViolateNothingAndZF4OnlyRn() {
        Verification f6 = Verification.of(Constructions.f6(11, Complex.polar(1, 0.7)));
        assertTrue(f6.satisfiesEveryConstraint(), f6.table());
        assertTrue(f6.isGlobalOptimum(ConstructionCheck.ZERO_LOSS), f6.toString());
        assertTrue(f6.table().contains("no constraint violated"), f6.table());
        // z_F4 with |ξ| = 1 at d = 7: R_n fails at every output frequency with |T| = √2/7
        // (docs/cogs-math.md §6.2)
        Verification f4 = Verification.of(Constructions.f4(7, Complex.of(0.6, 0.8)));
        assertEquals(6, f4.violations().size(), f4.table());
        for (Residual r : f4.violations()) {
            assertEquals(ConstraintClass.R_N, r.constraint());
            assertEquals(Math.sqrt(2) / 7, r.violation(), 1e-15);
        }
        assertEquals("R_n(1)", f4.violations().get(0).index(), "ties keep (k, m1, m2) order");
    }

    @Test
    void residualsAreTheDefinitionsOnRandomNets() {
        // Brute force from SumPotential/GroupedPotential values (docs/cogs-math.md §3.2), on random
        // nets.
        qt().withExamples(40)
                .forAll(WeightGenerators.sameD(1, 3))
                .checkAssert(
                        zs -> {
                            FourierNet z = zs.get(0);
                            int d = z.d();
                            List<Residual> rs = OptimalityReport.residuals(z);
                            int next = 0;
                            for (int k = 1; k < d; k++) {
                                for (int m1 = 0; m1 < d; m1++) {
                                    for (int m2 = 0; m2 < d; m2++) {
                                        Complex t =
                                                SumPotentials.abc(d, m1, m2, k)
                                                        .valueAt(z)
                                                        .multiply(2);
                                        if (m1 == k && m2 == k) {
                                            t = t.subtract(1.0 / d);
                                        }
                                        if (m2 == 0) {
                                            t =
                                                    t.add(
                                                            SumPotentials.grouped(Part.A, d, m1, k)
                                                                    .valueAt(z));
                                        }
                                        if (m1 == 0) {
                                            t =
                                                    t.add(
                                                            SumPotentials.grouped(Part.B, d, m2, k)
                                                                    .valueAt(z));
                                        }
                                        if (next < rs.size()
                                                && rs.get(next).k() == k
                                                && rs.get(next).m1() == m1
                                                && rs.get(next).m2() == m2) {
                                            Residual r = rs.get(next++);
                                            // sums of at most 2d products of numbers ≤ 1 in
                                            // modulus: 1e-12 absolute
                                            assertTrue(
                                                    Complex.of(r.re(), r.im()).subtract(t).abs()
                                                            <= 1e-12,
                                                    r + " vs " + t);
                                        } else {
                                            assertEquals(
                                                    0.0,
                                                    t.abs(),
                                                    1e-12,
                                                    "unlisted residual " + k + "," + m1 + "," + m2);
                                        }
                                    }
                                }
                            }
                            assertEquals(
                                    rs.size(),
                                    next,
                                    "every listed residual is in range, in (k, m1, m2) order");
                        });
    }

    @Test
    void realWeightsAndTheirTransformVerifyAlike() {
        RealWeights w =
                Constructions.f46(11, Complex.polar(1, 0.7), Complex.polar(1, 0.3), 2).toReal();
        Verification a = Verification.of(w);
        Verification b = Verification.of(FourierNet.fromReal(w));
        // of(FourierNet) goes back to real weights (a round trip through the DFT, ~1e-16 relative
        // per entry):
        // both losses are "0" at ZERO_LOSS and the norms agree to 1e-12 relative
        assertTrue(
                a.isGlobalOptimum(ConstructionCheck.ZERO_LOSS)
                        && b.isGlobalOptimum(ConstructionCheck.ZERO_LOSS));
        assertEquals(a.order(), b.order());
        assertEquals(a.norms().total(), b.norms().total(), 1e-12 * a.norms().total());
        assertEquals(a.violations(), b.violations());
        double parts = a.norms().ua() + a.norms().ub() + a.norms().w();
        assertEquals(a.norms().total(), parts, 1e-12 * parts);
        assertThrows(IllegalArgumentException.class, () -> Verification.of(w, -1));
        assertThrows(IllegalArgumentException.class, () -> Verification.of(w, Double.NaN));
    }
}
