package dev.cogs.yoneda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The held-out census behind P7 (docs/yoneda-nets.md §1.5) on outputs built by hand: the argmax of
 * column b is put where a known map sends b, so the expected counts follow from counting
 * coincidences of affine maps mod d (d = 7 prime: two distinct affine maps agree on at most one
 * input).
 */
class HeldOutArgmaxTest {

    private static final int D = 7;

    /** Outputs whose column b has its maximum 1 at class f(b), 0 elsewhere. */
    private static double[][] answering(IntUnaryOperator f) {
        double[][] out = new double[D][D];
        for (int b = 0; b < D; b++) {
            out[Math.floorMod(f.applyAsInt(b), D)][b] = 1;
        }
        return out;
    }

    @Test
    void countsTheAnswerThePartnerTheConstantAndTheRest() {
        Task shift = Task.affine(D, 1, 3);
        int[] inputs = {2};
        // y0 = 5: the reflection through (2, 5) is b -> 7 - b, the constant is 5
        assertEquals(
                new YonedaResult.HeldOutArgmax(6, 0, 0, 0),
                YonedaResult.HeldOutArgmax.of(answering(b -> b + 3), shift, inputs));
        assertEquals(
                new YonedaResult.HeldOutArgmax(0, 6, 0, 0),
                YonedaResult.HeldOutArgmax.of(answering(b -> 7 - b), shift, inputs));
        assertEquals(
                new YonedaResult.HeldOutArgmax(0, 0, 6, 0),
                YonedaResult.HeldOutArgmax.of(answering(b -> 5), shift, inputs));
        // b -> 2b + 1 agrees with b + 3 at b = 2 (fitted), with 7 - b at b = 2, with 5 at b = 2:
        // every held-out input is "other"
        assertEquals(
                new YonedaResult.HeldOutArgmax(0, 0, 0, 6),
                YonedaResult.HeldOutArgmax.of(answering(b -> 2 * b + 1), shift, inputs));
    }

    @Test
    void theReflectionsPartnerIsTheTranslationAndOtherTasksHaveNone() {
        Task mirror = Task.affine(D, -1, 0);
        int[] inputs = {3, 1};
        // (b0, y0) = (3, 4): the partner translation is b -> b + 1; 5 held-out inputs
        assertEquals(
                new YonedaResult.HeldOutArgmax(0, 5, 0, 0),
                YonedaResult.HeldOutArgmax.of(answering(b -> b + 1), mirror, inputs));
        Task doubling = Task.affine(D, 2, 0);
        // for 2b there is no partner: the translation through (1, 2) counts as other, except at b
        // where b + 1 = 2b (b = 1, fitted)
        assertEquals(
                new YonedaResult.HeldOutArgmax(0, 0, 0, 6),
                YonedaResult.HeldOutArgmax.of(answering(b -> b + 1), doubling, new int[] {1}));
    }

    @Test
    void refusesMismatchedSizes() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        YonedaResult.HeldOutArgmax.of(
                                new double[5][5], Task.affine(D, 1, 0), new int[] {0}));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        YonedaResult.HeldOutArgmax.of(
                                answering(b -> b), Task.affine(D, 1, 0), new int[] {D}));
        assertThrows(
                IllegalArgumentException.class, () -> new YonedaResult.HeldOutArgmax(0, -1, 0, 0));
        assertEquals(
                new YonedaResult.HeldOutArgmax(2, 4, 6, 8),
                new YonedaResult.HeldOutArgmax(1, 2, 3, 4)
                        .plus(new YonedaResult.HeldOutArgmax(1, 2, 3, 4)));
        assertEquals(20, new YonedaResult.HeldOutArgmax(2, 4, 6, 8).total());
    }
}
