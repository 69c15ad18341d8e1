package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Sinkhorn inner loops: both implementations against a plain sum written out here, on every
 * length around the vector width (tails), and the Sinkhorn engine with the scalar and the vector
 * loops against each other. The build runs the tests with {@code --add-modules
 * jdk.incubator.vector}, so the vector loops are exercised.
 */
class RowOpsTest {

    /** Both implementations (the vector one when the module is present). */
    private static RowOps[] implementations() {
        return RowOps.vector().isPresent()
                ? new RowOps[] {RowOps.scalar(), RowOps.vector().orElseThrow()}
                : new RowOps[] {RowOps.scalar()};
    }

    @Test
    void theBuildRunsTheVectorLoops() {
        // surefire's argLine adds the module; without it this project's SIMD path would go untested
        assertTrue(
                RowOps.vectorAvailable(), "tests must run with --add-modules jdk.incubator.vector");
        // and the build compiled the vector class (its own javac execution), which RowOps finds by
        // name
        assertTrue(RowOps.vector().isPresent(), "VectorRowOps is on the class path");
        assertTrue(RowOps.fastest().name().startsWith("vector-"), RowOps.fastest().name());
    }

    @Test
    void loopsMatchTheDefinitionOnEveryLengthAndOffset() {
        qt().withExamples(200)
                .forAll(integers().between(0, 70), integers().between(0, 9), longs().all())
                .checkAssert(
                        (len, off, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            double[] k = random(r, len + 2 * off + 3, -2, 2);
                            double[] y = random(r, len + off + 1, -2, 2);
                            double[] add = random(r, len, -1, 1);
                            double s1 = r.nextDouble(-3, 3);
                            double s2 = r.nextDouble(-3, 3);
                            // reference sums, and the sum of |terms| that bounds their rounding
                            // error
                            double dot = 0;
                            double abs = 0;
                            for (int t = 0; t < len; t++) {
                                dot += k[off + t] * y[1 + t];
                                abs += Math.abs(k[off + t] * y[1 + t]);
                            }
                            for (RowOps ops : implementations()) {
                                // any summation order is within len·u·Σ|terms| of the exact sum (u
                                // = 2^-53)
                                assertEquals(
                                        dot,
                                        ops.dot(k, off, y, 1, len),
                                        2 * (len + 1) * 0x1p-53 * abs,
                                        ops.name());
                                double[] acc =
                                        random(new SplittableRandom(seed + 1), len + 2, -1, 1);
                                double[] acc2 = acc.clone();
                                ops.axpy(s1, k, off, acc, 1, len);
                                ops.axpy2(s1, k, off, s2, off + 2, acc2, 1, len);
                                double[] base =
                                        random(new SplittableRandom(seed + 1), len + 2, -1, 1);
                                for (int t = 0; t < len; t++) {
                                    double e1 = base[1 + t] + s1 * k[off + t];
                                    double e2 = e1 + s2 * k[off + 2 + t];
                                    double scale =
                                            Math.abs(base[1 + t])
                                                    + Math.abs(s1 * k[off + t])
                                                    + Math.abs(s2 * k[off + 2 + t]);
                                    assertEquals(e1, acc[1 + t], 4 * 0x1p-53 * scale, ops.name());
                                    assertEquals(e2, acc2[1 + t], 6 * 0x1p-53 * scale, ops.name());
                                }
                                assertEquals(
                                        base[0],
                                        acc[0],
                                        0.0,
                                        "axpy must not write before its slice");
                                assertEquals(
                                        base[len + 1],
                                        acc[len + 1],
                                        0.0,
                                        "axpy must not write after its slice");
                                double[] c = random(r, off + len, 0, 3);
                                double[] out = new double[off + len];
                                ops.expRow(0.25, add, c, -1.7, out, off, len);
                                for (int t = 0; t < len; t++) {
                                    double want = Math.exp((0.25 + add[t] - c[off + t]) * -1.7);
                                    // both Math.exp and the vector EXP are within 1 ulp of the
                                    // exact value
                                    assertEquals(
                                            want, out[off + t], 2 * Math.ulp(want), ops.name());
                                }
                            }
                        });
    }

