package dev.cogs.rgflow.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The Sinkhorn inner loops: both implementations against a plain sum written out here, on every length around
 * the vector width (tails), and the Sinkhorn engine with the scalar and the vector loops against each other. The
 * build runs the tests with {@code --add-modules jdk.incubator.vector}, so the vector loops are exercised.
 */
class RowOpsTest {

    /** Both implementations (the vector one when the module is present). */
    private static RowOps[] implementations() {
        return RowOps.vector().isPresent() ? new RowOps[] {RowOps.scalar(), RowOps.vector().orElseThrow()}
                : new RowOps[] {RowOps.scalar()};
    }

    @Test
    void theBuildRunsTheVectorLoops() {
        // surefire's argLine adds the module; without it this project's SIMD path would go untested
        assertTrue(RowOps.vectorAvailable(), "tests must run with --add-modules jdk.incubator.vector");
        // and the build compiled the vector class (its own javac execution), which RowOps finds by name
        assertTrue(RowOps.vector().isPresent(), "VectorRowOps is on the class path");
        assertTrue(RowOps.fastest().name().startsWith("vector-"), RowOps.fastest().name());
    }

    @Test
    void loopsMatchTheDefinitionOnEveryLengthAndOffset() {
        qt().withExamples(200).forAll(integers().between(0, 70), integers().between(0, 9), longs().all())
                .checkAssert((len, off, seed) -> {
                    SplittableRandom r = new SplittableRandom(seed);
                    double[] k = random(r, len + 2 * off + 3, -2, 2);
                    double[] y = random(r, len + off + 1, -2, 2);
                    double[] add = random(r, len, -1, 1);
                    double s1 = r.nextDouble(-3, 3);
                    double s2 = r.nextDouble(-3, 3);
                    // reference sums, and the sum of |terms| that bounds their rounding error
                    double dot = 0;
                    double abs = 0;
                    for (int t = 0; t < len; t++) {
                        dot += k[off + t] * y[1 + t];
                        abs += Math.abs(k[off + t] * y[1 + t]);
                    }
                    for (RowOps ops : implementations()) {
                        // any summation order is within len·u·Σ|terms| of the exact sum (u = 2^-53)
                        assertEquals(dot, ops.dot(k, off, y, 1, len), 2 * (len + 1) * 0x1p-53 * abs, ops.name());
                        double[] acc = random(new SplittableRandom(seed + 1), len + 2, -1, 1);
                        double[] acc2 = acc.clone();
                        ops.axpy(s1, k, off, acc, 1, len);
                        ops.axpy2(s1, k, off, s2, off + 2, acc2, 1, len);
                        double[] base = random(new SplittableRandom(seed + 1), len + 2, -1, 1);
                        for (int t = 0; t < len; t++) {
                            double e1 = base[1 + t] + s1 * k[off + t];
                            double e2 = e1 + s2 * k[off + 2 + t];
                            double scale = Math.abs(base[1 + t]) + Math.abs(s1 * k[off + t]) + Math.abs(s2 * k[off + 2 + t]);
                            assertEquals(e1, acc[1 + t], 4 * 0x1p-53 * scale, ops.name());
                            assertEquals(e2, acc2[1 + t], 6 * 0x1p-53 * scale, ops.name());
                        }
                        assertEquals(base[0], acc[0], 0.0, "axpy must not write before its slice");
                        assertEquals(base[len + 1], acc[len + 1], 0.0, "axpy must not write after its slice");
                        double[] c = random(r, off + len, 0, 3);
                        double[] out = new double[off + len];
                        ops.expRow(0.25, add, c, -1.7, out, off, len);
                        for (int t = 0; t < len; t++) {
                            double want = Math.exp((0.25 + add[t] - c[off + t]) * -1.7);
                            // both Math.exp and the vector EXP are within 1 ulp of the exact value
                            assertEquals(want, out[off + t], 2 * Math.ulp(want), ops.name());
                        }
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
                    AtomicInteger maxChunk = new AtomicInteger(-1);
                    for (int rep = 0; rep < 50; rep++) {
                        w.forChunks(n, (chunk, from, to) -> {
                            maxChunk.accumulateAndGet(chunk, Math::max);
                            for (int i = from; i < to; i++) {
                                hits[i]++;
                            }
                        });
                    }
                    for (int i = 0; i < n; i++) {
                        assertEquals(50, hits[i], "index " + i + " with " + threads + " threads");
                    }
                    assertTrue(maxChunk.get() < threads);
                }
                int t = threads;
                IllegalStateException boom = assertThrows(IllegalStateException.class, () -> w.forRange(100, (from, to) -> {
                    if (to == 100) {
                        throw new IllegalStateException("last chunk fails");
                    }
                }));
                assertEquals("last chunk fails", boom.getMessage(), "threads " + t);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Workers.of(0));
    }

    private static double[] random(SplittableRandom r, int n, double lo, double hi) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(lo, hi);
        }
        return x;
    }
}
