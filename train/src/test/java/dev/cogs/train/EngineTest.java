package dev.cogs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.Split;
import dev.cogs.nets.run.TrainingConfig;
import org.junit.jupiter.api.Test;

/** The float32 engine against the double reference on the same (float-representable) weights. */
class EngineTest {

    private static void assertMatchesReference(Blas.GemmRoute route) {
        assertMatchesReference(route, 11, 24);
    }

    private static void assertMatchesReference(Blas.GemmRoute route, int d, int q) {
        TrainingConfig config = TrainingConfig.defaults(d).withQ(q).withSeed(7);
        Split split = Split.seeded(d, 7, 0.1);
        float[][] blocks = Trainer.initialBlocks(config);
        // Move away from the symmetric initial regime so that all gradient terms are exercised.
        for (float[] b : blocks) {
            for (int i = 0; i < b.length; i++) {
                b[i] *= 3f;
            }
        }
        RealWeights w = Trainer.toRealWeights(config, blocks);
        try (Engine engine = new Engine(config, split, blocks, route)) {
            assertMatchesReference(engine, config, split, w, d, q);
        }
    }

    private static void assertMatchesReference(
            Engine engine, TrainingConfig config, Split split, RealWeights w, int d, int q) {
        Engine.Metrics train = engine.forwardTrain(true);
        Engine.Metrics test = engine.evaluateTest();
        engine.forwardTrain(false);
        engine.computeGradients();
        double[] ua = w.uaFlat();
        double[] ub = w.ubFlat();
        double[] ww = w.wFlat();
        double refTrain = ReferenceModel.loss(d, q, ua, ub, ww, split.train());
        double refTest = ReferenceModel.loss(d, q, ua, ub, ww, split.test());
        // float32 sums of ~q·d terms of size O(1): relative error a few 1e-6; 1e-5 leaves a margin.
        assertEquals(refTrain, train.loss(), 1e-5 * refTrain);
        assertEquals(refTest, test.loss(), 1e-5 * refTest);
        assertEquals(
                ReferenceModel.accuracy(d, q, ua, ub, ww, split.train()), train.accuracy(), 1e-12);
        assertEquals(
                ReferenceModel.accuracy(d, q, ua, ub, ww, split.test()), test.accuracy(), 1e-12);
        double[][] ref = ReferenceModel.gradient(d, q, ua, ub, ww, split.train());
        float[][] got = engine.gradients();
        RealWeights gotReal = Trainer.toRealWeights(config, got);
        double[][] gotFlat = {gotReal.uaFlat(), gotReal.ubFlat(), gotReal.wFlat()};
        for (int blk = 0; blk < 3; blk++) {
            double scale = 0;
            for (double x : ref[blk]) {
                scale = Math.max(scale, Math.abs(x));
            }
            assertTrue(scale > 1e-3, "gradient block " + blk + " is not exercised");
            for (int k = 0; k < ref[blk].length; k++) {
                // Float accumulation over ~100 pairs and d classes: error ≲ 1e-5 of the block's
                // scale.
                assertEquals(
                        ref[blk][k], gotFlat[blk][k], 1e-4 * scale, "block " + blk + " entry " + k);
            }
        }
    }

    @Test
    void cblasRouteMatchesDoubleReference() {
        assertMatchesReference(Blas.GemmRoute.CBLAS);
    }

    @Test
    void tinyPairSetsLeaveAPartitionEmpty() {
        // d = 3: one test pair (the second partition of the test set is empty); d = 5: three test
        // pairs
        assertMatchesReference(Blas.GemmRoute.CBLAS, 3, 8);
        assertMatchesReference(Blas.GemmRoute.CBLAS, 5, 8);
    }

    @Test
    void partitionsOfSeveralPanelsMatchTheReference() {
        // d = 37: 1 232 training pairs, about 616 per partition = four full panels of 128 and a
        // shorter one, so the W-gradient accumulates over panels and the last panel is partial
        assertTrue(Engine.PANEL < 616 / 4);
        assertMatchesReference(Blas.GemmRoute.CBLAS, 37, 16);
        assertMatchesReference(Blas.GemmRoute.ND4J, 37, 16);
    }

    @Test
    void fusedRouteMatchesDoubleReference() {
        assertMatchesReference(Blas.GemmRoute.FUSED);
        // d = 3 and 5: a partition of the test set is empty or tiny
        assertMatchesReference(Blas.GemmRoute.FUSED, 3, 8);
        assertMatchesReference(Blas.GemmRoute.FUSED, 5, 8);
        // d = 37: about 616 pairs per partition, several panels of the kernels; q = 13 and d = 29:
        // a hidden width and a class count that are not multiples of the 8 lanes
        assertMatchesReference(Blas.GemmRoute.FUSED, 37, 16);
        assertMatchesReference(Blas.GemmRoute.FUSED, 29, 13);
    }

    @Test
    void nd4jRouteMatchesDoubleReference() {
        assertMatchesReference(Blas.GemmRoute.ND4J);
    }
}
