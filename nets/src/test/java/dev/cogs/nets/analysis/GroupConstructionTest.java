package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import dev.cogs.testkit.weights.WeightGenerators;
import dev.cogs.testkit.weights.WeightGenerators.BlockKind;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The canonical form and the comparison up to symmetry of docs/cogs-math.md §9.9. */
class GroupConstructionTest {

    private static final Complex I = Complex.I;
    private static final Complex W6 = Complex.polar(1, Math.PI / 3);

    private static Gen<Complex> parameters() {
        return doubles().between(0.5, 2).zip(WeightGenerators.angles(), Complex::polar);
    }

    private static boolean close(Complex x, Complex y, double tol) {
        return x.subtract(y).abs() <= tol;
    }

    private static void assertSameParameters(GroupConstruction x, GroupConstruction y, double tol) {
        assertSameParameters(x, y, tol, "");
    }

    private static void assertSameParameters(
            GroupConstruction x, GroupConstruction y, double tol, String where) {
        for (int i = 0; i < x.parameters().size(); i++) {
            assertTrue(
                    close(x.parameters().get(i), y.parameters().get(i), tol),
                    where + ": " + x + " vs " + y);
        }
    }

    @Test
    void closedFormRepresentatives() {
        // ξ = e^{3πi/4}: the orbit i^m ξ^{±1} has arguments ±3π/4 + mπ/2, the smallest in [0, 2π)
        // is π/4
        assertTrue(
                close(
                        Complex.polar(1, Math.PI / 4),
                        GroupConstruction.nuIXi(Complex.polar(1, 3 * Math.PI / 4))
                                .canonical()
                                .parameters()
                                .get(0),
                        1e-15));
        // ν = i: ±i^{±1}ω₃^m has arguments π/2 + mπ/3, ..., smallest π/6
        assertTrue(
                close(
                        Complex.polar(1, Math.PI / 6),
                        GroupConstruction.nuSyn(I).canonical().parameters().get(0),
                        1e-15));
        // ν = 1/2: orbit arguments mπ/3 for 1/2 and 2: tie at 0, the larger modulus wins
        assertTrue(
                close(
                        Complex.of(2, 0),
                        GroupConstruction.nuSyn(Complex.of(0.5, 0)).canonical().parameters().get(0),
                        1e-15));
        // α = i, β = −1: {1, i, −1} is {1, 1, 1} up to fourth roots of unity
        GroupConstruction ab = GroupConstruction.nuISynAb(I, Complex.ONE.negate()).canonical();
        assertSameParameters(GroupConstruction.nuISynAb(Complex.ONE, Complex.ONE), ab, 1e-15);
    }

    @Test
    void canonicalFormsLieInTheirDomainAndStayInTheClass() {
        // Everywhere, boundaries included: the representative lies in the documented domain and is
        // equivalent to
        // the input and to any symmetric image of it (1e-9: a few multiplications and reciprocals
        // of moduli in
        // [0.5, 2]).
        qt().withExamples(300)
                .forAll(parameters(), parameters(), integers().between(0, 191))
                .checkAssert(
                        (p, q, g) -> {
                            GroupConstruction xi = GroupConstruction.nuIXi(p);
                            Complex gx = fourthRoot(g).multiply(g % 2 == 0 ? p : p.reciprocal());
                            double argXi = xi.canonical().parameters().get(0).arg();
                            assertTrue(
                                    argXi >= 0 && argXi <= Math.PI / 4 + 1e-12,
                                    xi.canonical().toString());
                            assertTrue(
                                    xi.isEquivalent(GroupConstruction.nuIXi(gx), 1e-9)
                                            && xi.isEquivalent(xi.canonical(), 1e-9));

                            GroupConstruction nu = GroupConstruction.nuSyn(p);
                            Complex gn =
                                    W6.pow(g % 6).multiply((g / 6) % 2 == 0 ? p : p.reciprocal());
                            double argNu = nu.canonical().parameters().get(0).arg();
                            assertTrue(
                                    argNu >= 0 && argNu <= Math.PI / 6 + 1e-12,
                                    nu.canonical().toString());
                            assertTrue(
                                    nu.isEquivalent(GroupConstruction.nuSyn(gn), 1e-9)
                                            && nu.isEquivalent(nu.canonical(), 1e-9));

                            GroupConstruction ab = GroupConstruction.nuISynAb(p, q);
                            GroupConstruction gab = transformSynAb(p, q, g);
                            assertTrue(ab.isEquivalent(gab, 1e-9) && gab.isEquivalent(ab, 1e-9));
                            assertTrue(ab.isEquivalent(ab.canonical(), 1e-9));
                            for (Complex c : ab.canonical().parameters()) {
                                assertTrue(
                                        c.arg() >= 0 && c.arg() < Math.PI / 2 + 1e-12,
                                        ab.canonical().toString());
                            }
                        });
    }

