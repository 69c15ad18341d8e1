package dev.cogs.nets.analysis;

import static dev.cogs.nets.analysis.TestNets.I;
import static dev.cogs.nets.analysis.TestNets.W3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.ImaginaryUnit;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.analysis.TestNets.Block;
import dev.cogs.nets.analysis.TestNets.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The strong test of the docs/cogs-math.md §9 pipeline: nets assembled from the §5 constructions at
 * every frequency, disguised by node shuffling, the node symmetries, noise and inactive nodes, must
 * be named group by group with their parameters recovered.
 */
class NetAnalysisTest {

    /**
     * Parameter tolerance: the disguise perturbs each node by ≤ 1 % (jitter) and the weights by
     * Gaussian noise 2e-3 (≈ 4e-4 per Fourier coefficient at d = 23, relative ≈ 3e-3); ratios of
     * such entries move by a few percent at most.
     */
    private static final double PARAM_TOL = 0.06;

    private enum Kind {
        XI,
        NU_SYN,
        SYN_AB
    }

    /** What was planted at one frequency. */
    private record Planted(Kind kind, Complex p1, Complex p2) {}

    private static boolean close(Complex x, Complex y) {
        return x.subtract(y).abs() < PARAM_TOL;
    }

    /**
     * ξ is identifiable up to i^m·ξ^{±1}: which half is S1 inverts it; since z_{ν=i}'s second
     * column has c = 1, the "diagonal" pairing (0,0)→(1,1), (1,0)→(0,1) also has a constant c-ratio
     * and yields iξ after the sign fix. (The paper's arg ξ reference lines ±π/4, ±3π/4 are
     * invariant under this.)
     */
    private static boolean xiMatches(Complex got, Complex xi) {
        for (Complex c : new Complex[] {xi, xi.reciprocal()}) {
            if (upToFourthRoot(got, c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean upToFourthRoot(Complex got, Complex c) {
        Complex x = c;
        for (int m = 0; m < 4; m++) {
            if (close(got, x)) {
                return true;
            }
            x = x.multiply(I);
        }
        return false;
    }

    /** ν is identifiable up to ±ν^{±1}·ω₃^m (pairing across the syn factor is a cyclic shift). */
    private static boolean nuMatches(Complex got, Complex nu) {
        for (Complex c : new Complex[] {nu, nu.reciprocal()}) {
            Complex x = c;
            for (int m = 0; m < 3; m++) {
                if (close(got, x) || close(got, x.negate())) {
                    return true;
                }
                x = x.multiply(W3);
            }
        }
        return false;
    }

    /**
     * (α, β) of z_{syn,αβ} as the a/c ratios {1, α, β} of its columns, identifiable up to re-basing
     * (dividing by one of them), a fourth root of unity per element (S1 may mix nodes of both
     * z_{ν=i} columns, which share c = 1, multiplying a column by (±i, ∓i, 1)), global conjugation
     * and order. The recovered β is a₂/ω₃ (quirk), so the recovered ratio set is {1, α',
     * β'·ω₃²}·(±).
     */
    private static boolean synAbMatches(
            Complex gotAlpha, Complex gotBeta, Complex alpha, Complex beta) {
        Complex[] got = {Complex.ONE, gotAlpha, gotBeta.multiply(W3).multiply(W3)};
        Complex[] x = {Complex.ONE, alpha, beta};
        for (Complex base : x) {
            for (boolean conj : new boolean[] {false, true}) {
                Complex[] cand = new Complex[3];
                for (int i = 0; i < 3; i++) {
                    cand[i] = x[i].divide(base);
                    if (conj) {
                        cand[i] = cand[i].conjugate();
                    }
                }
                if (matchesUpToRootsAndOrder(got, cand)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether some one-to-one assignment pairs every got entry with a candidate up to a fourth
     * root. Every assignment is tried: a greedy one can take a candidate that is within tolerance
     * of the wrong entry (the tolerance 0.06 is about 3.4°, and ±i multiples of different entries
     * can fall that close).
     */
    private static boolean matchesUpToRootsAndOrder(Complex[] got, Complex[] cand) {
        return assign(got, 0, cand, new boolean[cand.length]);
    }

    private static boolean assign(Complex[] got, int from, Complex[] cand, boolean[] used) {
        if (from == got.length) {
            return true;
        }
        for (int i = 0; i < cand.length; i++) {
            if (!used[i] && upToFourthRoot(got[from], cand[i])) {
                used[i] = true;
                boolean ok = assign(got, from + 1, cand, used);
                used[i] = false;
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    private int synAbNamed;
    private int synAbShifted;

    /**
     * An angle for ν whose class ±ν^{±1}ω₃^m (angles ±θ + 60°·m) stays ≥ 5° away from ν⁴ = −1 (θ ≡
     * 15° mod 30°), where z_ν is also a z_ξ, and ≥ 7° away from ±i (θ ≡ 0° mod 30°), where
     * z_ν*z_syn is z_{ν=i}*z_syn and the documented "4c" test (tolerance 0.1 ≈ 5.7°, tried before
     * "nu") rightly names it so.
     */
    private static double nuAngle(SplittableRandom rnd) {
        while (true) {
            double t = rnd.nextDouble(-Math.PI, Math.PI);
            double deg = Math.toDegrees(t);
            double m = ((deg % 30) + 30) % 30;
            if (Math.abs(m - 15) > 5 && m > 7 && m < 23) {
                return t;
            }
        }
    }

    /** Whether every S1/S2 pair joins nodes whose c-phases differ by ω₃^{±1} (not by 1). */
    private static boolean shiftedPairing(RealWeights w, int k, Factorisation f) {
        FourierNet z = FourierNet.fromReal(w);
        List<Integer> order = f.columnOrder();
        int h = order.size() / 2;
        for (int i = 0; i < h; i++) {
            Complex r =
                    z.coefficient(dev.cogs.algebra.weights.Part.C, k, order.get(i))
                            .divide(
                                    z.coefficient(
                                            dev.cogs.algebra.weights.Part.C, k, order.get(h + i)));
            double phase = Math.abs(Math.toDegrees(r.arg()));
            if (!(Math.abs(phase - 120) < 10)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Plants a random construction at every frequency; for layout F4/6 all but k0 are order 4 with
     * bias.
     */
    private void assertRandomNetNamed(long seed, boolean f46Layout) {
        int d = 23;
        int n = (d - 1) / 2;
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Block> blocks = new ArrayList<>();
        Planted[] planted = new Planted[n + 1];
        int k0 = 1 + rnd.nextInt(n);
        for (int k = 1; k <= n; k++) {
            Kind kind =
                    f46Layout ? (k == k0 ? Kind.NU_SYN : Kind.XI) : Kind.values()[rnd.nextInt(3)];
            Complex p1;
            Complex p2 = null;
            switch (kind) {
                case XI:
                    p1 =
                            TestNets.unit(rnd.nextDouble(-Math.PI, Math.PI))
                                    .multiply(rnd.nextDouble(0.9, 1.1));
                    blocks.add(
                            TestNets.product(
                                    k,
                                    TestNets.nuI(),
                                    TestNets.xi(p1, rnd.nextBoolean() ? 1 : -1)));
                    break;
                case NU_SYN:
                    double mod = f46Layout ? 1 : rnd.nextDouble(0.85, 1.15);
                    p1 = TestNets.unit(nuAngle(rnd)).multiply(mod);
                    blocks.add(TestNets.product(k, TestNets.nu(p1), TestNets.syn()));
                    break;
                default:
                    p1 = TestNets.unit(rnd.nextDouble(-Math.PI, Math.PI));
                    p2 = TestNets.unit(rnd.nextDouble(-Math.PI, Math.PI));
                    blocks.add(TestNets.product(k, TestNets.nuI(), TestNets.synAb(p1, p2)));
                    break;
            }
            planted[k] = new Planted(kind, p1, p2);
        }
        List<Node> nodes = TestNets.normalised(d, blocks);
        if (f46Layout) {
            // Shared bias output components on the k0 nodes (docs/cogs-math.md §6.3 step 3); they
            // must not disturb grouping.
            for (Node node : nodes) {
                if (node.k() == k0) {
                    for (int k = 1; k <= n; k++) {
                        if (k != k0) {
                            node.extraK().add(new int[] {k});
                            node.extraC().add(TestNets.rc(rnd, 0.05));
                        }
                    }
                }
            }
        }
        RealWeights w = TestNets.disguise(d, nodes, 200, Math.log(1.5), 0.01, 2e-3, rnd);
        NetAnalysis an = NetAnalysis.of(w);
        assertEquals(n, an.frequencyOrders().size());
        int expectedTotal = 0;
        int shiftedBefore = synAbShifted;
        int shiftedStillCounted = 0;
        for (int k = 1; k <= n; k++) {
            GroupAnalysis g = an.group(k);
            Planted p = planted[k];
            int size = p.kind() == Kind.XI ? 4 : 6;
            expectedTotal += size;
            String where = "seed " + seed + ", k = " + k + ", planted " + p + ", got " + g;
            assertEquals(size, g.size(), where);
            assertEquals(size, an.frequencyOrders().get(k - 1), where);
            switch (p.kind()) {
                case XI:
                    assertEquals(SolutionKind.NU_I_XI, g.kind(), where);
                    assertTrue(xiMatches(g.xi().orElseThrow(), p.p1()), where);
                    assertTrue(g.matches(GroupConstruction.nuIXi(p.p1()), PARAM_TOL), where);
                    break;
                case NU_SYN:
                    assertEquals(SolutionKind.NU_SYN, g.kind(), where);
                    assertTrue(nuMatches(g.nu().orElseThrow(), p.p1()), where);
                    assertTrue(g.matches(GroupConstruction.nuSyn(p.p1()), PARAM_TOL), where);
                    break;
                default:
                    if (g.kind() == SolutionKind.NU_I_SYN_AB) {
                        // beta() is the true β in canonical form (docs/cogs-math.md §9.9); the
                        // helper expects the
                        // authors' β·ω₃. Plain z_syn (α, β within 0.1 of fourth roots of unity)
                        // reports α = β = 1.
                        Complex beta = g.beta().orElseThrow().multiply(W3);
                        assertTrue(
                                synAbMatches(g.alpha().orElseThrow(), beta, p.p1(), p.p2()), where);
                        boolean plain =
                                g.factorisation()
                                        .orElseThrow()
                                        .types()
                                        .contains(FactorType.ORDER_3_SYN);
                        if (!plain) {
                            assertTrue(
                                    g.matches(
                                            GroupConstruction.nuISynAb(p.p1(), p.p2()), PARAM_TOL),
                                    where);
                        }
                        synAbNamed++;
                    } else {
                        // The only admissible failure: the c-ratio search tied between the straight
                        // pairing and a
                        // pairing shifted along the syn factor (constant c-ratio ω₃^{±1}), and
                        // noise chose the latter.
                        assertTrue(shiftedPairing(w, k, g.factorisation().orElseThrow()), where);
                        synAbShifted++;
                        // a shifted pairing can still land in a counted class (seed 94: as
                        // z_ν*z_syn)
                        if (g.kind() == SolutionKind.NU_I_XI || g.kind() == SolutionKind.NU_SYN) {
                            shiftedStillCounted++;
                        }
                    }
                    break;
            }
        }
        assertEquals(expectedTotal, an.activeNodes(), "inactive nodes are not counted");
        RunStatistics s = an.statistics();
        assertEquals(0, s.non46());
        assertEquals(0, s.nf4());
        assertEquals(
                n - (synAbShifted - shiftedBefore) + shiftedStillCounted,
                s.nuIXi() + s.nuSyn() + s.nuISynAb());
    }

    @Test
    void parameterMatchingTriesEveryAssignment() {
        // from a failing property run: the recovered (α, β) were right (re-based on β, up to fourth
        // roots), but a
        // greedy matching paired 1 with 1/β·i (3.3° off, inside the tolerance) and then found no
        // partner for α
        Complex gotAlpha = Complex.of(0.05958196023313206, 0.9881703632943252);
        Complex gotBeta = Complex.of(0.6411679886884549, 0.7562086143687853);
        Complex alpha = Complex.of(-0.39041074673300585, 0.9206407816490516);
        Complex beta = Complex.of(-0.05788601299565636, 0.9983231989188004);
        assertTrue(synAbMatches(gotAlpha, gotBeta, alpha, beta));
        assertFalse(synAbMatches(gotAlpha, gotBeta, alpha, beta.multiply(TestNets.unit(0.5))));
    }

    @Test
    void aShiftedPairingNamedAsAnotherCountedClassIsCountedOnce() {
        // QuickTheories found this seed: one z_{ν=i}*z_{syn,αβ} group whose c-ratio tie picked the
        // shifted pairing
        // is named by a counted class, so the statistics count it although the planted kind was not
        // recovered.
        assertRandomNetNamed(94L, false);
    }

    @Test
    void aPlainSynGroupHasAlphaAndBetaOne() {
        // QuickTheories found this seed: a z_{syn,αβ} planted within 1.5° of fourth roots of unity
        // is fitted as plain z_syn, whose canonical β came out as ω̄₃ reduced (e^{iπ/6}) instead
        // of 1, because the authors' [α, β·ω₃] of plain z_syn was taken as [1, 1] and not [1, ω₃]
        assertRandomNetNamed(-346L, false);
    }

    @Test
    void namesEveryGroupOfDisguisedRandomMixtures() {
        qt().withExamples(8)
                .forAll(longs().all())
                .checkAssert(seed -> assertRandomNetNamed(seed, false));
        // the documented c-ratio search ties exactly between the straight and the shifted pairings
        // of
        // z_{ν=i}*z_{syn,αβ}; node noise picks one, so only a share of these groups can be named.
        assertTrue(
                synAbNamed > 0,
                synAbNamed
                        + " z_{nu=i}*z_{syn,ab} groups named, "
                        + synAbShifted
                        + " lost to the shifted-pairing tie");
    }

    @Test
    void exactTiesAreBrokenByTheFirstLexicographicMinimum() {
        // Exact z_{ν=i}*z_{syn,αβ} in canonical node order: the identity order has c-ratio cost
        // exactly 0 and is
        // the lexicographically first permutation, so it wins the tie against the shifted pairings.
        int d = 11;
        Complex alpha = TestNets.unit(0.4);
        Complex beta = TestNets.unit(-1.1);
        Block b = TestNets.product(3, TestNets.nuI(), TestNets.synAb(alpha, beta));
        NetAnalysis an =
                NetAnalysis.of(TestNets.realWeights(d, TestNets.normalised(d, List.of(b))));
        GroupAnalysis g = an.group(3);
        assertEquals(List.of(0, 1, 2, 3, 4, 5), g.factorisation().orElseThrow().columnOrder());
        assertEquals(SolutionKind.NU_I_SYN_AB, g.kind());
        // Canonical order gives the exact parameters: α = a₁/ω₃, and the quirk a₂/ω₃ = β·ω₃
        // (docs/cogs-math.md §12.13),
        // each up to the sign fix "Re a > 0 ⇒ negate".
        Complex a1 = alpha.multiply(W3);
        Complex a2 = beta.multiply(W3).multiply(W3);
        Complex expAlpha = (a1.re() > 0 ? a1.negate() : a1).divide(W3);
        Complex expBeta = (a2.re() > 0 ? a2.negate() : a2).divide(W3);
        Complex gotAlpha = g.authorsParameters().get(0);
        Complex gotBeta = g.authorsParameters().get(1);
        assertTrue(gotAlpha.subtract(expAlpha).abs() < 1e-9, gotAlpha + " vs " + expAlpha);
        assertTrue(gotBeta.subtract(expBeta).abs() < 1e-9, gotBeta + " vs " + expBeta);
        // the canonical form is the canonical representative of the planted (α, β), and matches it
        GroupConstruction planted = GroupConstruction.nuISynAb(alpha, beta);
        GroupConstruction fitted = g.construction().orElseThrow();
        GroupConstruction expected = planted.canonical();
        for (int i = 0; i < 2; i++) {
            assertTrue(
                    fitted.parameters().get(i).subtract(expected.parameters().get(i)).abs() < 1e-9,
                    fitted + " vs " + expected);
        }
        assertTrue(g.matches(planted, 1e-9));
        assertFalse(
                g.matches(
                        GroupConstruction.nuISynAb(alpha, beta.multiply(TestNets.unit(0.3))),
                        0.06));
    }

    @Test
    void zNuWithNuToTheFourthMinusOneIsClassifiedXiByTheTestOrder() {
        // ν = e^{iπ/4}: c₂ = −ν⁻² = i and b₂ = −ν = −i·ν⁻¹, so the z_ν factor is also a z_ξ with ξ
        // = ν; "xi" is
        // tested first (docs/cogs-math.md §9 step 5). Such groups pair (syn, xi) and count as
        // "other".
        Complex nu = TestNets.unit(Math.PI / 4);
        Factor f = Factoriser.classify(TestNets.nu(nu), 0.1);
        assertEquals(FactorType.ORDER_2_XI, f.type());
        assertTrue(f.parameters().get(0).subtract(nu).abs() < 1e-12);
        Factor g = Factoriser.classify(TestNets.nu(TestNets.unit(Math.PI / 4 + 0.2)), 0.1);
        assertEquals(FactorType.ORDER_2_NU, g.type(), "0.2 rad away, |c₂ − i| = 2 sin(0.2) > 0.1");
    }

    @Test
    void namesEveryGroupOfDisguisedF46Layouts() {
        qt().withExamples(5)
                .forAll(longs().all())
                .checkAssert(seed -> assertRandomNetNamed(seed, true));
    }

    @Test
    void analysesTheAlgebraModulesConstructions() {
        // Independent builder: the algebra module's z_{F4/6} and z_{F6} (docs/cogs-math.md §6.1,
        // §6.3), d = 23.
        int d = 23;
        Complex nu = TestNets.unit(0.7);
        Complex xi = TestNets.unit(0.3);
        NetAnalysis f46 =
                NetAnalysis.of(FourierNet.fromReal(Constructions.f46(d, nu, xi, 1).toReal()));
        assertEquals(SolutionKind.NU_SYN, f46.group(1).kind());
        assertTrue(nuMatches(f46.group(1).nu().orElseThrow(), nu));
        for (int k = 2; k <= 11; k++) {
            assertEquals(SolutionKind.NU_I_XI, f46.group(k).kind(), "k = " + k);
            assertTrue(xiMatches(f46.group(k).xi().orElseThrow(), xi), "k = " + k);
        }
        NetAnalysis f6 = NetAnalysis.of(Constructions.f6(d, nu));
        assertEquals(11, f6.statistics().n6());
        assertEquals(1.0, f6.statistics().solNuSyn().orElseThrow(), 0.0);
        // Every order-4 node of z_{F4/6} has |A_k| = (1/(2d·4))^{1/3} = 0.1758 (docs/cogs-math.md
        // §11.A.11) > 0.05.
        assertEquals(List.of(6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4), f46.frequencyOrders());
    }

    @Test
    void xiWithBothImaginaryUnitsFromAlgebraBlocks() {
        int d = 11;
        for (ImaginaryUnit c2 : ImaginaryUnit.values()) {
            FourierNet block =
                    Constructions.normalised(
                            TestNets.times(
                                    d,
                                    Constructions.nuI(d, 2),
                                    Constructions.xi(d, 2, TestNets.unit(-2.0), c2)),
                            2);
            NetAnalysis an = NetAnalysis.of(block);
            assertEquals(SolutionKind.NU_I_XI, an.group(2).kind(), c2.toString());
            assertTrue(xiMatches(an.group(2).xi().orElseThrow(), TestNets.unit(-2.0)));
        }
    }

    @Test
    void randomGroupsAreNonFactorableAndOddSizesAreNot46() {
        int d = 7;
        SplittableRandom rnd = new SplittableRandom(7);
        List<Node> nodes = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            // Random phases, modulus ~ trained scale: no product structure.
            nodes.add(
                    new Node(
                            1,
                            TestNets.unit(rnd.nextDouble(7)).multiply(0.2),
                            TestNets.unit(rnd.nextDouble(7)).multiply(0.2),
                            TestNets.unit(rnd.nextDouble(7)).multiply(0.2)));
        }
        for (int j = 0; j < 5; j++) {
            nodes.add(
                    new Node(
                            2,
                            Complex.ONE.multiply(0.2),
                            Complex.ONE.multiply(0.2),
                            Complex.ONE.multiply(0.2)));
        }
        NetAnalysis an = NetAnalysis.of(TestNets.realWeights(d, nodes));
        GroupAnalysis g1 = an.group(1);
        assertEquals(SolutionKind.NON_FACTORABLE, g1.kind(), g1.toString());
        assertTrue(g1.factorisation().orElseThrow().err() > 0.3464);
        assertEquals(SolutionKind.NOT_4_6, an.group(2).kind());
        assertEquals(SolutionKind.NOT_4_6, an.group(3).kind());
        RunStatistics s = an.statistics();
        assertEquals(1, s.n4());
        assertEquals(1, s.nf4());
        assertEquals(2, s.non46());
        assertTrue(s.matched().isEmpty(), "no factorable group: matched fraction undefined");
        assertEquals(1.0, s.nonFactorable4().orElseThrow(), 0.0);
        assertTrue(s.nonFactorable6().isEmpty());
    }

    @Test
    void orderCountUsesOnlyAAndGroupingIncludesTheConstantFrequency() {
        int d = 7;
        // u_a = 0.3 (constant) + 2 Re(0.1 ω^{x}): |A_0| = 0.3 > |A_1| = 0.1 > 0.05.
        double[] ua = new double[d];
        double[] ub = new double[d];
        double[] w = new double[d];
        for (int x = 0; x < d; x++) {
            ua[x] = 0.3 + 0.2 * Math.cos(2 * Math.PI * x / d);
            w[x] = 1.0;
        }
        NetAnalysis an = NetAnalysis.of(RealWeights.ofFlat(d, 1, ua, ub, w));
        assertEquals(List.of(1, 0, 0), an.frequencyOrders());
        assertEquals(List.of(0), an.bestFrequency());
        assertEquals(1, an.constantNodes());
        assertEquals(0, an.group(1).size());
        // Just below the threshold: 2 Re(0.0499 ω^x) is not counted.
        double[] small = new double[d];
        for (int x = 0; x < d; x++) {
            small[x] = 2 * 0.0499 * Math.cos(2 * Math.PI * x / d);
        }
        NetAnalysis none = NetAnalysis.of(RealWeights.ofFlat(d, 1, small, ub, w));
        assertEquals(List.of(0, 0, 0), none.frequencyOrders());
        assertEquals(List.of(-1), none.bestFrequency());
    }
}
