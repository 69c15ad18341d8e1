package dev.cogs.nets.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.AbelianDecomposition;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.algebra.group.GroupHomomorphism;
import dev.cogs.algebra.weights.AbelianConstructions;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.RealWeights;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The analysis pipeline of docs/cogs-math.md §9 over finite abelian groups (docs/cogs-math.md
 * §14.7).
 */
class AbelianAnalysisTest {

    private static final Complex NU = Complex.polar(1, 0.7);
    private static final Complex XI = Complex.polar(1, 0.3);

    /** Real weights plus uniform noise of the given amplitude, from a seed. */
    static RealWeights noisy(RealWeights w, double amplitude, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] ua = w.uaFlat();
        double[] ub = w.ubFlat();
        double[] ww = w.wFlat();
        for (double[] a : new double[][] {ua, ub, ww}) {
            for (int i = 0; i < a.length; i++) {
                a[i] += amplitude * (2 * r.nextDouble() - 1);
            }
        }
        return RealWeights.ofFlat(w.d(), w.order(), ua, ub, ww);
    }

    @Test
    void overZdItIsTheNetAnalysis() {
        // docs/cogs-math.md §14.7: the representatives of Z_d are k = 1..(d-1)/2 and every number
        // is §9's
        qt().withExamples(30)
                .forAll(
                        integers().between(2, 12).map(h -> 2 * h + 1),
                        longs().between(1, 1000),
                        doubles().between(0, 0.02))
                .checkAssert(
                        (d, seed, noise) -> {
                            RealWeights w =
                                    noisy(Constructions.f46(d, NU, XI, 1).toReal(), noise, seed);
                            NetAnalysis expected = NetAnalysis.of(w);
                            AbelianAnalysis a =
                                    AbelianAnalysis.of(
                                            CharacterGroup.of(FiniteGroups.cyclic(d)), w);
                            assertEquals(expected.frequencyOrders(), a.frequencyOrders());
                            assertEquals(expected.bestFrequency(), a.bestCharacter());
                            assertEquals(expected.groups(), a.groups());
                            assertEquals(expected.constantNodes(), a.constantNodes());
                            assertEquals(expected.statistics(), a.statistics());
                            assertEquals(expected.activeNodes(), a.activeNodes());
                        });
    }

    @Test
    void constructionsAreRecognisedOverProducts() {
        for (String name : List.of("Z5xZ5", "Z3xZ5", "Z3xZ3xZ3", "Z7xZ11")) {
            CharacterGroup ch = CharacterGroup.of(FiniteGroups.parse(name));
            AbelianAnalysis f6 = AbelianAnalysis.of(ch, AbelianConstructions.f6(ch, NU).toReal());
            int pairs = (ch.size() - 1) / 2;
            assertEquals(pairs, f6.characters().size());
            assertTrue(f6.frequencyOrders().stream().allMatch(o -> o == 6), name);
            assertTrue(f6.groups().stream().allMatch(g -> g.kind() == SolutionKind.NU_SYN), name);
            int k0 = AbelianConstructions.defaultK0(ch);
            AbelianAnalysis f46 =
                    AbelianAnalysis.of(ch, AbelianConstructions.f46(ch, NU, XI, k0).toReal());
            assertEquals(SolutionKind.NU_SYN, f46.group(k0).kind(), name);
            assertEquals(pairs - 1, f46.statistics().nuIXi(), name);
            assertEquals(1.0, f46.statistics().matched().orElseThrow(), 1e-15);
            assertEquals(0, f46.constantNodes());
        }
    }

    @Test
    void orderTwoCharactersAreAnalysedToo() {
        // Z2xZ6 has 3 characters of order 2: z_F6 puts 2 nodes there (docs/cogs-math.md §14.4)
        CharacterGroup ch = CharacterGroup.of(FiniteGroups.parse("Z2xZ6"));
        AbelianAnalysis a = AbelianAnalysis.of(ch, AbelianConstructions.f6(ch, NU).toReal());
        for (int t = 0; t < a.characters().size(); t++) {
            int expected = a.characterOrders().get(t) == 2 ? 2 : 6;
            assertEquals(
                    expected, a.frequencyOrders().get(t), "character " + a.characters().get(t));
        }
        assertEquals(3, a.characterOrders().stream().filter(o -> o == 2).count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.group(0));
        assertTrue(e.getMessage().contains("representatives"), e.getMessage());
    }

    @Test
    void isomorphicGroupsGiveTheSameAnalysisPairByPair() {
        // Z15 ≅ Z3 x Z5: carry a noisy z_F4/6 (or random weights) across φ and match each
        // representative of Z3xZ5
        // to the conjugate pair of Z15 it comes from (χ' ∘ φ)
        FiniteGroup z15 = FiniteGroups.parse("Z15");
        FiniteGroup z35 = FiniteGroups.parse("Z3xZ5");
        GroupHomomorphism phi =
                AbelianDecomposition.of(z15)
                        .isomorphismTo(AbelianDecomposition.of(z35))
                        .orElseThrow();
        CharacterGroup c15 = CharacterGroup.of(z15);
        CharacterGroup c35 = CharacterGroup.of(z35);
        int[] match = matching(c15, c35, phi);
        qt().withExamples(40)
                .forAll(
                        integers().between(1, 7),
                        longs().between(1, 10_000),
                        doubles().between(0, 0.03),
                        integers().between(0, 1))
                .checkAssert(
                        (k0, seed, noise, random) -> {
                            RealWeights w =
                                    random == 1
                                            ? noisy(
                                                    RealWeights.ofFlat(
                                                            15,
                                                            30,
                                                            new double[450],
                                                            new double[450],
                                                            new double[450]),
                                                    0.6,
                                                    seed)
                                            : noisy(
                                                    Constructions.f46(15, NU, XI, k0).toReal(),
                                                    noise,
                                                    seed);
                            AbelianAnalysis a15 = AbelianAnalysis.of(c15, w);
                            AbelianAnalysis a35 = AbelianAnalysis.of(c35, carry(w, phi));
                            for (int t = 0; t < a35.characters().size(); t++) {
                                int chi = a35.characters().get(t);
                                int m = match[chi];
                                int rep = Math.min(m, c15.conjugate(m));
                                GroupAnalysis g35 = a35.groups().get(t);
                                GroupAnalysis g15 = a15.group(rep);
                                assertEquals(
                                        a15.frequencyOrders().get(a15.characters().indexOf(rep)),
                                        a35.frequencyOrders().get(t),
                                        "order at " + chi);
                                assertEquals(g15.nodes(), g35.nodes(), "nodes at " + chi);
                                assertEquals(g15.kind(), g35.kind(), "kind at " + chi);
                            }
                            // counts exactly; the mean residuals err are sums in another order:
                            // rounding (1e-12)
                            RunStatistics s15 = a15.statistics();
                            RunStatistics s35 = a35.statistics();
                            assertEquals(
                                    List.of(
                                            s15.n4(),
                                            s15.n6(),
                                            s15.nf4(),
                                            s15.nf6(),
                                            s15.nuIXi(),
                                            s15.nuSyn(),
                                            s15.nuISynAb()),
                                    List.of(
                                            s35.n4(),
                                            s35.n6(),
                                            s35.nf4(),
                                            s35.nf6(),
                                            s35.nuIXi(),
                                            s35.nuSyn(),
                                            s35.nuISynAb()));
                            assertEquals(s15.err4().orElse(0), s35.err4().orElse(0), 1e-12);
                            assertEquals(s15.err6().orElse(0), s35.err6().orElse(0), 1e-12);
                        });
    }

    static RealWeights carry(RealWeights w, GroupHomomorphism phi) {
        int n = w.d();
        int q = w.order();
        double[] ua = new double[q * n];
        double[] ub = new double[q * n];
        double[] ww = new double[n * q];
        for (int j = 0; j < q; j++) {
            for (int g = 0; g < n; g++) {
                ua[j * n + phi.apply(g)] = w.ua(j, g);
                ub[j * n + phi.apply(g)] = w.ub(j, g);
                ww[phi.apply(g) * q + j] = w.w(g, j);
            }
        }
        return RealWeights.ofFlat(n, q, ua, ub, ww);
    }

    /** match[χ'] = χ with χ'(φ(g)) = χ(g) for every g (exact phases). */
    static int[] matching(CharacterGroup source, CharacterGroup target, GroupHomomorphism phi) {
        int n = source.size();
        int[] match = new int[n];
        for (int ct = 0; ct < n; ct++) {
            for (int cs = 0; cs < n; cs++) {
                boolean same = true;
                for (int g = 0; g < n && same; g++) {
                    same =
                            (long) target.phase(ct, phi.apply(g)) * source.exponent()
                                    == (long) source.phase(cs, g) * target.exponent();
                }
                if (same) {
                    match[ct] = cs;
                    break;
                }
            }
        }
        return match;
    }

    @Test
    void recordValidatesLengths() {
        AbelianAnalysis a =
                AbelianAnalysis.of(
                        CharacterGroup.of(FiniteGroups.parse("Z3xZ3")),
                        Constructions.f6(9, NU).toReal());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new AbelianAnalysis(
                                a.group(),
                                a.size(),
                                a.order() + 1,
                                a.characters(),
                                a.characterOrders(),
                                a.frequencyOrders(),
                                a.bestCharacter(),
                                a.groups(),
                                a.constantNodes(),
                                a.statistics(),
                                a.options()));
        assertEquals(FourierNet.class, Constructions.f6(9, NU).getClass());
    }
}
