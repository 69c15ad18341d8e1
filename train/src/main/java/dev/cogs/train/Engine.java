package dev.cogs.train;

import dev.cogs.nets.run.Split;
import dev.cogs.nets.run.TrainingConfig;
import java.util.Arrays;

/**
 * The float32 training engine: forward pass, projected-MSE gradient and Adam on flat arrays, with
 * the three matmul-bound products done by sgemm on ND4J-held panel buffers allocated once. Mutable
 * and not thread-safe; one engine per run.
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
 * <p>Two ways to run a partition. The fused kernels (engine f32v5, {@link Blas.GemmRoute#FUSED},
 * the trainer's): one call of {@link FusedKernels#partition} per partition computes the forward
 * pass, the loss and the whole gradient in register-tiled AVX2/FMA loops over a cache-resident
 * panel of X, with no sgemm and no copies; the arithmetic is defined in {@link FusedReference}
 * (docs/performance.md, "The fused engine"). The sgemm panels (f32v4's arithmetic, the {@code
 * CBLAS} and {@code ND4J} routes, kept for the benchmarks' comparison), described next.
 *
 * <p>Panels (engine f32v4): the pairs are never held as whole n×q matrices. Each of the {@value
 * #PARTS} fixed partitions of the pairs (cut at a change of {@code a}; the second runs on one
 * helper thread of a {@link Team}, or after the first on the caller for a solo team) walks its rows
 * in panels of {@value #PANEL} pairs and, for each panel, gathers its rows of X, multiplies \(O_p =
 * X_p W^\top\), computes the loss and \(G_p\), accumulates \(\partial\ell/\partial W \mathrel{+}=
 * G_p^\top X_p\) (sgemm with beta = 1), forms \(E_p = G_p W\) and scatters it, all while the panel
 * (a few hundred KiB) is still in the core's cache: the n×q matrices of the previous engine (f32v3)
 * went to memory and back several times per step. The forward pass on the training pairs therefore
 * computes the gradient too; {@link #backwardAndStep()} only adds the partials and steps Adam. The
 * partials and the loss sums are added in a fixed order and the partition and panels never depend
 * on the machine or the threads, so results are bit-identical whatever the scheduling. The
 * W-gradient sums its panels in panel order, a different order than f32v3's single product: hence
 * the new engine key.
 */
final class Engine implements AutoCloseable {

    static final int UA = 0;
    static final int UB = 1;
    static final int W = 2;

    /** Number of fixed work partitions of the pairs. */
    static final int PARTS = 2;

    /**
     * Pairs per panel: at q = 512 a panel of X (and of E) is 256 KiB. Smaller panels keep more in
     * the L2 cache but make OpenBLAS pack W more often (twice per panel); in single-thread CPU time
     * per d = 127 step, 128 beat 64 and 256 (docs/performance.md, Training).
     */
    static final int PANEL = 128;

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

    /** Whether the partials of the last gradient pass have been added into {@link #grads}. */
    private boolean reduced = true;

    /** Whether the partitions run the fused kernels (engine f32v5) instead of sgemm panels. */
    private final boolean fused;

    /** Per-partition loss sum and correct count of the fused kernels. */
    private final double[][] fusedOut = new double[PARTS][2];

    /** Per-partition working memory of the fused kernels (null for the sgemm panels). */
    private final float[][] fusedScratch = new float[PARTS][];

    private final Blas.Matrix wMat;

    private final Team team;

    /**
     * Per-partition partial gradients of U_b (index 0 is unused: partition 0 writes the gradient
     * itself).
     */
    private final float[][] gubPartial;

    /** Per-partition partial gradients of W (off-heap sgemm outputs, accumulated over panels). */
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

    /** Per-partition panel buffers. */
    private final Panel[] panels = new Panel[PARTS];

    /** Per-pair-set indices. */
    private static final class Pairs {
        final int n;
        final int[] a;
        final int[] b;
        final int[] y;

        /** Row bounds of the partitions: partition k holds pairs [bounds[k], bounds[k+1]). */
        final int[] bounds;

        Pairs(int d, int[] indices, int[][] table) {
            int[] sorted = indices.clone();
            // a-major order: gathers and scatters walk U_a rows sequentially; also makes the float
            // sums depend on the set of pairs only, not on the permutation order.
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
            bounds = new int[PARTS + 1];
            for (int k = 1; k < PARTS; k++) {
                int cut = Math.max(bounds[k - 1], (int) ((long) n * k / PARTS));
                while (cut > bounds[k - 1] && cut < n && a[cut] == a[cut - 1]) {
                    cut++;
                }
                bounds[k] = cut;
            }
            bounds[PARTS] = n;
        }
    }

