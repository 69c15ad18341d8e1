package dev.cogs.category.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.Kan;
import dev.cogs.category.yoneda.NonRepresentability;
import dev.cogs.category.yoneda.Yoneda;
import dev.cogs.testkit.category.SmallCategories;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * docs/category.md, "Numbers to reproduce" E (the Corollary 1 fixture) and the lemmas of
 * docs/category.md §1.6.
 */
class RotationTasksTest {

    private static final FiniteCategory R1 =
            RotationTasks.sevenImages(RotationModel.ACTION_GROUPOID);
    private static final FiniteCategory R2 =
            RotationTasks.sevenImages(RotationModel.ONE_OBJECT_PER_IMAGE);
    private static final int A0 = 0;
    private static final int B0 = 4;
    private static final int B1 = 5;
    private static final int C0 = 6;

    @Test
    void sevenImagesHasTheSpecShape() {
        assertEquals(7, R1.objectCount());
        assertEquals(28, R1.morphismCount());
        assertTrue(R1.isCategory());
        assertEquals(List.of("A0", "A1", "A2", "A3", "B0", "B1", "C0"), R1.labels().objects());
        int[][] rows = {{1, 1, 1, 1, 0, 0, 0}, {0, 0, 0, 0, 2, 2, 0}, {0, 0, 0, 0, 0, 0, 4}};
        for (int x = 0; x < 7; x++) {
            int[] expected = rows[x < 4 ? 0 : x < 6 ? 1 : 2];
            for (int y = 0; y < 7; y++) {
                assertEquals(expected[y], R1.homSize(x, y), "Hom(" + x + ", " + y + ")");
            }
        }
        assertEquals(7, R2.objectCount());
        assertEquals(28, R2.morphismCount());
        assertTrue(R2.isCategory());
    }

    @Test
    void agreesWithTheCoreActionGroupoid() {
        FiniteCategory core = SmallCategories.actionGroupoidOfCyclic(4, 4, 2, 1);
        for (int x = 0; x < 7; x++) {
            for (int y = 0; y < 7; y++) {
                assertEquals(core.homSize(x, y), R1.homSize(x, y));
            }
        }
    }

    @Test
    void supportsAndUniversalElementsOfRepresentables() {
        SetFunctor hA = RotationTasks.relativeRotation(R1, A0);
        assertEquals(List.of(Set.of(0, 1, 2, 3)), RotationTasks.support(hA));
        assertEquals(Set.of(0, 1, 2, 3), PromptTuning.solvingPrompts(hA));
        assertEquals(4, PromptTuning.decide(hA).prompts().size());
        SetFunctor hB = RotationTasks.relativeRotation(R1, B0);
        assertEquals(List.of(Set.of(B0, B1)), RotationTasks.support(hB));
        assertEquals(2, hB.size(B0));
        assertEquals(2, hB.size(B1));
        PromptTuning.Verdict vb = PromptTuning.decide(hB);
        assertEquals(4, vb.prompts().size());
        assertEquals(2, vb.prompts().stream().filter(p -> p.object() == B0).count());
        assertEquals(
                Set.of(B0, B1),
                vb.promptObjects(),
                "rotation relative to B0 is solved exactly by B0, B1");
        SetFunctor hC = RotationTasks.relativeRotation(R1, C0);
        assertEquals(List.of(Set.of(C0)), RotationTasks.support(hC));
        assertEquals(4, hC.size(C0));
        assertEquals(4, PromptTuning.decide(hC).prompts().size());
    }

    @Test
    void classificationAndConstantTasksAreNotSolvableByPrompts() {
        for (FiniteCategory c : List.of(R1, R2)) {
            for (SetFunctor task :
                    List.of(
                            RotationTasks.classification(c),
                            SetFunctor.constant(c, Variance.CONTRAVARIANT, 2),
                            SetFunctor.constant(c, Variance.CONTRAVARIANT, 3))) {
                PromptTuning.Verdict v = PromptTuning.decide(task);
                assertFalse(v.solvable());
                assertTrue(
                        v.reason() instanceof NonRepresentability.SupportSplit,
                        v.reason().describe());
            }
        }
    }

    @Test
    void perOrbitClassificationIsSolvableOnTheFreeOrbitOnly() {
        List<Set<Integer>> orbits = RotationTasks.orbits(R1);
        assertEquals(List.of(Set.of(0, 1, 2, 3), Set.of(B0, B1), Set.of(C0)), orbits);
        assertEquals(
                Set.of(0, 1, 2, 3),
                PromptTuning.solvingPrompts(RotationTasks.classificationOn(R1, orbits.get(0))));
        assertFalse(
                PromptTuning.decide(RotationTasks.classificationOn(R1, orbits.get(1))).solvable());
        assertFalse(
                PromptTuning.decide(RotationTasks.classificationOn(R1, orbits.get(2))).solvable());
        // R2: the terminal presheaf on one image is never representable (|Hom(P, P)| = 4 ≠ 1).
        for (Set<Integer> image : RotationTasks.orbits(R2)) {
            assertFalse(PromptTuning.decide(RotationTasks.classificationOn(R2, image)).solvable());
        }
        // R2: a prompt reaches its own image only.
        assertEquals(
                Set.of(B0), PromptTuning.solvingPrompts(RotationTasks.relativeRotation(R2, B0)));
    }

