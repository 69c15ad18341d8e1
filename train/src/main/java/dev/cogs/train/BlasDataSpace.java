package dev.cogs.train;

import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.DataSpaceEvaluator;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas_nolapack;

/**
 * The direct data-space loss of a net (docs/cogs-math.md §1, the quantity of {@code
 * CogsLoss.evaluate}) with its O(d³q) products done by OpenBLAS {@code cblas_dgemm} in double
 * precision, as a {@link DataSpaceEvaluator}.
 *
 * <p>The d² pairs (a, b), in (a, b) order, are cut into blocks of {@link Options#blockPairs()}
 * consecutive pairs. For a block, the hidden activations \(H[j,(a,b)] = (U_a[j,a] + U_b[j,b])^2\)
 * form a q × block matrix, and one {@code cblas_dgemm} of W (d × q) by H gives the outputs of the
 * block, class-major (d × block). Then, per pair, exactly as the pure-Java reference: the argmax
 * over classes (first maximum), the residual \(P_\perp(o - e_{a+b})\) formed explicitly, and its
 * squared norm summed over classes in increasing order. The d² squared norms are added in (a, b)
 * order by one compensated (Neumaier) sum, so the result does not depend on the block size, the
 * threads or the order in which blocks finish.
 *
 * <p>Each output is one dgemm entry, whose summation order over the hidden nodes is fixed by
 * OpenBLAS's blocking of the inner dimension q (the same for every block shape): in the tests the
 * results are bitwise independent of the block size. Against the reference, whose outputs are plain
 * sums in increasing j, the outputs differ by rounding (about q·2⁻⁵³ relative to the largest term),
 * and so does the loss.
 *
 * <p>Parallelism: {@link Options#workers()} Java threads take blocks in turn, each with its own
 * buffers and {@link Options#blasThreads()} BLAS threads per product (the count is set for the
 * duration of the evaluation through {@link BlasThreads#with}). W is copied off-heap once per
 * evaluation; each worker's H and output buffers are allocated once and copied to and from the Java
 * arrays with one bulk copy per block (8 bytes per 2d flops of the product, negligible).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p><b>Non-finite values.</b> {@link RealWeights} are finite; if an output overflows double (huge
 * weights), the loss is not finite and {@link DataSpaceEvaluator#evaluate} throws {@link
 * IllegalArgumentException} instead of returning NaN.
 */
public final class BlasDataSpace implements DataSpaceEvaluator {

    /**
     * Pairs per block of {@link Options#defaults()}: on the 2-core development machine 384 beat
     * 128, 192, 256 and 512 at d = 509 (q = 1018) and 160 at d = 1009 (q = 2018); larger blocks
     * (1024, 2048) were slower at d = 255 (docs/performance.md, "Verification at scale").
     */
    public static final int DEFAULT_BLOCK_PAIRS = 384;

    /**
     * How the evaluation is cut and spread. Immutable and validated.
     *
     * @param blockPairs pairs (columns of H) per dgemm, at least 1
     * @param workers Java threads taking blocks, at least 1
     * @param blasThreads OpenBLAS threads of each product, at least 1
     */
    public record Options(int blockPairs, int workers, int blasThreads) {

        /**
         * Validates the counts.
         *
         * @param blockPairs see the record description
         * @param workers see the record description
         * @param blasThreads see the record description
         * @throws IllegalArgumentException if a count is below 1
         */
        public Options {
            if (blockPairs < 1) {
                throw new IllegalArgumentException("blockPairs (" + blockPairs + ") must be >= 1");
            }
            if (workers < 1) {
                throw new IllegalArgumentException("workers (" + workers + ") must be >= 1");
            }
            if (blasThreads < 1) {
                throw new IllegalArgumentException(
                        "blasThreads (" + blasThreads + ") must be >= 1");
            }
        }

        /**
         * The defaults: {@link #DEFAULT_BLOCK_PAIRS} pairs per block, one Java worker per
         * processor, each with one BLAS thread (measured faster than one worker with a BLAS thread
         * per processor, 50 against 35 GFLOP/s at d = 255: the Java parts, the activations and the
         * residuals, then run in parallel too, and the two products need no synchronisation).
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(DEFAULT_BLOCK_PAIRS, Runtime.getRuntime().availableProcessors(), 1);
        }
    }

    private final Options options;

    private BlasDataSpace(Options options) {
        this.options = options;
    }

    /**
     * The evaluator with {@link Options#defaults()}.
     *
     * @return the evaluator
     */
    public static BlasDataSpace get() {
        return of(Options.defaults());
    }