    /**
     * One partition's panel: off-heap X, O, G, E of {@value #PANEL} rows, their heap copies, and
     * row blocks of every height used (the last panel of a partition is shorter).
     */
    private final class Panel {
        final Blas.Matrix xMat = new Blas.Matrix(PANEL, q);
        final Blas.Matrix oMat = new Blas.Matrix(PANEL, d);
        final Blas.Matrix gMat = new Blas.Matrix(PANEL, d);
        final Blas.Matrix eMat = new Blas.Matrix(PANEL, q);
        final float[] x = new float[PANEL * q];
        final float[] o = new float[PANEL * d];
        final float[] g = new float[PANEL * d];
        final float[] e = new float[PANEL * q];

        /** Blocks by height (x, o, g, e), created on first use. */
        private final Blas.Block[][] blocks = new Blas.Block[PANEL + 1][];

        Blas.Block[] rows(int r) {
            Blas.Block[] bl = blocks[r];
            if (bl == null) {
                bl =
                        new Blas.Block[] {
                            new Blas.Block(xMat, 0, r),
                            new Blas.Block(oMat, 0, r),
                            new Blas.Block(gMat, 0, r),
                            new Blas.Block(eMat, 0, r)
                        };
                blocks[r] = bl;
            }
            return bl;
        }