    @Test
    void yonedaIsFullyFaithfulOnAll49Pairs() {
        assertEquals(List.of(), Yoneda.embedding(R1).failures());
        assertTrue(IdealModel.yoneda(PretextCategory.of(R1)).isLossless());
    }

    @Test
    void fineTuningReproducesClassificationOnEveryPrompt() {
        SetFunctor t = SetFunctor.terminal(R1, Variance.COVARIANT);
        for (int p = 0; p < 7; p++) {
            assertEquals(
                    1, FineTuning.adapter(t).apply(Yoneda.representable(R1, p)).size(), "P = " + p);
        }
        assertEquals(List.of(), FineTuning.failures(t));
        assertEquals(
                List.of(), FineTuning.failures(SetFunctor.constant(R2, Variance.CONTRAVARIANT, 3)));
        // The non-representable classification task extends to the coproduct of all representables
        // too.
        assertEquals(1, Kan.tensor(Yoneda.representable(R1, C0), t).size());
    }

    /**
     * docs/category.md §1.6 lemma (d): a single orbit's terminal presheaf is representable iff the
     * action is free.
     */
    @Test
    void singleOrbitLemma() {
        for (int s : new int[] {1, 2, 4}) {
            FiniteCategory c =
                    RotationTasks.rotationCategory(new int[] {s}, RotationModel.ACTION_GROUPOID);
            boolean representable = PromptTuning.decide(RotationTasks.classification(c)).solvable();
            assertEquals(s == 4, representable, "orbit size " + s);
        }
        assertThrows(
                IllegalArgumentException.class,
                () -> RotationTasks.rotationCategory(new int[] {3}, RotationModel.ACTION_GROUPOID));
    }

    @Test
    void exampleTasksCoverTheSpecList() {
        List<RotationTasks.NamedTask> tasks = RotationTasks.exampleTasks(R1);
        assertEquals(9, tasks.size());
        long solvable =
                tasks.stream().filter(t -> PromptTuning.decide(t.task()).solvable()).count();
        // Three relative rotations and classification on the free orbit.
        assertEquals(4, solvable);
    }

    /** Orbit-size lists of Z4-sets: 1 to 4 orbits, each of size 1, 2 or 4. */
    private static Gen<List<Integer>> orbitSizes() {
        return lists().of(Generate.pick(List.of(1, 2, 4))).ofSizeBetween(1, 4);
    }

    private static int[] array(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * docs/category.md §1.6 lemmas (a), (b): supp(h_P) = {X : Hom(X, P) non-empty} = the orbit of
     * P, |h_P(Y)| = |Stab(P)|.
     */
    @Test
    void supportLemmaOnActionGroupoids() {
        qt().withExamples(60)
                .forAll(orbitSizes())
                .checkAssert(
                        sizes -> {
                            FiniteCategory c =
                                    RotationTasks.rotationCategory(
                                            array(sizes), RotationModel.ACTION_GROUPOID);
                            List<Set<Integer>> orbits = RotationTasks.orbits(c);
                            assertEquals(sizes.size(), orbits.size());
                            for (int p = 0; p < c.objectCount(); p++) {
                                SetFunctor h = RotationTasks.relativeRotation(c, p);
                                Set<Integer> supp = new TreeSet<>();
                                for (int x = 0; x < c.objectCount(); x++) {
                                    if (c.homSize(x, p) > 0) {
                                        supp.add(x);
                                    }
                                }
                                final int fp = p;
                                Set<Integer> orbit =
                                        orbits.stream()
                                                .filter(o -> o.contains(fp))
                                                .findFirst()
                                                .orElseThrow();
                                assertEquals(List.of(supp), RotationTasks.support(h));
                                assertEquals(orbit, supp);
                                for (int y : supp) {
                                    assertEquals(
                                            4 / orbit.size(), h.size(y), "|Stab(P)| = 4 / |orbit|");
                                }
                            }
                        });
    }

    /**
     * docs/category.md §1.6 lemma (c): with two or more orbits no non-empty constant presheaf is
     * representable (R1 and R2).
     */
    @Test
    void constantTasksAreNeverSolvableWithTwoOrMoreOrbits() {
        qt().withExamples(60)
                .forAll(orbitSizes(), integers().between(1, 3))
                .checkAssert(
                        (sizes, n) -> {
                            for (RotationModel model : RotationModel.values()) {
                                FiniteCategory c =
                                        RotationTasks.rotationCategory(array(sizes), model);
                                boolean solvable =
                                        PromptTuning.decide(
                                                        SetFunctor.constant(
                                                                c, Variance.CONTRAVARIANT, n))
                                                .solvable();
                                int components = RotationTasks.orbits(c).size();
                                if (components >= 2) {
                                    assertFalse(solvable);
                                } else {
                                    // One orbit, R1: representable iff free and n = 1 (lemma (d));
                                    // R2 never.
                                    assertEquals(
                                            model == RotationModel.ACTION_GROUPOID
                                                    && sizes.get(0) == 4
                                                    && n == 1,
                                            solvable);
                                }
                            }
                        });
    }
}
