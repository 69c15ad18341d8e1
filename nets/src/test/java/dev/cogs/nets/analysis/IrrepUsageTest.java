package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.algebra.group.IrreducibleRepresentation;
import dev.cogs.algebra.group.IrreducibleRepresentations;
import dev.cogs.algebra.weights.GroupTask;
import dev.cogs.algebra.weights.RealWeights;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The irrep usage of nets over any finite group (docs/cogs-math.md §14.7). */
class IrrepUsageTest {

    private static final List<String> NON_ABELIAN = List.of("S3", "D5", "Q8", "A4", "S4");

    @Test
    void memorisationSharesAreTheClosedForm() {
        // A delta function at g has Plancherel energy d_ρ²/n at ρ (‖ρ(g)‖_F² = d_ρ for unitary ρ),
        // and
        // ½P⊥e_y has ¼ d_ρ²/n at every non-trivial ρ and 0 at the trivial one: per node the squared
        // norm is
        // 2 + ¼(1 − 1/n), and entry e gets Σ_{ρ∈e} (2 + ¼[ρ ≠ 1]) d_ρ²/n of it.
        for (String name : NON_ABELIAN) {
            FiniteGroup g = FiniteGroups.parse(name);
            int n = g.order();
            IrrepUsage u = IrrepUsage.of(g, GroupTask.memorisation(g));
            double perNode = 2 + 0.25 * (1 - 1.0 / n);
            double sum = 0;
            for (IrrepUsage.Entry e : u.entries()) {
                double expected = 0;
                for (int rho : e.representations()) {
                    expected += (2 + (e.trivial() ? 0 : 0.25)) * e.dimension() * e.dimension() / n;
                }
                assertEquals(expected / perNode, e.normShare(), 1e-12, name + " " + e.label());
                sum += e.normShare();
            }
            assertEquals(1.0, sum, 1e-12);
            assertEquals(n * n, u.order());
        }
    }

    @Test
    void nodesBuiltFromOneIrrepAreCarriedByIt() {
        // u(g) = Re ρ(g)_{ik} lies in the ρ-isotypic functions (ρ and its conjugate), so a node
        // whose three layers
        // are such coefficients has all its norm in ρ's entry: concentration 1.
        for (String name : NON_ABELIAN) {
            FiniteGroup g = FiniteGroups.parse(name);
            IrreducibleRepresentations reps = IrreducibleRepresentations.of(g);
            int n = g.order();
            List<IrrepUsage.Entry> entries =
                    IrrepUsage.of(reps, GroupTask.memorisation(g), 0.05).entries();
            for (IrrepUsage.Entry e : entries) {
                IrreducibleRepresentation rho = reps.get(e.representations().get(0));
                int d = rho.dimension();
                double[] ua = new double[n];
                double[] ub = new double[n];
                double[] w = new double[n];
                for (int x = 0; x < n; x++) {
                    ua[x] = rho.re(x, 0, 0) + rho.im(x, d - 1, 0);
                    ub[x] = rho.re(x, d - 1, 0) - rho.im(x, 0, 0);
                    w[x] = rho.re(x, 0, d - 1);
                }
                RealWeights one = RealWeights.ofFlat(n, 1, ua, ub, w);
                IrrepUsage u = IrrepUsage.of(reps, one, 0.05);
                IrrepUsage.Entry carrier =
                        u.entries().stream().filter(x -> x.nodes() == 1).findFirst().orElseThrow();
                assertEquals(e.label(), carrier.label(), name);
                assertEquals(1.0, carrier.normShare(), 1e-12, name + " " + e.label());
                assertEquals(1.0, u.meanConcentration().orElseThrow(), 1e-12);
                assertEquals(e.trivial() ? List.of() : List.of(e.label()), u.used());
            }
        }
    }

    @Test
    void labelsAndRealClasses() {
        // A4: irreps 1, 1, 1, 3 with two complex linear characters (a conjugate pair); S4: 1, 1, 2,
        // 3, 3, all real
        IrrepUsage a4 =
                IrrepUsage.of(
                        FiniteGroups.parse("A4"), GroupTask.memorisation(FiniteGroups.parse("A4")));
        assertEquals(
                List.of("1a", "1b+1c", "3a"),
                a4.entries().stream().map(IrrepUsage.Entry::label).toList());
        IrrepUsage s4 =
                IrrepUsage.of(
                        FiniteGroups.parse("S4"), GroupTask.memorisation(FiniteGroups.parse("S4")));
        assertEquals(
                List.of("1a", "1b", "2a", "3a", "3b"),
                s4.entries().stream().map(IrrepUsage.Entry::label).toList());
        assertTrue(s4.entries().get(0).trivial());
    }

    @Test
    void abelianGroupsAgreeWithTheCharacterAnalysis() {
        // one-dimensional irreps: the magnitude is |A_χ|, so orders and carried nodes are those of
        // AbelianAnalysis
        qt().withExamples(20)
                .forAll(
                        Generate.pick(List.of("Z3xZ5", "Z2xZ6", "Z7", "Z3xZ3")),
                        longs().between(1, 999))
                .checkAssert(
                        (name, seed) -> {
                            FiniteGroup g = FiniteGroups.parse(name);
                            int n = g.order();
                            RealWeights w =
                                    AbelianAnalysisTest.noisy(
                                            RealWeights.ofFlat(
                                                    n,
                                                    24,
                                                    new double[24 * n],
                                                    new double[24 * n],
                                                    new double[24 * n]),
                                            0.4,
                                            seed);
                            AbelianAnalysis a = AbelianAnalysis.of(CharacterGroup.of(g), w);
                            IrrepUsage u = IrrepUsage.of(g, w);
                            assertEquals(a.characters().size() + 1, u.entries().size());
                            assertEquals(a.constantNodes(), u.entries().get(0).nodes());
                            for (int t = 0; t < a.characters().size(); t++) {
                                IrrepUsage.Entry e = u.entries().get(t + 1);
                                assertEquals(a.characters().get(t), e.representations().get(0));
                                assertEquals(
                                        a.frequencyOrders().get(t),
                                        e.order(),
                                        name + " " + e.label());
                                assertEquals(
                                        a.groups().get(t).size(),
                                        e.nodes(),
                                        name + " " + e.label());
                            }
                            assertEquals(a.activeNodes(), u.activeNodes());
                        });
    }

    @Test
    void badInputIsRefused() {
        FiniteGroup s3 = FiniteGroups.parse("S3");
        RealWeights w = RealWeights.ofFlat(5, 1, new double[5], new double[5], new double[5]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> IrrepUsage.of(s3, w));
        assertTrue(
                e.getMessage().contains("d = 5") && e.getMessage().contains("S3"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        IrrepUsage.of(
                                IrreducibleRepresentations.of(s3),
                                GroupTask.memorisation(s3),
                                Double.NaN));
        // a zero net has no active node and no concentration
        RealWeights zero = RealWeights.ofFlat(6, 2, new double[12], new double[12], new double[12]);
        IrrepUsage u = IrrepUsage.of(s3, zero);
        assertEquals(0, u.activeNodes());
        assertTrue(u.meanConcentration().isEmpty());
        assertEquals(List.of(), u.used());
    }
}
