package dev.cogs.category.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.NonRepresentability;
import dev.cogs.testkit.category.Presheaves;
import dev.cogs.testkit.category.SmallCategories;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Theorem 1's prompts against the definition of a universal element, checked by brute force. */
class PromptTuningTest {

    /**
     * Every (P, x) with u ↦ T(u)(x) a bijection Hom(X, P) → T(X) at every X (Hom(P, X) for a
     * copresheaf), in (object, element) order: written from the definition, sharing no code with
     * Representability.
     */
    static List<PromptTuning.Prompt> universalElements(SetFunctor t) {
        FiniteCategory c = t.domain();
        boolean pre = t.variance() == Variance.CONTRAVARIANT;
        List<PromptTuning.Prompt> out = new ArrayList<>();
        for (int p = 0; p < c.objectCount(); p++) {
            for (int x = 0; x < t.size(p); x++) {
                boolean universal = true;
                for (int y = 0; y < c.objectCount() && universal; y++) {
                    IntSeq hom = pre ? c.hom(y, p) : c.hom(p, y);
                    boolean[] hit = new boolean[t.size(y)];
                    int distinct = 0;
                    for (int i = 0; i < hom.size(); i++) {
                        int image = t.act(hom.get(i), x);
                        distinct += hit[image] ? 0 : 1;
                        hit[image] = true;
                    }
                    universal = distinct == hom.size() && distinct == t.size(y);
                }
                if (universal) {
                    out.add(new PromptTuning.Prompt(p, x));
                }
            }
        }
        return out;
    }

    @Test
    void bestPromptIsTheFirstUniversalElement() {
        qt().withExamples(300)
                .forAll(Presheaves.recipes())
                .checkAssert(
                        r -> {
                            SetFunctor t = r.build();
                            List<PromptTuning.Prompt> expected = universalElements(t);
                            assertEquals(
                                    expected.isEmpty()
                                            ? Optional.empty()
                                            : Optional.of(expected.get(0)),
                                    PromptTuning.bestPrompt(t));
                            assertEquals(expected, PromptTuning.decide(t).prompts());
                            NonRepresentability why = PromptTuning.whyNot(t);
                            assertEquals(
                                    expected.isEmpty(),
                                    !(why instanceof NonRepresentability.Representable),
                                    why.describe());
                        });
    }

    @Test
    void rotationTasksOfSpecE() {
        FiniteCategory c = RotationTasks.sevenImages(RotationModel.ACTION_GROUPOID);
        // classification (the terminal task) has no best prompt: its support spans three orbits
        SetFunctor classification = SetFunctor.terminal(c, Variance.CONTRAVARIANT);
        assertEquals(Optional.empty(), PromptTuning.bestPrompt(classification));
        assertTrue(PromptTuning.whyNot(classification) instanceof NonRepresentability.SupportSplit);
        SetFunctor relative = RotationTasks.relativeRotation(c, 4);
        assertEquals(
                Optional.of(universalElements(relative).get(0)), PromptTuning.bestPrompt(relative));
        assertEquals(
                4,
                PromptTuning.bestPrompt(relative).orElseThrow().object(),
                "B0 is the first best prompt");
    }

    @Test
    void fixturesAgreeWithTheDefinition() {
        for (FiniteCategory c : SmallCategories.fixtures().values()) {
            for (Variance v : Variance.values()) {
                for (SetFunctor t : Presheaves.enumerate(c, v, 2)) {
                    List<PromptTuning.Prompt> expected = universalElements(t);
                    assertEquals(expected.stream().findFirst(), PromptTuning.bestPrompt(t));
                }
            }
        }
    }
}
