package dev.cogs.rgflow.ot;

import dev.cogs.rgflow.linalg.Vectors;

/**
 * The Sinkhorn iterations on primitive arrays. Mutable, single use, not thread-safe (the worker
 * pool only runs disjoint index ranges of one product at a time).
 */
final class SinkhornEngine {

    private final int n;
    private final int m;
    private final double[] a;
    private final double[] b;
    private final double[] logA;
    private final double[] logB;
    private final double[] c;
    private final SinkhornOptions opt;
    private final Workers workers;
    private final RowOps ops;

    // scaling / stabilised state (POT convention: P = diag(u) K diag(v), K = exp((α_i + β_j −
    // C_ij)/ε))
    private double[] kernel;
    private double[][] partials;
    private final double[] u;
    private final double[] v;
    private final double[] alpha;
    private final double[] beta;
    private final double[] ktu;
    private final double[] kv;
    // log-domain state (KL convention)
    private final double[] f;
    private final double[] g;

    private double eps;
    private long iterations;
    private double error = Double.POSITIVE_INFINITY;

    SinkhornEngine(
            double[] a, double[] b, double[] c, SinkhornOptions opt, Workers workers, RowOps ops) {
        this.ops = ops;
        this.n = a.length;
        this.m = b.length;
        this.a = a;
        this.b = b;
        this.c = c;
        this.opt = opt;
        this.workers = workers;
        logA = logs(a);
        logB = logs(b);
        u = new double[n];
        v = new double[m];
        alpha = new double[n];
        beta = new double[m];
        ktu = new double[m];
        kv = new double[n];
        f = new double[n];
        g = new double[m];
    }