    @Test
    void expRowMatchesMathExpOverTheWholeRange() {
        // the vector loop has its own exponential for |x| ≤ 708 and falls back to Math.exp per
        // vector outside:
        // overflow to ∞, underflow to 0 and subnormal results must be those of Math.exp (the
        // scaling form's
        // failure detection relies on them)
        SplittableRandom r = new SplittableRandom(42);
        double[][] ranges = {{-760, 760}, {-746, -700}, {700, 712}, {-5, 5}, {-1e-300, 1e-300}};
        for (RowOps ops : implementations()) {
            for (double[] range : ranges) {
                int len = 4099;
                double[] add = random(r, len, range[0], range[1]);
                double[] c = new double[len];
                double[] out = new double[len];
                ops.expRow(0.0, add, c, 1.0, out, 0, len);
                for (int t = 0; t < len; t++) {
                    double want = Math.exp(add[t]);
                    if (want == 0 || Double.isInfinite(want) || want < Double.MIN_NORMAL) {
                        assertEquals(want, out[t], 0.0, ops.name() + " at " + add[t]);
                    } else {
                        assertEquals(
                                want, out[t], 2 * Math.ulp(want), ops.name() + " at " + add[t]);
                    }
                }
            }
        }
    }

    @Test
    void reducedCostTestMatchesTheDefinition() {
        qt().withExamples(300)
                .forAll(integers().between(0, 70), integers().between(0, 9), longs().all())
                .checkAssert(
                        (len, off, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            double[] c = random(r, len + off, 0, 3);
                            double[] p = random(r, len + off + 2, -2, 2);
                            double s = r.nextDouble(-2, 2);
                            double min = Double.POSITIVE_INFINITY;
                            for (int t = 0; t < len; t++) {
                                min = Math.min(min, c[off + t] + s - p[2 + t]);
                            }
                            // bounds just at, just above and around the minimum: the test is exact
                            // (same arithmetic)
                            double[] bounds = {
                                min,
                                Math.nextUp(min),
                                min + r.nextDouble(-0.5, 0.5),
                                Double.POSITIVE_INFINITY
                            };
                            for (RowOps ops : implementations()) {
                                for (double bound : bounds) {
                                    assertEquals(
                                            min < bound,
                                            ops.anyReducedCostBelow(c, off, s, p, 2, len, bound),
                                            ops.name() + " bound " + bound + " min " + min);
                                }
                            }
                        });
    }

