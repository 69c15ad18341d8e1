package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The construction check behind {@code cogs construct} (docs/cogs-math.md §6). */
class ConstructionCheckTest {

    @Test
    void d23RowsAreVerified() {
        ConstructionCheck.Result r = ConstructionCheck.run(ConstructionCheck.Options.defaults(23));
        assertTrue(r.verified(), r::toString);
        assertEquals(List.of(), r.skipped());
        assertEquals(
                List.of("z_F6", "z_F4/6", "memorisation", "z_F4"),
                r.rows().stream().map(ConstructionRow::name).toList());
        // Orders 3(d−1), 2d, d², 2(d−1) (docs/cogs-math.md §6).
        assertEquals(
                List.of(66, 46, 529, 44), r.rows().stream().map(ConstructionRow::order).toList());
        for (ConstructionRow row : r.rows().subList(0, 3)) {
            assertTrue(
                    row.dataSpaceLoss() <= 1e-20 && row.sumPotentialLoss() <= 1e-20,
                    row.toString());
            assertEquals(1.0, row.accuracy());
            assertTrue(row.claimedGlobal());
            assertTrue(row.report().isGlobalOptimum(1e-12), row.toString());
        }
        // z_F4: ℓ = 2(d−1)/d = 1.913043 (docs/cogs-math.md §6.2), only R_n violated.
        ConstructionRow f4 = r.rows().get(3);
        assertFalse(f4.claimedGlobal());
        assertEquals(44.0 / 23, f4.dataSpaceLoss(), 1e-12);
        assertEquals(44.0 / 23, f4.sumPotentialLoss(), 1e-12);
        assertEquals(
                OptimalityReport.ConstraintClass.R_N, f4.report().violations().get(3).constraint());
        assertTrue(f4.report().bias().max() > 0.06);
        assertTrue(
                f4.report().target().max() < 1e-15
                        && f4.report().cross().max() < 1e-15
                        && f4.report().star().max() < 1e-15,
                f4.report()::toString);
        // Weight-decay costs of docs/cogs-math.md §6.5 (d = 23): 214.857, 206.125, 985.043.
        assertEquals(214.857, r.rows().get(0).decayCost(), 5e-4);
        assertEquals(206.125, r.rows().get(1).decayCost(), 5e-4);
        assertEquals(985.043, r.rows().get(2).decayCost(), 5e-4);
        // The row's numbers are those of the library calls it names.
        FourierNet f6 = Constructions.f6(23, Complex.polar(1, 0.7));
        ConstructionRow row = r.rows().get(0);
        assertEquals(CogsLoss.fullDataset(f6), row.sumPotentialLoss());
        assertEquals(CogsLoss.dataSpace(f6.toReal()), row.dataSpaceLoss());
        assertEquals(f6.toReal().normSquared(), row.weightNormSquared());
        assertEquals(OptimalityReport.of(f6), row.report());
        assertTrue(row.seconds() >= 0);
    }

    @Test
    void memorisationIsSkippedAboveTheLimit() {
        ConstructionCheck.Result r =
                ConstructionCheck.run(new ConstructionCheck.Options(11, 0.7, 0.3, 2, 7));
        assertTrue(r.verified());
        assertEquals(
                List.of("z_F6", "z_F4/6", "z_F4"),
                r.rows().stream().map(ConstructionRow::name).toList());
        assertEquals(List.of(new ConstructionCheck.Skipped("memorisation", 121)), r.skipped());
        assertTrue(r.rows().get(1).description().contains("k0 = 2"), r.rows().get(1).description());
    }

    @Test
    void optionsCarryTheSpecParameters() {
        ConstructionCheck.Options o = ConstructionCheck.Options.defaults(23);
        assertEquals(new ConstructionCheck.Options(23, 0.7, 0.3, 1, 47), o);
        assertEquals(Complex.of(Math.cos(0.7), Math.sin(0.7)), o.nu());
        assertEquals(Complex.of(Math.cos(0.3), Math.sin(0.3)), o.xi());
    }

