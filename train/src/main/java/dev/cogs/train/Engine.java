package dev.cogs.train;

import dev.cogs.nets.run.Split;
import dev.cogs.nets.run.TrainingConfig;
import java.util.Arrays;

/**
 * The float32 training engine: forward pass, projected-MSE gradient and Adam on flat arrays, with
 * the three matmul-bound products done by sgemm on ND4J-held buffers allocated once. Mutable and
 * not thread-safe; one engine per run.
 *
 * <p>Labels: pair (a, b) has the label {@code config.group().multiply(a, b)}, \((a + b) \bmod d\)
 * for the default \(\mathbb{Z}_d\) (docs/cogs-math.md §14.8); nothing else depends on the group.
 *
 * <p>Layout: the three parameter blocks are stored as d×q row-major float arrays: {@code uaT[a*q +
 * j] = U_a[j, a]}, {@code ubT[b*q + j] = U_b[j, b]}, {@code w[c*q + j] = W[c, j]}, so every
 * per-pair gather reads a contiguous row. One-hot inputs make the first layer a gather: for the
 * {@code n} training pairs, \(X[i,j] = (U_a[j,a_i] + U_b[j,b_i])^2\) (n×q), \(O = X W^\top\) (n×d),
 * \(G = \partial\ell/\partial O = \tfrac{2}{n} P_\perp(O - E_y)\), \(\partial\ell/\partial W =
 * G^\top X\), \(E = G W\) (n×q) and \(\partial\ell/\partial U_a[j,a] = \sum_{i: a_i = a} 2 E[i,j]
 * h_{ij}\) (a scatter-add, likewise for \(U_b\)). The three products cost \(6 n q d\) flops per
 * step.
 *
 * <p>The whole step runs in {@value #PARTS} fixed partitions of the pairs (cut at a change of
 * {@code a}), the second on one helper thread ({@link Team}): each partition gathers its rows of X,
 * multiplies its own row blocks (O, G, E and its partial \(\partial\ell/\partial W\)) with
 * single-threaded sgemm calls, and scatters into the rows of U_a it owns and into its own partial
 * of the U_b gradient. The partials and the loss sums are added in a fixed order, and the partition
 * never depends on the machine, so results are bit-identical whatever the scheduling. At d = 23 the
 * products are too small for OpenBLAS to split well (one dimension is 23), so two partitions with
 * one BLAS thread each beat one partition with two BLAS threads; {@link Trainer} runs with one BLAS
 * thread for that reason.
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

    /**
     * Current and next parameters (double buffering keeps the last finite weights on divergence).
     */
    private float[][] params;

    private float[][] next;
    private final float[][] grads;
    private final float[][] m;
    private final float[][] v;
    private int step;

    private final Blas.Matrix wMat;

    /** Number of fixed work partitions of the pairs. */
    static final int PARTS = 2;

    private final Team team;

    /**
     * Per-partition partial gradients of U_b (index 0 is unused: partition 0 writes the gradient
     * itself).
     */
    private final float[][] gubPartial;

    /** Per-partition partial gradients of W (off-heap sgemm outputs). */
    private final Blas.Matrix[] dwPartial;

    private final Blas.Block[] dwBlocks;

    /** Per-partition view of W (read concurrently). */
    private final Blas.Block[] wBlocks;

    /** Per-partition loss sums and correct counts of the last forward pass. */
    private final double[] lossPart = new double[PARTS];

    private final int[] correctPart = new int[PARTS];

    /**
     * Per-partition partial gradients of W on the heap (index 0 unused: partition 0 writes the
     * gradient).
     */
    private final float[][] dwJava;

    private final boolean[] finitePart = new boolean[PARTS];

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

        final Blas.Block[] xBlocks;
        final Blas.Block[] oBlocks;
        final Blas.Block[] gBlocks;
        final Blas.Block[] eBlocks;

        Pairs(int d, int q, int[] indices, boolean withBackward, int[][] table) {
            int[] sorted = indices.clone();
            // a-major order: gathers and scatters walk U_a rows sequentially; also makes the float
            // sums
            // depend on the set of pairs only, not on the permutation order.
            Arrays.sort(sorted);
            n = sorted.length;
            a = new int[n];
            b = new int[n];
            y = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = sorted[i] / d;
                b[i] = sorted[i] % d;
                // the label of (a, b) is the product ab; for Z_d, table[a][b] = (a + b) mod d
                y[i] = table[a[i]][b[i]];
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
            xBlocks = new Blas.Block[PARTS];
            oBlocks = new Blas.Block[PARTS];
            gBlocks = new Blas.Block[PARTS];
            eBlocks = new Blas.Block[PARTS];
            for (int k = 0; k < PARTS; k++) {
                if (bounds[k + 1] == bounds[k]) {
                    // an empty partition (tiny pair sets, e.g. the single test pair at d = 3) has
                    // no blocks
                    continue;
                }
                xBlocks[k] = new Blas.Block(xMat, bounds[k], bounds[k + 1]);
                oBlocks[k] = new Blas.Block(oMat, bounds[k], bounds[k + 1]);
                gBlocks[k] = withBackward ? new Blas.Block(gMat, bounds[k], bounds[k + 1]) : null;
                eBlocks[k] = withBackward ? new Blas.Block(eMat, bounds[k], bounds[k + 1]) : null;
            }
        }
    }

    /** Loss and accuracy of one pair set. */
    record Metrics(double loss, double accuracy) {}

    Engine(TrainingConfig config, Split split, float[][] initial, Blas.GemmRoute route) {
        this(config, split, initial, route, new Team());
    }

    /**
     * An engine whose partitions run on {@code team} (a two-thread team or a solo one: the same
     * bits either way); the engine closes the team.
     */
    Engine(TrainingConfig config, Split split, float[][] initial, Blas.GemmRoute route, Team team) {
        this.d = config.d();
        this.q = config.q();
        this.route = route;
        this.adam = Adam.of(config);
        int[][] table = config.group().table();
        this.train = new Pairs(d, q, split.train(), true, table);
        this.test = new Pairs(d, q, split.test(), false, table);
        int size = d * q;
        params = new float[3][];
        next = new float[3][size];
        for (int p = 0; p < 3; p++) {
            if (initial[p].length != size) {
                throw new IllegalArgumentException(
                        "parameter block "
                                + p
                                + " has length "
                                + initial[p].length
                                + " but must have d*q = "
                                + size);
            }
            params[p] = initial[p].clone();
        }
        grads = new float[3][size];
        m = new float[3][size];
        v = new float[3][size];
        wMat = new Blas.Matrix(d, q);
        gubPartial = new float[PARTS][];
        dwPartial = new Blas.Matrix[PARTS];
        dwBlocks = new Blas.Block[PARTS];
        wBlocks = new Blas.Block[PARTS];
        for (int k = 0; k < PARTS; k++) {
            dwPartial[k] = new Blas.Matrix(d, q);
        }
        for (int k = 1; k < PARTS; k++) {
            gubPartial[k] = new float[size];
        }
        for (int k = 0; k < PARTS; k++) {
            dwBlocks[k] = new Blas.Block(dwPartial[k], 0, d);
            wBlocks[k] = new Blas.Block(wMat, 0, d);
        }
        dwJava = new float[PARTS][];
        for (int k = 1; k < PARTS; k++) {
            dwJava[k] = new float[size];
        }
        this.team = team;
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
     * Forward pass on the training pairs with the current weights; fills the output gradient
     * buffer.
     *
     * @param withAccuracy whether to count correct argmaxes (otherwise the accuracy is reported as
     *     0)
     */
    Metrics forwardTrain(boolean withAccuracy) {
        return forward(train, withAccuracy, true);
    }

    /** Forward pass and metrics on the test pairs with the current weights. */
    Metrics evaluateTest() {
        return forward(test, true, false);
    }

    private Metrics forward(Pairs s, boolean withAccuracy, boolean withGradient) {
        wMat.putInPlace(params[W]);
        team.run(k -> forwardPart(s, k, withAccuracy, withGradient));
        double loss = 0;
        int correct = 0;
        for (int k = 0; k < PARTS; k++) {
            loss += lossPart[k];
            correct += correctPart[k];
        }
        return new Metrics(loss / s.n, withAccuracy ? (double) correct / s.n : 0.0);
    }

    /**
     * Backward pass (after {@link #forwardTrain}) and one Adam step into the spare buffers.
     *
     * @return whether all new parameters are finite; if not, the current parameters are kept
     */
    boolean backwardAndStep() {
        backwardInPlace();
        int t = step + 1;
        team.run(
                k -> {
                    int size = d * q;
                    int from = (int) ((long) size * k / PARTS);
                    int to = (int) ((long) size * (k + 1) / PARTS);
                    boolean ok = true;
                    for (int p = 0; p < 3; p++) {
                        ok &= adam.stepInto(params[p], grads[p], m[p], v[p], t, next[p], from, to);
                    }
                    finitePart[k] = ok;
                });
        boolean finite = true;
        for (int k = 0; k < PARTS; k++) {
            finite &= finitePart[k];
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

    /**
     * Partition k of the forward pass: X rows \(X[i,j] = (U_a[j,a_i] + U_b[j,b_i])^2\), its rows of
     * \(O = X W^\top\), their loss (and accuracy) and, for training, their rows of G.
     */
    private void forwardPart(Pairs s, int k, boolean withAccuracy, boolean withGradient) {
        if (s.bounds[k] == s.bounds[k + 1]) {
            lossPart[k] = 0;
            correctPart[k] = 0;
            return;
        }
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
        s.xBlocks[k].put(x, from * qq);
        Blas.gemm(route, s.xBlocks[k], false, wBlocks[k], true, s.oBlocks[k]);
        s.oBlocks[k].getInto(s.o, from * d);
        lossRows(s, k, withAccuracy, withGradient);
        if (withGradient) {
            s.gBlocks[k].put(s.g, from * d);
        }
    }

    /**
     * Loss, accuracy and output gradient of partition k's rows into {@code lossPart[k]}, {@code
     * correctPart[k]}.
     */
    private void lossRows(Pairs s, int k, boolean withAccuracy, boolean withGradient) {
        float[] o = s.o;
        int dd = d;
        float invD = 1f / dd;
        float scale = (float) (2.0 / s.n);
        double loss = 0;
        int correct = 0;
        for (int i = s.bounds[k]; i < s.bounds[k + 1]; i++) {
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
        lossPart[k] = loss;
        correctPart[k] = correct;
    }

    private void backwardInPlace() {
        Pairs s = train;
        Arrays.fill(grads[UA], 0f);
        Arrays.fill(grads[UB], 0f);
        for (int k = 1; k < PARTS; k++) {
            Arrays.fill(gubPartial[k], 0f);
        }
        team.run(k -> backwardPart(s, k));
        // add the partials of partitions 1.. into partition 0's, in partition order, each thread on
        // half the indices
        team.run(
                k -> {
                    int size = d * q;
                    int from = (int) ((long) size * k / PARTS);
                    int to = (int) ((long) size * (k + 1) / PARTS);
                    float[] gw = grads[W];
                    float[] gub = grads[UB];
                    for (int part = 1; part < PARTS; part++) {
                        float[] dw = dwJava[part];
                        float[] ub = gubPartial[part];
                        for (int i = from; i < to; i++) {
                            gw[i] += dw[i];
                            gub[i] += ub[i];
                        }
                    }
                });
    }

    /**
     * Partition k of the backward pass: its partial \(\partial\ell/\partial W = G_k^\top X_k\), its
     * rows of \(E = G W\), and the scatter \(\partial\ell/\partial U_a[j,a] = \sum_{i: a_i = a}
     * 2E[i,j]h_{ij}\) (rows of a are disjoint between partitions) and likewise for U_b (into the
     * partition's own partial).
     */
    private void backwardPart(Pairs s, int k) {
        int from = s.bounds[k];
        int to = s.bounds[k + 1];
        if (from == to) {
            Arrays.fill(k == 0 ? grads[W] : dwJava[k], 0f);
            return;
        }
        Blas.gemm(route, s.gBlocks[k], true, s.xBlocks[k], false, dwBlocks[k]);
        dwBlocks[k].getInto(k == 0 ? grads[W] : dwJava[k], 0);
        Blas.gemm(route, s.gBlocks[k], false, wBlocks[k], false, s.eBlocks[k]);
        s.eBlocks[k].getInto(s.e, from * q);
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
        team.close();
        for (Blas.Matrix mat : dwPartial) {
            mat.release();
        }
        for (Blas.Matrix mat :
                new Blas.Matrix[] {
                    wMat, train.xMat, train.oMat, train.gMat, train.eMat, test.xMat, test.oMat
                }) {
            if (mat != null) {
                mat.release();
            }
        }
    }

    /**
     * Backward pass only (after {@link #forwardTrain}); the result is read with {@link
     * #gradients()}.
     */
    void computeGradients() {
        backwardInPlace();
    }
}