    /**
     * The evaluator with the given options.
     *
     * @param options block size and threads
     * @return the evaluator
     * @throws NullPointerException if {@code options} is null
     */
    public static BlasDataSpace of(Options options) {
        return new BlasDataSpace(Objects.requireNonNull(options, "options"));
    }

    /**
     * The options.
     *
     * @return block size and threads
     */
    public Options options() {
        return options;
    }

    /**
     * Evaluates the net on all d² pairs with dgemm products.
     *
     * @param w real weights
     * @return loss and accuracy over all d² pairs
     * @throws NullPointerException if {@code w} is null
     * @throws IllegalArgumentException if the loss is not finite (an output overflows)
     */
    @Override
    public DataSpaceEvaluation evaluate(RealWeights w) {
        return evaluateWithMargin(w).evaluation();
    }

    /**
     * The data-space evaluation and the margin of a net, from one pass of products.
     *
     * @param evaluation loss and accuracy over all d² pairs
     * @param margin the margin \(\min_{a,b}\,(o_{a+b}(a,b) - \max_{c \ne a+b} o_c(a,b))\) on all d²
     *     pairs (docs/cogs-math.md §13.6), negative when a pair is misclassified
     */
    public record WithMargin(DataSpaceEvaluation evaluation, double margin) {

        /**
         * Validates the components.
         *
         * @param evaluation see the record description
         * @param margin see the record description
         * @throws NullPointerException if {@code evaluation} is null
         */
        public WithMargin {
            Objects.requireNonNull(evaluation, "evaluation");
        }
    }

