package dev.cogs.category.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.NatSearch;
import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.testkit.category.Presheaves;
import dev.cogs.testkit.category.SmallCategories;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LimitsTest {

    private static final NatSearch.Constraints NONE = NatSearch.Constraints.none();

    /** Three functors of one variance on one tiny category. */
    private static Gen<List<SetFunctor>> triples() {
        return Presheaves.recipes(SmallCategories.tiny())
                .zip(
                        Presheaves.recipes(SmallCategories.tiny()),
                        Presheaves.recipes(SmallCategories.tiny()),
                        (r1, r2, r3) -> {
                            FiniteCategory c = r1.category().build();
                            return List.of(
                                    r1.build(c),
                                    new Presheaves.Recipe(
                                                    r1.category(),
                                                    r1.covariant(),
                                                    r2.summands(),
                                                    r2.merges())
                                            .build(c),
                                    new Presheaves.Recipe(
                                                    r1.category(),
                                                    r1.covariant(),
                                                    r3.summands(),
                                                    r3.merges())
                                            .build(c));
                        })
                .describedAs(Object::toString);
    }

    @Test
    void productSizesAndUniversalPropertyAsCounts() {
        qt().withExamples(120)
                .forAll(triples())
                .checkAssert(
                        fs -> {
                            SetFunctor f = fs.get(0);
                            SetFunctor g = fs.get(1);
                            SetFunctor h = fs.get(2);
                            Product p = Limits.product(f, g);
                            for (int x = 0; x < f.domain().objectCount(); x++) {
                                assertEquals(f.size(x) * g.size(x), p.object().size(x));
                            }
                            assertEquals(
                                    NatSearch.count(h, f, NONE) * NatSearch.count(h, g, NONE),
                                    NatSearch.count(h, p.object(), NONE));
                            for (NaturalTransformation a :
                                    NatSearch.all(h, f, NONE.withTake(3))
                                            .collect(Collectors.toList())) {
                                for (NaturalTransformation b :
                                        NatSearch.all(h, g, NONE.withTake(3))
                                                .collect(Collectors.toList())) {
                                    NaturalTransformation pair = p.pair(a, b);
                                    assertEquals(a, pair.andThen(p.projections().get(0)));
                                    assertEquals(b, pair.andThen(p.projections().get(1)));
                                }
                            }
                        });
    }

    @Test
    void coproductSizesAndUniversalPropertyAsCounts() {
        qt().withExamples(120)
                .forAll(triples())
                .checkAssert(
                        fs -> {
                            SetFunctor f = fs.get(0);
                            SetFunctor g = fs.get(1);
                            SetFunctor h = fs.get(2);
                            Coproduct s = Limits.coproduct(f, g);
                            for (int x = 0; x < f.domain().objectCount(); x++) {
                                assertEquals(f.size(x) + g.size(x), s.object().size(x));
                            }
                            assertEquals(
                                    NatSearch.count(f, h, NONE) * NatSearch.count(g, h, NONE),
                                    NatSearch.count(s.object(), h, NONE));
                            for (NaturalTransformation a :
                                    NatSearch.all(f, h, NONE.withTake(3))
                                            .collect(Collectors.toList())) {
                                for (NaturalTransformation b :
                                        NatSearch.all(g, h, NONE.withTake(3))
                                                .collect(Collectors.toList())) {
                                    NaturalTransformation copair = s.copair(a, b);
                                    assertEquals(a, s.injections().get(0).andThen(copair));
                                    assertEquals(b, s.injections().get(1).andThen(copair));
                                }
                            }
                        });
    }

    @Test
    void terminalAndInitialHaveUniqueMaps() {
        qt().withExamples(80)
                .forAll(Presheaves.recipes())
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            FiniteCategory c = f.domain();
                            SetFunctor one = Limits.terminal(c, f.variance());
                            SetFunctor zero = Limits.initial(c, f.variance());
                            assertEquals(1, NatSearch.count(f, one, NONE));
                            assertEquals(1, NatSearch.count(zero, f, NONE));
                            assertTrue(Limits.toTerminal(f).isNatural());
                            assertTrue(Limits.fromInitial(f).isNatural());
                        });
    }

    @Test
    void equalizerAndCoequalizerAreUniversal() {
        qt().withExamples(120)
                .forAll(triples())
                .checkAssert(
                        fs -> {
                            SetFunctor f = fs.get(0);
                            SetFunctor g = fs.get(1);
                            SetFunctor h = fs.get(2);
                            List<NaturalTransformation> maps =
                                    NatSearch.all(f, g, NONE.withTake(4))
                                            .collect(Collectors.toList());
                            if (maps.isEmpty()) {
                                return;
                            }
                            NaturalTransformation alpha = maps.get(0);
                            NaturalTransformation beta = maps.get(maps.size() - 1);
                            Equalizer eq = Limits.equalizer(alpha, beta);
                            assertTrue(eq.inclusion().isMonic());
                            assertEquals(
                                    eq.inclusion().andThen(alpha), eq.inclusion().andThen(beta));
                            // Maps H -> F that equalise correspond one-to-one to maps H -> E.
                            long equalising =
                                    NatSearch.all(h, f, NONE)
                                            .filter(
                                                    gm ->
                                                            gm.andThen(alpha)
                                                                    .equals(gm.andThen(beta)))
                                            .count();
                            assertEquals(equalising, NatSearch.count(h, eq.object(), NONE));
                            NatSearch.all(h, f, NONE.withTake(5))
                                    .filter(gm -> gm.andThen(alpha).equals(gm.andThen(beta)))
                                    .forEach(
                                            gm ->
                                                    assertEquals(
                                                            gm,
                                                            eq.lift(gm).andThen(eq.inclusion())));

                            Coequalizer co = Limits.coequalizer(alpha, beta);
                            assertTrue(co.quotient().isEpic());
                            assertEquals(alpha.andThen(co.quotient()), beta.andThen(co.quotient()));
                            long coequalising =
                                    NatSearch.all(g, h, NONE)
                                            .filter(
                                                    gm ->
                                                            alpha.andThen(gm)
                                                                    .equals(beta.andThen(gm)))
                                            .count();
                            assertEquals(coequalising, NatSearch.count(co.object(), h, NONE));
                            NatSearch.all(g, h, NONE.withTake(5))
                                    .filter(gm -> alpha.andThen(gm).equals(beta.andThen(gm)))
                                    .forEach(
                                            gm ->
                                                    assertEquals(
                                                            gm,
                                                            co.quotient().andThen(co.descend(gm))));
                        });
    }

    @Test
    void pullbackAndPushoutAreUniversalAsCounts() {
        qt().withExamples(50)
                .forAll(triples())
                .checkAssert(
                        fs -> {
                            SetFunctor f = fs.get(0);
                            SetFunctor g = fs.get(1);
                            SetFunctor h = fs.get(2);
                            List<NaturalTransformation> alphas =
                                    NatSearch.all(f, h, NONE.withTake(2))
                                            .collect(Collectors.toList());
                            List<NaturalTransformation> betas =
                                    NatSearch.all(g, h, NONE.withTake(2))
                                            .collect(Collectors.toList());
                            for (NaturalTransformation alpha : alphas) {
                                for (NaturalTransformation beta : betas) {
                                    Pullback pb = Limits.pullback(alpha, beta);
                                    assertEquals(
                                            pb.first().andThen(alpha), pb.second().andThen(beta));
                                    assertEquals(
                                            Limits.product(f, g).object(), pb.product().object());
                                    assertEquals(pb.object(), pb.equalizer().object());
                                    assertEquals(
                                            pb.product().projections().get(0).andThen(alpha),
                                            pb.equalizer().alpha());
                                    assertEquals(
                                            pb.product().projections().get(1).andThen(beta),
                                            pb.equalizer().beta());
                                    // Cones from K = F: pairs (a, b) with alpha a = beta b, versus
                                    // maps F -> pullback.
                                    if (NatSearch.count(f, f, NONE) * NatSearch.count(f, g, NONE)
                                            > 400) {
                                        continue; // keep the quadratic cone enumeration cheap
                                    }
                                    long cones = 0;
                                    for (NaturalTransformation a :
                                            NatSearch.all(f, f, NONE)
                                                    .collect(Collectors.toList())) {
                                        for (NaturalTransformation b :
                                                NatSearch.all(f, g, NONE)
                                                        .collect(Collectors.toList())) {
                                            if (a.andThen(alpha).equals(b.andThen(beta))) {
                                                cones++;
                                                NaturalTransformation u = pb.pair(a, b);
                                                assertEquals(a, u.andThen(pb.first()));
                                                assertEquals(b, u.andThen(pb.second()));
                                            }
                                        }
                                    }
                                    assertEquals(cones, NatSearch.count(f, pb.object(), NONE));
                                }
                            }
                            List<NaturalTransformation> spanA =
                                    NatSearch.all(h, f, NONE.withTake(2))
                                            .collect(Collectors.toList());
                            List<NaturalTransformation> spanB =
                                    NatSearch.all(h, g, NONE.withTake(2))
                                            .collect(Collectors.toList());
                            for (NaturalTransformation alpha : spanA) {
                                for (NaturalTransformation beta : spanB) {
                                    Pushout po = Limits.pushout(alpha, beta);
                                    assertEquals(
                                            alpha.andThen(po.first()), beta.andThen(po.second()));
                                    assertTrue(
                                            Limits.coproduct(f, g).object().totalSize()
                                                    >= po.object().totalSize());
                                    // the intermediate objects are the documented ones
                                    assertEquals(
                                            Limits.coproduct(f, g).object(),
                                            po.coproduct().object());
                                    assertEquals(po.object(), po.coequalizer().object());
                                    assertEquals(
                                            alpha.andThen(po.coproduct().injections().get(0)),
                                            po.coequalizer().alpha());
                                    assertEquals(
                                            beta.andThen(po.coproduct().injections().get(1)),
                                            po.coequalizer().beta());
                                    // cocones into K = G: pairs (a, b) with a∘alpha = b∘beta,
                                    // versus maps pushout -> G
                                    if (NatSearch.count(f, g, NONE) * NatSearch.count(g, g, NONE)
                                            > 400) {
                                        continue;
                                    }
                                    long cocones = 0;
                                    for (NaturalTransformation a :
                                            NatSearch.all(f, g, NONE)
                                                    .collect(Collectors.toList())) {
                                        for (NaturalTransformation b :
                                                NatSearch.all(g, g, NONE)
                                                        .collect(Collectors.toList())) {
                                            if (alpha.andThen(a).equals(beta.andThen(b))) {
                                                cocones++;
                                                NaturalTransformation u = po.copair(a, b);
                                                assertEquals(a, po.first().andThen(u));
                                                assertEquals(b, po.second().andThen(u));
                                            }
                                        }
                                    }
                                    assertEquals(cocones, NatSearch.count(po.object(), g, NONE));
                                }
                            }
                        });
    }

    @Test
    void incompatibleFactorsAreRefused() {
        FiniteCategory c = SmallCategories.fixture("2");
        SetFunctor p = SetFunctor.terminal(c, Variance.CONTRAVARIANT);
        SetFunctor q = SetFunctor.terminal(c, Variance.COVARIANT);
        assertThrows(IllegalArgumentException.class, () -> Limits.product(p, q));
        assertThrows(IllegalArgumentException.class, () -> Limits.coproduct(List.of()));
    }

    @Test
    void locateInvertsTheInjections() {
        qt().withExamples(100)
                .forAll(triples())
                .checkAssert(
                        fs -> {
                            Coproduct s = Limits.coproduct(fs);
                            SetFunctor sum = s.object();
                            for (int x = 0; x < sum.domain().objectCount(); x++) {
                                boolean[] hit = new boolean[sum.size(x)];
                                for (int i = 0; i < fs.size(); i++) {
                                    for (int e = 0; e < fs.get(i).size(x); e++) {
                                        int image = s.injections().get(i).component(x, e);
                                        assertEquals(
                                                List.of(i, e),
                                                List.of(
                                                        s.locate(x, image)[0],
                                                        s.locate(x, image)[1]));
                                        hit[image] = true;
                                    }
                                }
                                for (boolean b : hit) {
                                    assertTrue(b, "every element comes from one summand");
                                }
                                int xx = x;
                                assertThrows(
                                        IllegalArgumentException.class,
                                        () -> s.locate(xx, sum.size(xx)));
                            }
                        });
    }
}
