package dev.cogs.nets.train;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * The float32 training engine: forward pass, projected-MSE gradient and Adam on flat arrays, with the three
 * matmul-bound products done by sgemm on ND4J-held buffers allocated once. Mutable and not thread-safe; one
 * engine per run.
 *
 * <p>Layout: the three parameter blocks are stored as d×q row-major float arrays: {@code uaT[a*q + j] =
 * U_a[j, a]}, {@code ubT[b*q + j] = U_b[j, b]}, {@code w[c*q + j] = W[c, j]}, so every per-pair gather reads a
 * contiguous row. One-hot inputs make the first layer a gather: for the {@code n} training pairs,
 * \(X[i,j] = (U_a[j,a_i] + U_b[j,b_i])^2\) (n×q), \(O = X W^\top\) (n×d),
 * \(G = \partial\ell/\partial O = \tfrac{2}{n} P_\perp(O - E_y)\), \(\partial\ell/\partial W = G^\top X\),
 * \(E = G W\) (n×q) and \(\partial\ell/\partial U_a[j,a] = \sum_{i: a_i = a} 2 E[i,j] h_{ij}\) (a scatter-add,
 * likewise for \(U_b\)). The three products cost \(6 n q d\) flops per step.
 *
 * <p>The gathers and scatters run in {@value #PARTS} fixed partitions of the pairs (cut at a change of
 * {@code a}), the second on one helper thread; the partition never depends on the machine, so results are
 * bit-identical whatever the scheduling. The scatter into \(U_b\) accumulates per partition and adds the
 * partials in a fixed order.
 */
final class Engine implements AutoCloseable {

    static final int UA = 0;
    static final int UB = 1;
    static final int W = 2;

    private final int d;
    private final int q;
    private final Blas.GemmRoute route;
    private final Adam adam;

    private final Pairs train;
    private final Pairs test;

    /** Current and next parameters (double buffering keeps the last finite weights on divergence). */
    private float[][] params;
    private float[][] next;
    private final float[][] grads;
    private final float[][] m;
    private final float[][] v;
    private int step;

    private final Blas.Matrix wMat;
    private final Blas.Matrix dwMat;

    /** Number of fixed work partitions of the pair loops. */
    static final int PARTS = 2;
    private final ExecutorService helper;
    /** Per-partition partial gradients of U_b (index 0 is unused: partition 0 writes the gradient itself). */
    private final float[][] gubPartial;

    /** Per-pair-set work buffers. */
    private static final class Pairs {
        final int n;
        final int[] a;
        final int[] b;
        final int[] y;
        final float[] x;
        final float[] o;
        final float[] g;
        final float[] e;
        final Blas.Matrix xMat;
        final Blas.Matrix oMat;
        final Blas.Matrix gMat;
        final Blas.Matrix eMat;
        /** Row bounds of the partitions: partition k holds pairs [bounds[k], bounds[k+1]). */
        final int[] bounds;
        final FloatPointer[] xViews;
        final FloatPointer[] eViews;