        void release() {
            for (Blas.Matrix mat : new Blas.Matrix[] {xMat, oMat, gMat, eMat}) {
                mat.release();
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
        this.train = new Pairs(d, split.train(), table);
        this.test = new Pairs(d, split.test(), table);
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
        fused = route == Blas.GemmRoute.FUSED;
        wMat = fused ? null : new Blas.Matrix(d, q);
        gubPartial = new float[PARTS][];
        dwPartial = new Blas.Matrix[PARTS];
        dwBlocks = new Blas.Block[PARTS];
        wBlocks = new Blas.Block[PARTS];
        dwJava = new float[PARTS][];
        for (int k = 0; k < PARTS; k++) {
            if (fused) {
                fusedScratch[k] = new float[FusedKernels.scratchFloats(d, q)];
            } else {
                dwPartial[k] = new Blas.Matrix(d, q);
                dwBlocks[k] = new Blas.Block(dwPartial[k], 0, d);
                wBlocks[k] = new Blas.Block(wMat, 0, d);
                panels[k] = new Panel();
            }
            if (k > 0) {
                gubPartial[k] = new float[size];
                dwJava[k] = new float[size];
            }
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
     * Forward pass on the training pairs with the current weights, computing the partial gradients
     * of the loss in the same pass (see the class comment).
     *
     * @param withAccuracy whether to count correct argmaxes (otherwise the accuracy is reported as
     *     0)
     */
    Metrics forwardTrain(boolean withAccuracy) {
        Arrays.fill(grads[UA], 0f);
        Arrays.fill(grads[UB], 0f);
        for (int k = 1; k < PARTS; k++) {
            Arrays.fill(gubPartial[k], 0f);
        }
        Metrics metrics = forward(train, withAccuracy, true);
        reduced = false;
        return metrics;
    }

    /** Forward pass and metrics on the test pairs with the current weights. */
    Metrics evaluateTest() {
        return forward(test, true, false);
    }

    private Metrics forward(Pairs s, boolean withAccuracy, boolean withGradient) {
        if (fused) {
            team.run(k -> fusedPart(s, k, withAccuracy, withGradient));
        } else {
            wMat.putInPlace(params[W]);
            team.run(k -> part(s, k, withAccuracy, withGradient));
        }
        double loss = 0;
        int correct = 0;
        for (int k = 0; k < PARTS; k++) {
            loss += lossPart[k];
            correct += correctPart[k];
        }
        return new Metrics(loss / s.n, withAccuracy ? (double) correct / s.n : 0.0);
    }

    /**
     * Adds the partials of the last {@link #forwardTrain} and takes one Adam step into the spare
     * buffers.
     *
     * @return whether all new parameters are finite; if not, the current parameters are kept
     */
    boolean backwardAndStep() {
        int t = step + 1;
        boolean reduce = !reduced;
        team.run(
                k -> {
                    int size = d * q;
                    int from = (int) ((long) size * k / PARTS);
                    int to = (int) ((long) size * (k + 1) / PARTS);
                    if (reduce) {
                        reduceRange(from, to);
                    }
                    boolean ok = true;
                    for (int p = 0; p < 3; p++) {
                        ok &= adam.stepInto(params[p], grads[p], m[p], v[p], t, next[p], from, to);
                    }
                    finitePart[k] = ok;
                });
        reduced = true;
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
     * Adds the partials of partitions 1.. into partition 0's gradients on indices [from, to), in
     * partition order.
     */
    private void reduceRange(int from, int to) {
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
    }

    /**
     * Partition k: its pairs panel by panel; the loss (and accuracy) into {@code lossPart[k]},
     * {@code correctPart[k]} and, for training, its partial gradients: its rows of U_a's gradient
     * (rows of a are disjoint between partitions), its own partial of U_b's and of W's.
     */
    private void part(Pairs s, int k, boolean withAccuracy, boolean withGradient) {
        int from = s.bounds[k];
        int to = s.bounds[k + 1];
        lossPart[k] = 0;
        correctPart[k] = 0;
        if (from == to) {
            if (withGradient) {
                Arrays.fill(k == 0 ? grads[W] : dwJava[k], 0f);
            }
            return;
        }
        Panel pan = panels[k];
        float[] ua = params[UA];
        float[] ub = params[UB];
        float[] gua = grads[UA];
        float[] gub = k == 0 ? grads[UB] : gubPartial[k];
        float[] x = pan.x;
        float[] e = pan.e;
        int qq = q;
        for (int p0 = from; p0 < to; p0 += PANEL) {
            int r = Math.min(PANEL, to - p0);
            Blas.Block[] bl = pan.rows(r);
            for (int i = 0; i < r; i++) {
                int ra = s.a[p0 + i] * qq;
                int rb = s.b[p0 + i] * qq;
                int rx = i * qq;
                for (int j = 0; j < qq; j++) {
                    float h = ua[ra + j] + ub[rb + j];
                    x[rx + j] = h * h;
                }
            }
            bl[0].put(x, 0);
            Blas.gemm(route, bl[0], false, wBlocks[k], true, bl[1]);
            bl[1].getInto(pan.o, 0);
            lossRows(s, k, p0, r, pan, withAccuracy, withGradient);
            if (!withGradient) {
                continue;
            }
            bl[2].put(pan.g, 0);
            // dW_k (+)= G_pᵀ X_p: the first panel of the partition overwrites, the others add
            Blas.gemm(route, bl[2], true, bl[0], false, dwBlocks[k], p0 != from);
            Blas.gemm(route, bl[2], false, wBlocks[k], false, bl[3]);
            bl[3].getInto(e, 0);
            for (int i = 0; i < r; i++) {
                int ra = s.a[p0 + i] * qq;
                int rb = s.b[p0 + i] * qq;
                int re = i * qq;
                for (int j = 0; j < qq; j++) {
                    float t = 2f * e[re + j] * (ua[ra + j] + ub[rb + j]);
                    gua[ra + j] += t;
                    gub[rb + j] += t;
                }
            }
        }
        if (withGradient) {
            dwBlocks[k].getInto(k == 0 ? grads[W] : dwJava[k], 0);
        }
    }

    /**
     * Partition k by the fused kernels: the same contract as {@link #part}, in one call of {@link
     * FusedKernels#partition}.
     */
    private void fusedPart(Pairs s, int k, boolean withAccuracy, boolean withGradient) {
        int from = s.bounds[k];
        int to = s.bounds[k + 1];
        double[] out = fusedOut[k];
        FusedKernels.partition(
                params[UA],
                params[UB],
                params[W],
                d,
                q,
                s.a,
                s.b,
                s.y,
                from,
                to,
                (float) (2.0 / s.n),
                withGradient,
                withAccuracy,
                grads[UA],
                k == 0 ? grads[UB] : gubPartial[k],
                k == 0 ? grads[W] : dwJava[k],
                out,
                fusedScratch[k]);
        lossPart[k] = out[0];
        correctPart[k] = (int) out[1];
    }

    /**
     * Loss, accuracy and output gradient of the panel's rows (pairs [p0, p0 + r)), added to {@code
     * lossPart[k]}, {@code correctPart[k]} in row order.
     */
    private void lossRows(
            Pairs s, int k, int p0, int r, Panel pan, boolean withAccuracy, boolean withGradient) {
        float[] o = pan.o;
        float[] g = pan.g;
        int dd = d;
        float invD = 1f / dd;
        float scale = (float) (2.0 / s.n);
        double loss = lossPart[k];
        int correct = correctPart[k];
        for (int i = 0; i < r; i++) {
            int row = i * dd;
            float sum = 0f;
            for (int c = 0; c < dd; c++) {
                sum += o[row + c];
            }
            float mean = sum * invD;
            int y = s.y[p0 + i];
            double rowLoss = 0;
            for (int c = 0; c < dd; c++) {
                float res = (o[row + c] - mean) - ((c == y ? 1f : 0f) - invD);
                rowLoss += (double) res * res;
                if (withGradient) {
                    g[row + c] = scale * res;
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

    /** Frees the engine's off-heap buffers; the engine must not be used afterwards. */
    @Override
    public void close() {
        team.close();
        if (fused) {
            return;
        }
        for (Blas.Matrix mat : dwPartial) {
            mat.release();
        }
        for (Panel pan : panels) {
            pan.release();
        }
        wMat.release();
    }

    /**
     * The gradient of the training loss at the current weights (after {@link #forwardTrain}); the
     * result is read with {@link #gradients()}.
     */
    void computeGradients() {
        if (!reduced) {
            team.run(
                    k -> {
                        int size = d * q;
                        reduceRange(
                                (int) ((long) size * k / PARTS),
                                (int) ((long) size * (k + 1) / PARTS));
                    });
            reduced = true;
        }
    }
}