    private static double[] logs(double[] w) {
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Math.log(w[i]);
        }
        return out;
    }

    SinkhornResult run(CostMatrix cost) {
        double[] schedule = schedule();
        SinkhornStatus status = SinkhornStatus.MAX_ITERATIONS;
        boolean log = opt.variant() == SinkhornVariant.LOG_DOMAIN;
        if (!log) {
            java.util.Arrays.fill(u, 1.0);
            java.util.Arrays.fill(v, 1.0);
        }
        for (int s = 0; s < schedule.length; s++) {
            boolean last = s == schedule.length - 1;
            int cap = last ? opt.maxIterations() : opt.epsilonScaling().stageIterations();
            if (log) {
                eps = schedule[s];
                status = runLog(cap);
            } else {
                if (s > 0) {
                    absorb();
                } else if (opt.variant() == SinkhornVariant.STABILIZED) {
                    cTransformStart();
                }
                eps = schedule[s];
                buildKernel();
                status = runScaling(cap);
            }
            if (status == SinkhornStatus.NUMERICAL_FAILURE) {
                break;
            }
        }
        if (!log) {
            potentialsFromScalings();
        }
        return assemble(cost, status);
    }

    private double[] schedule() {
        return opt.epsilonScaling().stages(opt.epsilon());
    }

    // ------------------------------------------------------------------ scaling / stabilised

    /**
     * Builds {@code K_ij = e^{(α_i + β_j − C_ij)/ε}} and, in the same pass (each row added while
     * still in cache), {@code Kᵀu} for the next column update, with the row blocks and partial sums
     * of {@link #fusedRowPass}.
     */
    private void buildKernel() {
        if (kernel == null) {
            kernel = new double[n * m];
        }
        final double inv = 1.0 / eps;
        int blocks = rowBlocks();
        if (partials == null) {
            partials = new double[blocks][m];
        }
        workers.forBlocks(
                blocks,
                blk -> {
                    double[] part = partials[blk];
                    java.util.Arrays.fill(part, 0.0);
                    for (int i = Workers.rangeStart(n, blocks, blk),
                                    hi = Workers.rangeStart(n, blocks, blk + 1);
                            i < hi;
                            i++) {
                        ops.expRow(alpha[i], beta, c, inv, kernel, i * m, m);
                        if (u[i] != 0.0) {
                            ops.axpy(u[i], kernel, i * m, part, 0, m);
                        }
                    }
                });
        reducePartials();
    }

    /** {@code ktu} = the partial sums of the row blocks, added in block order. */
    private void reducePartials() {
        System.arraycopy(partials[0], 0, ktu, 0, m);
        for (int t = 1; t < partials.length; t++) {
            double[] part = partials[t];
            for (int j = 0; j < m; j++) {
                ktu[j] += part[j];
            }
        }
    }

    /**
     * Starts the stabilised form from {@code α_i = min_j C_ij}, {@code β_j = min_i (C_ij − α_i)}:
     * every row and column of the first kernel then has an entry equal to 1, so it cannot underflow
     * entirely even for tiny {@code ε} (a zero start would give {@code e^{−C/ε} = 0} rows).
     */
    private void cTransformStart() {
        java.util.Arrays.fill(beta, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double mn = Double.POSITIVE_INFINITY;
            int o = i * m;
            for (int j = 0; j < m; j++) {
                mn = Math.min(mn, c[o + j]);
            }
            alpha[i] = mn;
            for (int j = 0; j < m; j++) {
                beta[j] = Math.min(beta[j], c[o + j] - mn);
            }
        }
    }

    /** Folds {@code ε log u}, {@code ε log v} into the potentials and resets the scalings to 1. */
    private void absorb() {
        for (int i = 0; i < n; i++) {
            if (a[i] > 0) {
                alpha[i] += eps * Math.log(u[i]);
                u[i] = 1.0;
            }
        }
        for (int j = 0; j < m; j++) {
            if (b[j] > 0) {
                beta[j] += eps * Math.log(v[j]);
                v[j] = 1.0;
            }
        }
    }

    /**
     * One pass over the kernel per iteration: row {@code i} gives {@code (Kv)_i}, hence {@code
     * u_i}, and is then added (while still in cache) into {@code Kᵀu} for the next column update.
     * The rows are cut into {@link #rowBlocks} fixed blocks, each with its own partial sum of
     * {@code Kᵀu}, claimed by whichever worker is free and reduced in block order: the result does
     * not depend on the number of threads or on which thread ran which block.
     */
    private void fusedRowPass() {
        int blocks = rowBlocks();
        if (partials == null) {
            partials = new double[blocks][m];
        }
        workers.forBlocks(
                blocks,
                blk -> {
                    double[] part = partials[blk];
                    java.util.Arrays.fill(part, 0.0);
                    int lo = Workers.rangeStart(n, blocks, blk);
                    int hi = Workers.rangeStart(n, blocks, blk + 1);
                    int i = lo;
                    // two rows at a time: one read-modify-write of the partial sums serves both
                    // rows
                    for (; i + 1 < hi; i += 2) {
                        int o = i * m;
                        int o2 = o + m;
                        double s = ops.dot(kernel, o, v, 0, m);
                        double s2 = ops.dot(kernel, o2, v, 0, m);
                        kv[i] = s;
                        kv[i + 1] = s2;
                        double ui = a[i] == 0 ? 0.0 : a[i] / s;
                        double ui2 = a[i + 1] == 0 ? 0.0 : a[i + 1] / s2;
                        u[i] = ui;
                        u[i + 1] = ui2;
                        ops.axpy2(ui, kernel, o, ui2, o2, part, 0, m);
                    }
                    for (; i < hi; i++) {
                        int o = i * m;
                        double s = ops.dot(kernel, o, v, 0, m);
                        kv[i] = s;
                        double ui = a[i] == 0 ? 0.0 : a[i] / s;
                        u[i] = ui;
                        if (ui != 0.0) {
                            ops.axpy(ui, kernel, o, part, 0, m);
                        }
                    }
                });
        reducePartials();
    }

    /**
     * Row blocks of the fused pass: about 64 rows each, at most {@value #MAX_ROW_BLOCKS} (the
     * reduction of the partial sums costs {@code blocks · m} additions against the pass's {@code n
     * · m} multiply–adds), and a function of {@code n} only, so that every thread count gives the
     * same bits.
     */
    private int rowBlocks() {
        return Math.max(1, Math.min(MAX_ROW_BLOCKS, n / 64));
    }

    private static final int MAX_ROW_BLOCKS = 16;

    private SinkhornStatus runScaling(int cap) {
        boolean stabilized = opt.variant() == SinkhornVariant.STABILIZED;
        double tau = opt.absorptionThreshold();
        double[] savedU = u.clone();
        double[] savedV = v.clone();
        double[] savedAlpha = alpha.clone();
        double[] savedBeta = beta.clone();
        // ktu = Kᵀu comes with the kernel (buildKernel)
        for (int it = 0; it < cap; it++) {
            for (int j = 0; j < m; j++) {
                v[j] = b[j] == 0 ? 0.0 : b[j] / ktu[j];
            }
            fusedRowPass();
            iterations++;
            boolean ok = validScaling(u, a) && validScaling(v, b);
            if (stabilized && ok && (Vectors.maxAbs(u) > tau || Vectors.maxAbs(v) > tau)) {
                // P = diag(u) K diag(v) is unchanged by the absorption, so the error below is too
                absorb();
                buildKernel();
            }
            boolean check = it % opt.checkEvery() == 0 || it == cap - 1;
            if (!check) {
                continue;
            }
            if (!ok) {
                System.arraycopy(savedU, 0, u, 0, n);
                System.arraycopy(savedV, 0, v, 0, m);
                boolean moved =
                        !java.util.Arrays.equals(savedAlpha, alpha)
                                || !java.util.Arrays.equals(savedBeta, beta);
                System.arraycopy(savedAlpha, 0, alpha, 0, n);
                System.arraycopy(savedBeta, 0, beta, 0, m);
                if (moved) {
                    buildKernel();
                }
                return SinkhornStatus.NUMERICAL_FAILURE;
            }
            error = scalingError();
            System.arraycopy(u, 0, savedU, 0, n);
            System.arraycopy(v, 0, savedV, 0, m);
            System.arraycopy(alpha, 0, savedAlpha, 0, n);
            System.arraycopy(beta, 0, savedBeta, 0, m);
            if (error < opt.tolerance()) {
                return SinkhornStatus.CONVERGED;
            }
        }
        return SinkhornStatus.MAX_ITERATIONS;
    }

    /**
     * Marginal error with {@code ktu = Kᵀu} and {@code kv = Kv} (from the previous column scaling).
     */
    private double scalingError() {
        double colL2 = 0;
        double colL1 = 0;
        for (int j = 0; j < m; j++) {
            double d = v[j] * ktu[j] - b[j];
            colL2 += d * d;
            colL1 += Math.abs(d);
        }
        if (opt.stoppingNorm() == StoppingNorm.COLUMN_L2) {
            return Math.sqrt(colL2);
        }
        double rowL1 = 0;
        for (int i = 0; i < n; i++) {
            rowL1 += Math.abs(u[i] * kv[i] - a[i]);
        }
        return colL1 + rowL1;
    }

    /**
     * Whether a scaling vector is finite everywhere and {@code > 0} where the weight is positive.
     */
    static boolean validScaling(double[] x, double[] w) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || (w[i] > 0 && !(x[i] > 0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * KL-convention potentials from the scalings, {@code f_i = α_i + ε log(u_i/a_i)}, {@code g_j =
     * β_j + ε log(v_j/b_j)}; zero-weight points get their c-transforms.
     */
    private void potentialsFromScalings() {
        boolean zeroA = false;
        boolean zeroB = false;
        for (int i = 0; i < n; i++) {
            f[i] = a[i] > 0 ? alpha[i] + eps * (Math.log(u[i]) - logA[i]) : 0.0;
            zeroA |= a[i] == 0;
        }
        for (int j = 0; j < m; j++) {
            g[j] = b[j] > 0 ? beta[j] + eps * (Math.log(v[j]) - logB[j]) : 0.0;
            zeroB |= b[j] == 0;
        }
        if (zeroA) {
            double[] keep = f.clone();
            updateF();
            for (int i = 0; i < n; i++) {
                if (a[i] > 0) {
                    f[i] = keep[i];
                }
            }
        }
        if (zeroB) {
            double[] keep = g.clone();
            updateG();
            for (int j = 0; j < m; j++) {
                if (b[j] > 0) {
                    g[j] = keep[j];
                }
            }
        }
    }

    // ------------------------------------------------------------------ log domain

    /** {@code f_i ← −ε LSE_j(log b_j + (g_j − C_ij)/ε)}, rows in parallel. */
    private void updateF() {
        final double inv = 1.0 / eps;
        final double e = eps;
        workers.forRange(
                n,
                (lo, hi) -> {
                    for (int i = lo; i < hi; i++) {
                        int o = i * m;
                        double mx = Double.NEGATIVE_INFINITY;
                        for (int j = 0; j < m; j++) {
                            double x = logB[j] + (g[j] - c[o + j]) * inv;
                            if (x > mx) {
                                mx = x;
                            }
                        }
                        double s = 0;
                        for (int j = 0; j < m; j++) {
                            s += Math.exp(logB[j] + (g[j] - c[o + j]) * inv - mx);
                        }
                        f[i] = -e * (mx + Math.log(s));
                    }
                });
    }

    /**
     * {@code g_j ← −ε LSE_i(log a_i + (f_i − C_ij)/ε)}, column blocks in parallel, rows read
     * contiguously.
     */
    private void updateG() {
        final double inv = 1.0 / eps;
        final double e = eps;
        workers.forRange(
                m,
                (lo, hi) -> {
                    double[] mx = new double[hi - lo];
                    double[] s = new double[hi - lo];
                    java.util.Arrays.fill(mx, Double.NEGATIVE_INFINITY);
                    for (int i = 0; i < n; i++) {
                        if (a[i] == 0) {
                            continue;
                        }
                        int o = i * m;
                        double base = logA[i] + f[i] * inv;
                        for (int j = lo; j < hi; j++) {
                            double x = base - c[o + j] * inv;
                            if (x > mx[j - lo]) {
                                mx[j - lo] = x;
                            }
                        }
                    }
                    for (int i = 0; i < n; i++) {
                        if (a[i] == 0) {
                            continue;
                        }
                        int o = i * m;
                        double base = logA[i] + f[i] * inv;
                        for (int j = lo; j < hi; j++) {
                            s[j - lo] += Math.exp(base - c[o + j] * inv - mx[j - lo]);
                        }
                    }
                    for (int j = lo; j < hi; j++) {
                        g[j] = -e * (mx[j - lo] + Math.log(s[j - lo]));
                    }
                });
    }

    private SinkhornStatus runLog(int cap) {
        double[] savedF = f.clone();
        double[] savedG = g.clone();
        for (int it = 0; it < cap; it++) {
            updateG();
            updateF();
            iterations++;
            boolean check = it % opt.checkEvery() == 0 || it == cap - 1;
            if (!check) {
                continue;
            }
            if (!Vectors.allFinite(f) || !Vectors.allFinite(g)) {
                System.arraycopy(savedF, 0, f, 0, n);
                System.arraycopy(savedG, 0, g, 0, m);
                return SinkhornStatus.NUMERICAL_FAILURE;
            }
            error = logError();
            System.arraycopy(f, 0, savedF, 0, n);
            System.arraycopy(g, 0, savedG, 0, m);
            if (error < opt.tolerance()) {
                return SinkhornStatus.CONVERGED;
            }
        }
        return SinkhornStatus.MAX_ITERATIONS;
    }

    private double logError() {
        double[] rows = new double[n];
        double[] cols = new double[m];
        double inv = 1.0 / eps;
        for (int i = 0; i < n; i++) {
            if (a[i] == 0) {
                continue;
            }
            int o = i * m;
            double base = logA[i] + f[i] * inv;
            double rs = 0;
            for (int j = 0; j < m; j++) {
                if (b[j] == 0) {
                    continue;
                }
                double p = Math.exp(base + logB[j] + (g[j] - c[o + j]) * inv);
                rs += p;
                cols[j] += p;
            }
            rows[i] = rs;
        }
        double l2 = 0;
        double l1 = 0;
        for (int j = 0; j < m; j++) {
            double d = cols[j] - b[j];
            l2 += d * d;
            l1 += Math.abs(d);
        }
        if (opt.stoppingNorm() == StoppingNorm.COLUMN_L2) {
            return Math.sqrt(l2);
        }
        for (int i = 0; i < n; i++) {
            l1 += Math.abs(rows[i] - a[i]);
        }
        return l1;
    }

    // ------------------------------------------------------------------ result

    /**
     * One parallel pass over the rows builds the plan, {@code ⟨P,C⟩}, the entropic term and the
     * mass, and checks every entry (finite, {@code >= 0}). The scaling forms write the plan over
     * the kernel, which is not needed afterwards (no second {@code n·m} array).
     */
    private SinkhornResult assemble(CostMatrix cost, SinkhornStatus status) {
        boolean log = opt.variant() == SinkhornVariant.LOG_DOMAIN;
        double[] plan = log || kernel == null ? new double[n * m] : kernel;
        kernel = null;
        double inv = 1.0 / eps;
        double[] lin = new double[n];
        double[] ent = new double[n];
        double[] rowMass = new double[n];
        boolean[] bad = new boolean[n];
        workers.forRange(
                n,
                (lo, hi) -> {
                    double[] sums = new double[3];
                    for (int i = lo; i < hi; i++) {
                        int o = i * m;
                        if (a[i] == 0) {
                            java.util.Arrays.fill(plan, o, o + m, 0.0);
                            continue;
                        }
                        if (!log) {
                            // P_ij = u_i K_ij v_j (v_j = 0 where b_j = 0); Σ_j P_ij (f_i + g_j −
                            // C_ij)/ε from the row sums
                            ops.scaleRowInPlace(u[i], plan, o, v, c, g, m, sums);
                            rowMass[i] = sums[0];
                            lin[i] = sums[1];
                            ent[i] = (f[i] * sums[0] + sums[2] - sums[1]) * inv;
                            bad[i] = !Double.isFinite(sums[0]);
                            continue;
                        }
                        double sl = 0;
                        double se = 0;
                        double sm = 0;
                        boolean ok = true;
                        double fi = f[i];
                        for (int j = 0; j < m; j++) {
                            if (b[j] == 0) {
                                plan[o + j] = 0.0;
                                continue;
                            }
                            double cij = c[o + j];
                            double p = Math.exp(logA[i] + logB[j] + (fi + g[j] - cij) * inv);
                            plan[o + j] = p;
                            ok &= p >= 0 && p != Double.POSITIVE_INFINITY;
                            sm += p;
                            if (p > 0) {
                                sl += p * cij;
                                se += p * ((fi + g[j] - cij) * inv);
                            }
                        }
                        lin[i] = sl;
                        ent[i] = se;
                        rowMass[i] = sm;
                        bad[i] = !ok;
                    }
                });
        double linear = 0;
        double klTerm = 0;
        double mass = 0;
        boolean anyBad = false;
        for (int i = 0; i < n; i++) {
            linear += lin[i];
            klTerm += ent[i];
            mass += rowMass[i];
            anyBad |= bad[i];
        }
        // DensePlan.of reports the offending entry
        TransportPlan densePlan =
                anyBad ? DensePlan.of(n, m, plan) : DensePlan.ofChecked(n, m, plan);
        double kl = klTerm - mass + Marginals.sum(a) * Marginals.sum(b);
        if (log && status != SinkhornStatus.NUMERICAL_FAILURE) {
            error = logError();
        }
        return new SinkhornResult(
                densePlan, linear, linear + eps * kl, f, g, eps, iterations, error, status);
    }
}