        Pairs(int d, int q, int[] indices, boolean withBackward) {
            int[] sorted = indices.clone();
            // a-major order: gathers and scatters walk U_a rows sequentially; also makes the float sums
            // depend on the set of pairs only, not on the permutation order.
            Arrays.sort(sorted);
            n = sorted.length;
            a = new int[n];
            b = new int[n];
            y = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = sorted[i] / d;
                b[i] = sorted[i] % d;
                y[i] = (a[i] + b[i]) % d;
            }
            x = new float[n * q];
            o = new float[n * d];
            xMat = new Blas.Matrix(n, q);
            oMat = new Blas.Matrix(n, d);
            g = withBackward ? new float[n * d] : null;
            e = withBackward ? new float[n * q] : null;
            gMat = withBackward ? new Blas.Matrix(n, d) : null;
            eMat = withBackward ? new Blas.Matrix(n, q) : null;
            bounds = new int[PARTS + 1];
            for (int k = 1; k < PARTS; k++) {
                int cut = Math.max(bounds[k - 1], (int) ((long) n * k / PARTS));
                while (cut > bounds[k - 1] && cut < n && a[cut] == a[cut - 1]) {
                    cut++;
                }
                bounds[k] = cut;
            }
            bounds[PARTS] = n;
            xViews = new FloatPointer[PARTS];
            eViews = new FloatPointer[PARTS];
            for (int k = 0; k < PARTS; k++) {
                xViews[k] = xMat.view();
                eViews[k] = withBackward ? eMat.view() : null;
            }
        }
    }

    /** Loss and accuracy of one pair set. */
    record Metrics(double loss, double accuracy) {
    }

    Engine(TrainingConfig config, Split split, float[][] initial, Blas.GemmRoute route) {
        this.d = config.d();
        this.q = config.q();
        this.route = route;
        this.adam = Adam.of(config);
        this.train = new Pairs(d, q, split.train(), true);
        this.test = new Pairs(d, q, split.test(), false);
        int size = d * q;
        params = new float[3][];
        next = new float[3][size];
        for (int p = 0; p < 3; p++) {
            if (initial[p].length != size) {
                throw new IllegalArgumentException("parameter block " + p + " has length " + initial[p].length
                        + " but must have d*q = " + size);
            }
            params[p] = initial[p].clone();
        }
        grads = new float[3][size];
        m = new float[3][size];
        v = new float[3][size];
        wMat = new Blas.Matrix(d, q);
        dwMat = new Blas.Matrix(d, q);
        gubPartial = new float[PARTS][];
        for (int k = 1; k < PARTS; k++) {
            gubPartial[k] = new float[size];
        }
        helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cogs-train-helper");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code part} for partitions 1..PARTS-1 on the helper and partition 0 on the caller, then joins. */
    private void runParts(IntConsumer part) {
        Future<?>[] futures = new Future<?>[PARTS];
        for (int k = 1; k < PARTS; k++) {
            int kk = k;
            futures[k] = helper.submit(() -> part.accept(kk));
        }
        part.accept(0);
        try {
            for (int k = 1; k < PARTS; k++) {
                futures[k].get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training helper failed", e.getCause());
        }
    }

    int step() {
        return step;
    }

    /** Copy of the current parameters (d×q blocks, see the class comment). */
    float[][] parameters() {
        return new float[][] {params[UA].clone(), params[UB].clone(), params[W].clone()};
    }

    /** Copy of the last computed gradient of the training loss (without weight decay). */
    float[][] gradients() {
        return new float[][] {grads[UA].clone(), grads[UB].clone(), grads[W].clone()};
    }

    /**
     * Forward pass on the training pairs with the current weights; fills the output gradient buffer.
     *
     * @param withAccuracy whether to count correct argmaxes (otherwise the accuracy is reported as 0)
     */
    Metrics forwardTrain(boolean withAccuracy) {
        wMat.putInPlace(params[W]);
        forwardInPlace(train);
        return lossInPlace(train, withAccuracy, true);
    }

    /** Forward pass and metrics on the test pairs with the current weights. */
    Metrics evaluateTest() {
        wMat.putInPlace(params[W]);
        forwardInPlace(test);
        return lossInPlace(test, true, false);
    }

    /**
     * Backward pass (after {@link #forwardTrain}) and one Adam step into the spare buffers.
     *
     * @return whether all new parameters are finite; if not, the current parameters are kept
     */
    boolean backwardAndStep() {
        backwardInPlace();
        int t = step + 1;
        boolean finite = true;
        for (int p = 0; p < 3; p++) {
            finite &= adam.stepInto(params[p], grads[p], m[p], v[p], t, next[p]);
        }
        if (!finite) {
            return false;
        }
        float[][] swap = params;
        params = next;
        next = swap;
        step = t;
        return true;
    }

    private void forwardInPlace(Pairs s) {
        runParts(k -> gatherRowsInPlace(s, k));
        Blas.gemmInPlace(route, s.xMat, false, wMat, true, s.oMat);
        s.oMat.getInto(s.o);
    }

    /** X rows of partition k: \(X[i,j] = (U_a[j,a_i] + U_b[j,b_i])^2\), then copied to the BLAS buffer. */
    private void gatherRowsInPlace(Pairs s, int k) {
        float[] ua = params[UA];
        float[] ub = params[UB];
        float[] x = s.x;
        int qq = q;
        int from = s.bounds[k];
        int to = s.bounds[k + 1];
        for (int i = from; i < to; i++) {
            int ra = s.a[i] * qq;
            int rb = s.b[i] * qq;
            int rx = i * qq;
            for (int j = 0; j < qq; j++) {
                float h = ua[ra + j] + ub[rb + j];
                x[rx + j] = h * h;
            }
        }
        s.xMat.putRowsInPlace(s.xViews[k], x, from, to);
    }

    private Metrics lossInPlace(Pairs s, boolean withAccuracy, boolean withGradient) {
        float[] o = s.o;
        int dd = d;
        float invD = 1f / dd;
        float scale = (float) (2.0 / s.n);
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < s.n; i++) {
            int row = i * dd;
            float sum = 0f;
            for (int c = 0; c < dd; c++) {
                sum += o[row + c];
            }
            float mean = sum * invD;
            int y = s.y[i];
            double rowLoss = 0;
            for (int c = 0; c < dd; c++) {
                float r = (o[row + c] - mean) - ((c == y ? 1f : 0f) - invD);
                rowLoss += (double) r * r;
                if (withGradient) {
                    s.g[row + c] = scale * r;
                }
            }
            loss += rowLoss;
            if (withAccuracy) {
                int arg = 0;
                float best = o[row];
                for (int c = 1; c < dd; c++) {
                    if (o[row + c] > best) {
                        best = o[row + c];
                        arg = c;
                    }
                }
                if (arg == y) {
                    correct++;
                }
            }
        }
        return new Metrics(loss / s.n, (double) correct / s.n);
    }

    private void backwardInPlace() {
        Pairs s = train;
        s.gMat.putInPlace(s.g);
        Blas.gemmInPlace(route, s.gMat, true, s.xMat, false, dwMat);
        Blas.gemmInPlace(route, s.gMat, false, wMat, false, s.eMat);
        dwMat.getInto(grads[W]);
        Arrays.fill(grads[UA], 0f);
        Arrays.fill(grads[UB], 0f);
        for (int k = 1; k < PARTS; k++) {
            Arrays.fill(gubPartial[k], 0f);
        }
        runParts(k -> scatterRowsInPlace(s, k));
        float[] gub = grads[UB];
        for (int k = 1; k < PARTS; k++) {
            float[] part = gubPartial[k];
            for (int i = 0; i < gub.length; i++) {
                gub[i] += part[i];
            }
        }
    }

    /**
     * Partition k of \(\partial\ell/\partial U_a[j,a] = \sum_{i: a_i = a} 2E[i,j]h_{ij}\) (rows of a are
     * disjoint between partitions) and of the U_b gradient (into the partition's own partial).
     */
    private void scatterRowsInPlace(Pairs s, int k) {
        int from = s.bounds[k];
        int to = s.bounds[k + 1];
        s.eMat.getRowsInto(s.eViews[k], s.e, from, to);
        float[] ua = params[UA];
        float[] ub = params[UB];
        float[] gua = grads[UA];
        float[] gub = k == 0 ? grads[UB] : gubPartial[k];
        float[] e = s.e;
        int qq = q;
        for (int i = from; i < to; i++) {
            int ra = s.a[i] * qq;
            int rb = s.b[i] * qq;
            int re = i * qq;
            for (int j = 0; j < qq; j++) {
                float t = 2f * e[re + j] * (ua[ra + j] + ub[rb + j]);
                gua[ra + j] += t;
                gub[rb + j] += t;
            }
        }
    }

    /** Frees the engine's off-heap buffers; the engine must not be used afterwards. */
    @Override
    public void close() {
        helper.shutdownNow();
        for (Blas.Matrix mat : new Blas.Matrix[] {wMat, dwMat, train.xMat, train.oMat, train.gMat, train.eMat,
            test.xMat, test.oMat}) {
            if (mat != null) {
                mat.release();
            }
        }
    }

    /** Backward pass only (after {@link #forwardTrain}); the result is read with {@link #gradients()}. */
    void computeGradients() {
        backwardInPlace();
    }
}