    @Test
    void badOptionsAreRejected() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ConstructionCheck.Options.defaults(24));
        assertTrue(
                e.getMessage().contains("(24)") && e.getMessage().contains("odd"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> ConstructionCheck.Options.defaults(1));
        assertTrue(e.getMessage().contains("(1)"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new ConstructionCheck.Options(11, 0.7, 0.3, 6, 7));
        assertTrue(e.getMessage().contains("k0 (6)"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new ConstructionCheck.Options(11, 0.7, 0.3, 0, 7));
        assertTrue(e.getMessage().contains("k0 (0)"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> new ConstructionCheck.Options(11, Double.NaN, 0.3, 1, 7));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                new ConstructionCheck.Options(
                                        11, 0.7, Double.POSITIVE_INFINITY, 1, 7));
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
        assertThrows(NullPointerException.class, () -> ConstructionCheck.run(null));
    }

    @Test
    void verificationFailsWhenALossDisagreesWithTheClaim() {
        OptimalityReport report = OptimalityReport.of(Constructions.f6(7, Complex.ONE));
        double zero = ConstructionCheck.ZERO_LOSS;
        assertTrue(row(true, 0.0, 0.0, 1.0, report).verified(zero));
        assertFalse(
                row(true, 2 * zero, 0.0, 1.0, report).verified(zero), "data-space loss too large");
        assertFalse(
                row(true, 0.0, 2 * zero, 1.0, report).verified(zero),
                "sum-potential loss too large");
        assertFalse(row(true, 0.0, 0.0, 0.99, report).verified(zero), "one pair misclassified");
        assertFalse(
                row(true, Double.NaN, 0.0, 1.0, report).verified(zero), "NaN is never verified");
        assertTrue(row(false, 1.0, 1.0, 0.5, report).verified(zero));
        assertFalse(
                row(false, 1.0, 0.0, 0.5, report).verified(zero),
                "a non-optimum needs both losses > 0");
        assertFalse(row(false, Double.NaN, 1.0, 0.5, report).verified(zero));
        ConstructionCheck.Result bad =
                new ConstructionCheck.Result(
                        7,
                        List.of(
                                row(true, 0.0, 0.0, 1.0, report),
                                row(false, 0.0, 0.0, 1.0, report)),
                        List.of());
        assertFalse(bad.verified());
        assertThrows(NullPointerException.class, () -> row(true, 0, 0, 1, null));
        assertThrows(
                NullPointerException.class,
                () -> new ConstructionRow("x", "test row", true, null, 0.0));
    }

    private static ConstructionRow row(
            boolean global, double data, double sp, double acc, OptimalityReport r) {
        Verification v =
                new Verification(
                        7,
                        6,
                        data,
                        sp,
                        acc,
                        new Verification.WeightNorms(0.3, 0.3, 0.4, 1.0, 1.0),
                        r,
                        Verification.DEFAULT_TOLERANCE,
                        List.of());
        return new ConstructionRow("x", "test row", global, v, 0.0);
    }

    @Test
    void constraintLabelsAreTheSpecNames() {
        assertEquals(
                List.of("R_g", "R_c", "R_*", "R_n"),
                List.of(OptimalityReport.ConstraintClass.values()).stream()
                        .map(OptimalityReport.ConstraintClass::label)
                        .toList());
    }

    @Test
    void progressIsToldOfEachConstructionInOrder() {
        List<String> events = new java.util.ArrayList<>();
        List<ConstructionRow> told = new java.util.ArrayList<>();
        ConstructionCheck.Options o = new ConstructionCheck.Options(11, 0.3, 0.7, 1, 7);
        ConstructionCheck.Result r =
                ConstructionCheck.run(
                        o,
                        new ConstructionCheck.Progress() {
                            @Override
                            public void started(String name, int index, int total) {
                                events.add(name + " " + index + "/" + total);
                            }

                            @Override
                            public void finished(ConstructionRow row) {
                                events.add("done " + row.name());
                                told.add(row);
                            }
                        });
        // memorisation is skipped (d = 11 > 7): three constructions, each started before it is done
        assertEquals(
                List.of(
                        "z_F6 1/3",
                        "done z_F6",
                        "z_F4/6 2/3",
                        "done z_F4/6",
                        "z_F4 3/3",
                        "done z_F4"),
                events);
        assertEquals(r.rows(), told);
        assertEquals(
                ConstructionCheck.run(o).rows().stream().map(ConstructionRow::order).toList(),
                told.stream().map(ConstructionRow::order).toList());
    }
}