    @Test
    void genericParametersHaveOneRepresentativePerClass() {
        // Away from the boundaries of the fundamental domain (which generic random parameters miss:
        // a coincidence
        // within 1e-9 has probability ~1e-8 per example), every symmetric image has the same
        // representative.
        // A seeded loop rather than QuickTheories, whose shrinking would walk onto the boundaries.
        SplittableRandom r = new SplittableRandom(20_261_202L);
        for (int n = 0; n < 2000; n++) {
            Complex p = Complex.polar(r.nextDouble(0.5, 2), r.nextDouble(-Math.PI, Math.PI));
            Complex q = Complex.polar(r.nextDouble(0.5, 2), r.nextDouble(-Math.PI, Math.PI));
            int g = r.nextInt(192);
            String where = "example " + n + ": p = " + p + ", q = " + q + ", g = " + g;
            assertSameParameters(
                    GroupConstruction.nuIXi(p).canonical(),
                    GroupConstruction.nuIXi(fourthRoot(g).multiply(g % 2 == 0 ? p : p.reciprocal()))
                            .canonical(),
                    1e-9,
                    where);
            assertSameParameters(
                    GroupConstruction.nuSyn(p).canonical(),
                    GroupConstruction.nuSyn(
                                    W6.pow(g % 6).multiply((g / 6) % 2 == 0 ? p : p.reciprocal()))
                            .canonical(),
                    1e-9,
                    where);
            GroupConstruction ab = GroupConstruction.nuISynAb(p, q);
            assertSameParameters(ab.canonical(), transformSynAb(p, q, g).canonical(), 1e-9, where);
            assertSameParameters(ab.canonical(), ab.canonical().canonical(), 1e-12, where);
        }
    }

    /** i^m by exact multiplications. */
    private static Complex fourthRoot(int m) {
        Complex r = Complex.ONE;
        for (int i = 0; i < m % 4; i++) {
            r = r.multiply(I);
        }
        return r;
    }

    /**
     * A symmetry of {1, α, β}: re-base on element g mod 3, conjugate if bit, multiply by fourth
     * roots, swap.
     */
    private static GroupConstruction transformSynAb(Complex alpha, Complex beta, int g) {
        Complex[] set = {Complex.ONE, alpha, beta};
        Complex base = set[g % 3];
        UnaryOperator<Complex> conj = (g / 3) % 2 == 0 ? z -> z : Complex::conjugate;
        Complex[] others = new Complex[2];
        int at = 0;
        for (int i = 0; i < 3; i++) {
            if (i != g % 3) {
                others[at++] = conj.apply(set[i].divide(base));
            }
        }
        Complex u = others[0].multiply(fourthRoot(g / 6));
        Complex v = others[1].multiply(fourthRoot(g / 24));
        return (g / 96) % 2 == 0
                ? GroupConstruction.nuISynAb(u, v)
                : GroupConstruction.nuISynAb(v, u);
    }

    @Test
    void otherParametersAndKindsDoNotMatch() {
        GroupConstruction nu = GroupConstruction.nuSyn(Complex.polar(1, 0.1));
        assertFalse(nu.isEquivalent(GroupConstruction.nuSyn(Complex.polar(1, 0.3)), 0.06));
        assertFalse(nu.isEquivalent(GroupConstruction.nuIXi(Complex.polar(1, 0.1)), 1));
        assertTrue(
                nu.isEquivalent(
                        GroupConstruction.nuSyn(Complex.polar(1, 0.1 + Math.PI / 3 + 0.01)), 0.06));
        assertThrows(IllegalArgumentException.class, () -> nu.isEquivalent(nu, -1));
        assertThrows(IllegalArgumentException.class, () -> GroupConstruction.nuSyn(Complex.ZERO));
        assertThrows(
                IllegalArgumentException.class,
                () -> new GroupConstruction(SolutionKind.OTHER, List.of(Complex.ONE)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new GroupConstruction(SolutionKind.NU_I_SYN_AB, List.of(Complex.ONE)));
    }

    @Test
    void theAnalysisRecoversPlantedBlocksUpToTheSymmetries() {
        // Exact blocks from the test kit's recipes (random d, k and parameters): the analysis names
        // each group and
        // matches() recognises the planted parameters (1e-9: an exact net, ratios of unit-scale
        // numbers).
        int[] named = new int[1];
        for (BlockKind kind : List.of(BlockKind.NU_SYN, BlockKind.NU_I_XI, BlockKind.NU_I_SYN_AB)) {
            qt().withExamples(40)
                    .forAll(WeightGenerators.blocks(kind, WeightGenerators.oddD(5, 13)))
                    .checkAssert(
                            b -> {
                                GroupAnalysis g = NetAnalysis.of(b.build()).group(b.k());
                                GroupConstruction planted =
                                        kind == BlockKind.NU_SYN
                                                ? GroupConstruction.nuSyn(b.first())
                                                : kind == BlockKind.NU_I_XI
                                                        ? GroupConstruction.nuIXi(b.first())
                                                        : GroupConstruction.nuISynAb(
                                                                b.first(), b.second());
                                if (g.kind() == planted.kind()) {
                                    named[0]++;
                                    boolean plainSyn =
                                            g.factorisation()
                                                    .orElseThrow()
                                                    .types()
                                                    .contains(FactorType.ORDER_3_SYN);
                                    assertTrue(
                                            plainSyn || g.matches(planted, 1e-9),
                                            b + ": fitted " + g.construction());
                                    assertFalse(
                                            g.matches(
                                                            GroupConstruction.nuSyn(
                                                                    Complex.polar(1, 0.05)),
                                                            1e-3)
                                                    && kind != BlockKind.NU_SYN,
                                            b.toString());
                                }
                            });
        }
        // z_ν with ν⁴ = −1 (up to symmetry) is named "xi" by the test order (docs/cogs-math.md §9.8
        // item 2), so not
        // every group is named; all but a few must be.
        assertTrue(named[0] >= 100, named[0] + " of 120 groups named");
        assertEquals(SolutionKind.NU_SYN, GroupConstruction.nuSyn(Complex.ONE).kind());
    }
}
