package dev.cogs.category.foundation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.yoneda.NonRepresentability;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The labelled tasks of docs/yoneda-nets.md §1.2 against their definitions: the presheaf's action
 * checked label by label, universal elements found by brute force ({@link
 * PromptTuningTest#universalElements}, which shares no code with {@code Representability}), h(y) by
 * simulating every one-hot prompt, and the table of docs/yoneda-nets.md §5 check 1 at d = 23.
 */
class LabelledTasksTest {

    private static final int D = 23;

    private static int[] task(int d, IntUnaryOperator f) {
        int[] y = new int[d];
        for (int b = 0; b < d; b++) {
            y[b] = Math.floorMod(f.applyAsInt(b), d);
        }
        return y;
    }

    /** A random task: odd d in [3, 13], each y(b) uniform, or (one time in three) a translation. */
    private static Gen<int[]> tasks() {
        return SourceDSL.integers()
                .between(1, 6)
                .zip(
                        SourceDSL.longs().all(),
                        (h, seed) -> {
                            int d = 2 * h + 1;
                            SplittableRandom r = new SplittableRandom(seed);
                            if (r.nextInt(3) == 0) {
                                int s = r.nextInt(d);
                                return task(d, b -> b + s);
                            }
                            int[] y = new int[d];
                            for (int b = 0; b < d; b++) {
                                y[b] = r.nextInt(d);
                            }
                            return y;
                        })
                .describedAs(java.util.Arrays::toString);
    }

    @Test
    void inputGroupoidHasOneArrowFromBToCLabelledCMinusB() {
        for (int d : new int[] {1, 5, 8}) {
            LabelledTasks.CyclicInputs in = LabelledTasks.cyclicInputs(d);
            FiniteCategory g = in.inputs();
            assertEquals(d, g.objectCount());
            assertEquals(d * d, g.morphismCount());
            assertEquals(1, in.pretext().objectCount());
            assertEquals(d, in.pretext().morphismCount());
            for (int b = 0; b < d; b++) {
                for (int c = 0; c < d; c++) {
                    IntSeq hom = g.hom(b, c);
                    assertEquals(1, hom.size());
                    assertEquals(in.morphism(b, Math.floorMod(c - b, d)), hom.get(0));
                }
            }
        }
    }

    @Test
    void presheafActsByCMinusGOnAnswers() {
        qt().withExamples(200)
                .forAll(tasks())
                .checkAssert(
                        y -> {
                            int d = y.length;
                            LabelledTasks.CyclicInputs in = LabelledTasks.cyclicInputs(d);
                            SetFunctor t = LabelledTasks.taskPresheaf(in, y);
                            int[] s = LabelledTasks.offsets(y);
                            for (int b = 0; b < d; b++) {
                                assertEquals(s.length, t.size(b));
                                for (int g = 0; g < d; g++) {
                                    int m = in.morphism(b, g);
                                    for (int i = 0; i < s.length; i++) {
                                        int answer = (b + g + s[i]) % d;
                                        int image = t.act(m, i);
                                        assertEquals(
                                                Math.floorMod(answer - g, d), (b + s[image]) % d);
                                    }
                                }
                            }
                        });
    }

    @Test
    void representableExactlyForTranslationsWithTokenYOfZero() {
        qt().withExamples(200)
                .forAll(tasks())
                .checkAssert(
                        y -> {
                            int d = y.length;
                            boolean translation = true;
                            for (int b = 0; b < d; b++) {
                                translation &= Math.floorMod(y[b] - b, d) == Math.floorMod(y[0], d);
                            }
                            SetFunctor t = LabelledTasks.taskPresheaf(d, y);
                            List<PromptTuning.Prompt> brute = PromptTuningTest.universalElements(t);
                            PromptTuning.Verdict v = PromptTuning.decide(t);
                            assertEquals(brute, v.prompts());
                            assertEquals(translation, v.solvable());
                            assertEquals(translation ? d : 0, brute.size());
                            for (PromptTuning.Prompt p : brute) {
                                assertEquals(y[0], LabelledTasks.token(y, p));
                            }
                            assertTrue(
                                    PromptTuning.decide(LabelledTasks.unlabelledPresheaf(d, y))
                                            .solvable());
                        });
    }

    @Test
    void hardPromptAccuracyIsTheBestSimulatedOneHotPrompt() {
        qt().withExamples(300)
                .forAll(tasks())
                .checkAssert(
                        y -> {
                            int d = y.length;
                            int best = -1;
                            int bestToken = -1;
                            for (int p = 0; p < d; p++) {
                                int correct = 0;
                                for (int b = 0; b < d; b++) {
                                    correct += (b + p) % d == y[b] ? 1 : 0;
                                }
                                if (correct > best) {
                                    best = correct;
                                    bestToken = p;
                                }
                            }
                            LabelledTasks.HardPromptAccuracy h =
                                    LabelledTasks.hardPromptAccuracy(y);
                            assertEquals(
                                    new LabelledTasks.HardPromptAccuracy(best, d, bestToken), h);
                            assertEquals((double) best / d, h.value(), 0.0);
                        });
    }

    /** docs/yoneda-nets.md §5 check 1: the table of §1.2 at d = 23. */
    @Test
    void checkOneAtD23() {
        LabelledTasks.CyclicInputs in = LabelledTasks.cyclicInputs(D);
        for (int s = 0; s < D; s++) {
            int shift = s;
            int[] y = task(D, b -> b + shift);
            PromptTuning.Verdict v = PromptTuning.decide(LabelledTasks.taskPresheaf(in, y));
            assertTrue(v.solvable());
            assertEquals(D, v.prompts().size());
            for (PromptTuning.Prompt p : v.prompts()) {
                assertEquals(s, LabelledTasks.token(y, p));
            }
            LabelledTasks.TaskReading r = LabelledTasks.read(in, y);
            assertEquals(OptionalInt.of(s), r.token());
            assertEquals(new LabelledTasks.HardPromptAccuracy(D, D, s), r.hardPromptAccuracy());
        }
        int[][] tasks = {
            task(D, b -> -b),
            task(D, b -> 2 * b),
            task(D, b -> b * b),
            task(D, b -> b % 2 == 0 ? 1 : 0),
            task(D, b -> 0)
        };
        int[] sizes = {23, 23, 12, 12, 23};
        int[] h = {1, 1, 2, 2, 1};
        for (int i = 0; i < tasks.length; i++) {
            LabelledTasks.TaskReading r = LabelledTasks.read(in, tasks[i]);
            assertFalse(r.labelled().solvable(), "task " + i);
            NonRepresentability.ProfileMismatch m =
                    assertInstanceOf(
                            NonRepresentability.ProfileMismatch.class, r.labelled().reason());
            assertEquals(sizes[i], m.actual(), "task " + i);
            assertEquals(1, m.expected(), "task " + i);
            assertEquals(sizes[i], r.offsets().size());
            assertEquals(h[i], r.hardPromptAccuracy().numerator(), "task " + i);
            assertEquals(D, r.hardPromptAccuracy().denominator());
            assertEquals(OptionalInt.empty(), r.token());
            assertEquals(D, r.d());
        }
        // the unlabelled reading of the constant task is representable (the reading check P1')
        LabelledTasks.TaskReading constant = LabelledTasks.read(in, tasks[4]);
        assertTrue(constant.unlabelled().solvable());
        assertInstanceOf(NonRepresentability.Representable.class, constant.unlabelled().reason());
    }

    @Test
    void offsetsAreSortedAndDistinct() {
        assertArrayEquals(new int[] {0, 2, 4}, LabelledTasks.offsets(new int[] {0, 3, 1, 3, 4}));
        assertArrayEquals(new int[] {1}, LabelledTasks.offsets(new int[] {1, 2, 0}));
    }

    @Test
    void invalidTasksAreRejectedWithTheEntry() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> LabelledTasks.offsets(new int[] {0, 3, 1}));
        assertEquals("y[1] (3) must be in [0, 3)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LabelledTasks.offsets(new int[0]));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        LabelledTasks.taskPresheaf(
                                LabelledTasks.cyclicInputs(4), new int[] {0, 1, 2}));
        assertThrows(
                IllegalArgumentException.class,
                () -> LabelledTasks.token(new int[] {1, 2, 0}, new PromptTuning.Prompt(0, 1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> LabelledTasks.cyclicInputs(LabelledTasks.MAX_D + 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new LabelledTasks.HardPromptAccuracy(0, 3, 0));
    }
}