    /**
     * log Σ_t exp(h_t − scale·‖x − q_t‖²) by max-shift in plain Java, and Σ|terms| relative to the
     * max.
     */
    private static double referenceLse(
            double[] x, int d, double[] q, int len, double[] h, double scale) {
        double[] z = new double[len];
        double mx = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < len; t++) {
            double c = 0;
            for (int k = 0; k < d; k++) {
                double diff = x[k] - q[k * len + t];
                c += diff * diff;
            }
            z[t] = h[t] - scale * c;
            mx = Math.max(mx, z[t]);
        }
        double s = 0;
        for (int t = 0; t < len; t++) {
            s += Math.exp(z[t] - mx);
        }
        return mx + Math.log(s);
    }

    @Test
    void logSumExpRowsMatchTheDefinitionWhateverTheSeed() {
        qt().withExamples(200)
                .forAll(integers().between(1, 70), integers().between(1, 4), longs().all())
                .checkAssert(
                        (len, d, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            double[] x = random(r, d, -1, 1);
                            double[] q = random(r, d * len, -1, 1);
                            double[] h = random(r, len, -5, 5);
                            double scale = Math.exp(r.nextDouble(-3, 9));
                            double want = referenceLse(x, d, q, len, h, scale);
                            // exact seed, no seed, seeds far above (sum underflows: redone) and far
                            // below (clamped terms)
                            double[] guesses = {
                                want,
                                Double.NaN,
                                want + 900,
                                want - 300,
                                want + r.nextDouble(-40, 40)
                            };
                            for (RowOps ops : implementations()) {
                                for (double guess : guesses) {
                                    double got =
                                            ops.logSumExpRow(x, 0, d, q, len, h, scale, len, guess);
                                    assertEquals(
                                            want,
                                            got,
                                            1e-13 * (1 + Math.abs(want)) + 4e-16 * len,
                                            ops.name() + " guess " + guess);
                                }
                            }
                        });
    }

    @Test
    void planRowSumsMatchTheDefinition() {
        qt().withExamples(200)
                .forAll(integers().between(1, 70), integers().between(1, 3), longs().all())
                .checkAssert(
                        (len, d, seed) -> {
                            SplittableRandom r = new SplittableRandom(seed);
                            double[] x = random(r, d, -1, 1);
                            double[] q = random(r, d * len, -1, 1);
                            double[] h = random(r, len, -3, 3);
                            double[] u = random(r, len, -2, 2);
                            double scale = r.nextDouble(0.1, 20);
                            double shift = referenceLse(x, d, q, len, h, scale);
                            double s0 = 0;
                            double s1 = 0;
                            double s2 = 0;
                            for (int t = 0; t < len; t++) {
                                double c = 0;
                                for (int k = 0; k < d; k++) {
                                    double diff = x[k] - q[k * len + t];
                                    c += diff * diff;
                                }
                                double e = Math.exp(h[t] - scale * c - shift);
                                s0 += e;
                                s1 += e * c;
                                s2 += e * u[t];
                            }
                            for (RowOps ops : implementations()) {
                                double[] out = new double[3];
                                ops.planRowSums(x, 0, d, q, len, h, scale, len, shift, u, out);
                                // s0 = 1 by the choice of shift; every term is at most 1 and |c| ≤
                                // 4d, |u| ≤ 2
                                assertEquals(1.0, out[0], 1e-13 * len, ops.name());
                                assertEquals(s0, out[0], 1e-14 * len, ops.name());
                                assertEquals(s1, out[1], 4e-14 * d * len, ops.name());
                                assertEquals(s2, out[2], 2e-14 * len, ops.name());
                            }
                        });
    }

    @Test
    void sinkhornWithScalarAndVectorLoopsAgrees() {
        EmpiricalMeasure x = ReferenceClouds.circle(137);
        EmpiricalMeasure y = ReferenceClouds.parabola(137);
        CostMatrix c = CostMatrix.squaredEuclidean(x, y);
        SinkhornOptions o = SinkhornOptions.of(0.1 * c.mean()).withTolerance(1e-12);
        for (int threads = 1; threads <= 3; threads++) {
            Sinkhorn s = Sinkhorn.of(o.withThreads(threads));
            SinkhornResult scalar = s.solve(x.weights(), y.weights(), c, RowOps.scalar());
            SinkhornResult fast = s.solve(x.weights(), y.weights(), c, RowOps.fastest());
            assertTrue(scalar.converged() && fast.converged());
            // both converge to marginal error 1e-12; the costs differ by rounding only
            assertEquals(scalar.cost(), fast.cost(), 1e-13);
            assertEquals(scalar.iterations(), fast.iterations(), 10);
        }
    }

    @Test
    void workersCoverEveryIndexOnceAndPropagateFailures() {
        for (int threads = 1; threads <= 4; threads++) {
            try (Workers w = Workers.of(threads)) {
                for (int n : new int[] {0, 1, 5, 64, 1001}) {
                    int[] hits = new int[n];
                    int[] blockHits = new int[n];
                    for (int rep = 0; rep < 50; rep++) {
                        // ranges: each index once per phase (hits are per index, so no two members
                        // share a slot)
                        w.forRange(
                                n,
                                (from, to) -> {
                                    for (int i = from; i < to; i++) {
                                        hits[i]++;
                                    }
                                });
                        w.forBlocks(n, b -> blockHits[b]++);
                    }
                    for (int i = 0; i < n; i++) {
                        assertEquals(50, hits[i], "index " + i + " with " + threads + " threads");
                        assertEquals(
                                50, blockHits[i], "block " + i + " with " + threads + " threads");
                    }
                }
                int t = threads;
                IllegalStateException boom =
                        assertThrows(
                                IllegalStateException.class,
                                () ->
                                        w.forRange(
                                                100,
                                                (from, to) -> {
                                                    if (to == 100) {
                                                        throw new IllegalStateException(
                                                                "last chunk fails");
                                                    }
                                                }));
                assertEquals("last chunk fails", boom.getMessage(), "threads " + t);
                // the team is still usable after a failure
                int[] after = new int[10];
                w.forBlocks(10, b -> after[b]++);
                for (int v : after) {
                    assertEquals(1, v);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Workers.of(0));
        for (int n : new int[] {1, 7, 1000}) {
            for (int count = 1; count <= Math.min(n, 9); count++) {
                assertEquals(0, Workers.rangeStart(n, count, 0));
                assertEquals(n, Workers.rangeStart(n, count, count));
            }
        }
    }

    private static double[] random(SplittableRandom r, int n, double lo, double hi) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(lo, hi);
        }
        return x;
    }
}