    /**
     * Evaluates the net on all d² pairs and measures its margin in the same pass (the margin of
     * {@code dev.cogs.nets.analysis.Margins#margin}, which holds all d³ outputs in memory: 8 GB at
     * d = 1009; here each block's outputs are used and dropped).
     *
     * @param w real weights
     * @return loss, accuracy and margin over all d² pairs
     * @throws NullPointerException if {@code w} is null
     * @throws IllegalArgumentException if the loss or the margin is not finite (an output
     *     overflows)
     */
    public WithMargin evaluateWithMargin(RealWeights w) {
        Objects.requireNonNull(w, "w");
        int d = w.d();
        int q = w.order();
        int pairs = d * d;
        int block = Math.min(options.blockPairs(), pairs);
        int blocks = (pairs + block - 1) / block;
        double[] squares = new double[pairs];
        int[] correct = new int[blocks];
        double[] margins = new double[blocks];
        double[] ua = w.uaFlat();
        double[] ub = w.ubFlat();
        int workers = Math.min(options.workers(), blocks);
        try (DoublePointer wp = new DoublePointer((long) d * q)) {
            wp.put(w.wFlat(), 0, d * q);
            AtomicInteger next = new AtomicInteger();
            BlasThreads.with(
                    options.blasThreads(),
                    () -> {
                        runWorkers(
                                workers,
                                () -> {
                                    try (Worker worker = new Worker(d, q, block)) {
                                        for (int k = next.getAndIncrement();
                                                k < blocks;
                                                k = next.getAndIncrement()) {
                                            correct[k] = worker.block(k, ua, ub, wp, squares);
                                            margins[k] = worker.margin;
                                        }
                                    }
                                });
                        return null;
                    });
        }
        double sum = 0;
        double compensation = 0;
        for (double x : squares) {
            double t = sum + x;
            if (Math.abs(sum) >= Math.abs(x)) {
                compensation += (sum - t) + x;
            } else {
                compensation += (x - t) + sum;
            }
            sum = t;
        }
        double loss = (sum + compensation) / ((double) d * d);
        double margin = Double.POSITIVE_INFINITY;
        for (double m : margins) {
            margin = Math.min(margin, m);
        }
        if (!Double.isFinite(loss) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "w (d = %d, order %d): data-space loss %s or margin %s is not finite (an"
                                    + " output overflows double)",
                            d,
                            q,
                            loss,
                            margin));
        }
        int right = 0;
        for (int c : correct) {
            right += c;
        }
        return new WithMargin(new DataSpaceEvaluation(loss, right, pairs), margin);
    }

    /** Runs {@code task} on {@code workers} threads (the caller's alone if 1) and waits. */
    private static void runWorkers(int workers, Runnable task) {
        if (workers == 1) {
            task.run();
            return;
        }
        List<Thread> threads = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int i = 0; i < workers; i++) {
            Thread t =
                    new Thread(
                            () -> {
                                try {
                                    task.run();
                                } catch (RuntimeException | Error e) {
                                    synchronized (failure) {
                                        if (failure[0] == null) {
                                            failure[0] = e;
                                        }
                                    }
                                }
                            },
                            "cogs-data-space-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (failure) {
            if (failure[0] instanceof RuntimeException r) {
                throw r;
            }
            if (failure[0] instanceof Error e) {
                throw e;
            }
        }
    }

    /** One worker's buffers (mutable, one thread). */
    private static final class Worker implements AutoCloseable {
        private final int d;
        private final int q;
        private final int block;
        private final double[] h;
        private final double[] o;
        private final double[] mean;
        private final double[] best;
        private final int[] arg;
        private final int[] target;
        private final double[] other;

        /** The margin of the last block, min over its pairs of o_y − max_{c≠y} o_c. */
        double margin;

        private final DoublePointer hp;
        private final DoublePointer op;

        Worker(int d, int q, int block) {
            this.d = d;
            this.q = q;
            this.block = block;
            this.h = new double[q * block];
            this.o = new double[d * block];
            this.mean = new double[block];
            this.best = new double[block];
            this.arg = new int[block];
            this.target = new int[block];
            this.other = new double[block];
            this.hp = new DoublePointer((long) q * block);
            this.op = new DoublePointer((long) d * block);
        }

        /**
         * Block k: writes the squared residual norms of its pairs into {@code squares} and returns
         * how many of them are classified correctly.
         */
        int block(int k, double[] ua, double[] ub, DoublePointer wp, double[] squares) {
            int p0 = k * block;
            int n = Math.min(block, d * d - p0);
            int a0 = p0 / d;
            int b0 = p0 % d;
            for (int j = 0; j < q; j++) {
                int row = j * d;
                int out = j * n;
                int a = a0;
                int b = b0;
                int col = 0;
                while (col < n) {
                    double x = ua[row + a];
                    int len = Math.min(d - b, n - col);
                    int src = row + b;
                    int dst = out + col;
                    for (int t = 0; t < len; t++) {
                        double v = x + ub[src + t];
                        h[dst + t] = v * v;
                    }
                    col += len;
                    a++;
                    b = 0;
                }
            }
            hp.position(0).put(h, 0, q * n);
            openblas_nolapack.cblas_dgemm(
                    openblas_nolapack.CblasRowMajor,
                    openblas_nolapack.CblasNoTrans,
                    openblas_nolapack.CblasNoTrans,
                    d,
                    n,
                    q,
                    1.0,
                    wp.position(0),
                    q,
                    hp,
                    n,
                    0.0,
                    op.position(0),
                    n);
            op.get(o, 0, d * n);
            return residuals(p0, n, squares);
        }

        /** As the reference: first argmax, then \(\|P_\perp(o - e_y)\|^2\) per column. */
        private int residuals(int p0, int n, double[] squares) {
            System.arraycopy(o, 0, best, 0, n);
            System.arraycopy(o, 0, mean, 0, n);
            Arrays.fill(arg, 0, n, 0);
            for (int c = 1; c < d; c++) {
                int row = c * n;
                for (int col = 0; col < n; col++) {
                    double v = o[row + col];
                    mean[col] += v;
                    if (v > best[col]) {
                        best[col] = v;
                        arg[col] = c;
                    }
                }
            }
            marginOf(p0, n);
            int right = 0;
            for (int col = 0; col < n; col++) {
                int p = p0 + col;
                int y = p / d + p % d;
                if (y >= d) {
                    y -= d;
                }
                if (arg[col] == y) {
                    right++;
                }

                o[y * n + col] -= 1.0;
                mean[col] = (mean[col] - 1.0) / d;
            }
            // squared norms accumulate per column over classes in increasing order, as the
            // reference does per pair; best is reused as the accumulator
            Arrays.fill(best, 0, n, 0.0);
            for (int c = 0; c < d; c++) {
                int row = c * n;
                for (int col = 0; col < n; col++) {
                    double r = o[row + col] - mean[col];
                    best[col] += r * r;
                }
            }
            System.arraycopy(best, 0, squares, p0, n);
            return right;
        }

        /** The block's margin, from the outputs before the target is subtracted. */
        private void marginOf(int p0, int n) {
            for (int col = 0; col < n; col++) {
                int p = p0 + col;
                int y = p / d + p % d;
                target[col] = y >= d ? y - d : y;
            }
            Arrays.fill(other, 0, n, Double.NEGATIVE_INFINITY);
            for (int c = 0; c < d; c++) {
                int row = c * n;
                for (int col = 0; col < n; col++) {
                    double v = o[row + col];
                    if (c != target[col] && v > other[col]) {
                        other[col] = v;
                    }
                }
            }
            double m = Double.POSITIVE_INFINITY;
            for (int col = 0; col < n; col++) {
                m = Math.min(m, o[target[col] * n + col] - other[col]);
            }
            margin = m;
        }

        @Override
        public void close() {
            hp.close();
            op.close();
        }
    }
}
