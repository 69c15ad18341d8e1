package dev.cogs.rgflow.ot;

import dev.cogs.rgflow.linalg.Vectors;

/**
 * The iterations of {@link OnlineSinkhorn} on primitive arrays: log-domain half-iterations whose
 * cost entries {@code ‖x_i − y_j‖²} are recomputed inside the log-sum-exp rows ({@link
 * RowOps#logSumExpRow}), so memory is {@code O((n + m)·d)}. Mutable, single use, not thread-safe
 * (the workers only run disjoint rows of one half-iteration at a time).
 *
 * <p>Layout: every point once point-major (the row point of a log-sum-exp) and the points of
 * positive weight once by coordinate (the summed side, read with unit stride by the SIMD loop).
 * Zero-weight points are rows only: they do not enter any sum and get the c-transform of the other
 * side's potential.
 */
final class OnlineSinkhornEngine {

    private final int n;
    private final int m;
    private final int d;
    private final double[] a;
    private final double[] b;
    private final double[] xRows;
    private final double[] yRows;
    private final int[] xPos;
    private final int[] yPos;
    private final double[] xCols;
    private final double[] yCols;
    private final double[] logA;
    private final double[] logB;
    private final OnlineSinkhornOptions opt;
    private final Workers workers;
    private final RowOps ops;

    private final double[] f;
    private final double[] g;
    private final double[] gNext;
    private final double[] hX;
    private final double[] hY;
    private boolean fWarm;
    private boolean gWarm;
    private double eps;
    private long iterations;
    private double error = Double.POSITIVE_INFINITY;

    OnlineSinkhornEngine(
            EmpiricalMeasure x,
            EmpiricalMeasure y,
            double[] a,
            double[] b,
            OnlineSinkhornOptions opt,
            Workers workers,
            RowOps ops) {
        this.n = x.size();
        this.m = y.size();
        this.d = x.dimension();
        this.a = a;
        this.b = b;
        this.opt = opt;
        this.workers = workers;
        this.ops = ops;
        xRows = x.pointsRowMajor();
        yRows = y.pointsRowMajor();
        xPos = support(a);
        yPos = support(b);
        xCols = byCoordinate(xRows, d, xPos);
        yCols = byCoordinate(yRows, d, yPos);
        logA = logsAt(a, xPos);
        logB = logsAt(b, yPos);
        f = new double[n];
        g = new double[m];
        gNext = new double[m];
        hX = new double[xPos.length];
        hY = new double[yPos.length];
    }

    private static int[] support(double[] w) {
        int c = 0;
        for (double v : w) {
            if (v > 0) {
                c++;
            }
        }
        int[] out = new int[c];
        c = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                out[c++] = i;
            }
        }
        return out;
    }

    /**
     * Coordinates of the points {@code pos} by coordinate: {@code out[k·|pos| + t] = rows[pos[t]·d
     * + k]}.
     */
    private static double[] byCoordinate(double[] rows, int d, int[] pos) {
        int len = pos.length;
        double[] out = new double[d * len];
        for (int t = 0; t < len; t++) {
            for (int k = 0; k < d; k++) {
                out[k * len + t] = rows[pos[t] * d + k];
            }
        }
        return out;
    }

    private static double[] logsAt(double[] w, int[] pos) {
        double[] out = new double[pos.length];
        for (int t = 0; t < pos.length; t++) {
            out[t] = Math.log(w[pos[t]]);
        }
        return out;
    }

    OnlineSinkhornResult run() {
        double[] schedule = opt.epsilonScaling().stages(opt.epsilon());
        SinkhornStatus status = SinkhornStatus.MAX_ITERATIONS;
        for (int s = 0; s < schedule.length; s++) {
            boolean last = s == schedule.length - 1;
            eps = schedule[s];
            status = runStage(last ? opt.maxIterations() : opt.epsilonScaling().stageIterations());
            if (status == SinkhornStatus.NUMERICAL_FAILURE) {
                break;
            }
        }
        return assemble(status);
    }

    /**
     * One ε-stage: iterations {@code g ← ĝ(f)}, {@code f ← f̂(g)} as in {@link SinkhornEngine}'s
     * log-domain form. Rows are exact after the {@code f} update, and the column sums are {@code
     * b_j e^{(g_j − ĝ_j)/ε}} with {@code ĝ} the next {@code g} update: so a check computes that
     * update once, measures the error with it, and the next iteration reuses it instead of
     * recomputing.
     */
    private SinkhornStatus runStage(int cap) {
        double[] savedF = f.clone();
        double[] savedG = g.clone();
        boolean haveNext = false;
        for (int it = 0; it < cap; it++) {
            if (haveNext) {
                System.arraycopy(gNext, 0, g, 0, m);
            } else {
                updateG(g);
            }
            gWarm = true;
            updateF();
            fWarm = true;
            iterations++;
            haveNext = false;
            boolean check = it % opt.checkEvery() == 0 || it == cap - 1;
            if (!check) {
                continue;
            }
            updateG(gNext);
            haveNext = true;
            if (!Vectors.allFinite(f) || !Vectors.allFinite(g) || !Vectors.allFinite(gNext)) {
                System.arraycopy(savedF, 0, f, 0, n);
                System.arraycopy(savedG, 0, g, 0, m);
                return SinkhornStatus.NUMERICAL_FAILURE;
            }
            error = columnError();
            System.arraycopy(f, 0, savedF, 0, n);
            System.arraycopy(g, 0, savedG, 0, m);
            if (error < opt.tolerance()) {
                return SinkhornStatus.CONVERGED;
            }
        }
        return SinkhornStatus.MAX_ITERATIONS;
    }

    /** {@code out_j = −ε LSE_i(log a_i + (f_i − C_ij)/ε)} for every target point {@code j}. */
    private void updateG(double[] out) {
        final double inv = 1.0 / eps;
        final double e = eps;
        final int len = xPos.length;
        for (int t = 0; t < len; t++) {
            hX[t] = logA[t] + f[xPos[t]] * inv;
        }
        final boolean warm = gWarm;
        workers.forRange(
                m,
                (lo, hi) -> {
                    for (int j = lo; j < hi; j++) {
                        // the previous value of this row's log-sum-exp seeds the running maxima
                        double guess = warm ? -g[j] * inv : Double.NaN;
                        out[j] =
                                -e
                                        * ops.logSumExpRow(
                                                yRows, j * d, d, xCols, len, hX, inv, len, guess);
                    }
                });
    }

    /** {@code f_i = −ε LSE_j(log b_j + (g_j − C_ij)/ε)} for every source point {@code i}. */
    private void updateF() {
        final double inv = 1.0 / eps;
        final double e = eps;
        final int len = yPos.length;
        for (int t = 0; t < len; t++) {
            hY[t] = logB[t] + g[yPos[t]] * inv;
        }
        final boolean warm = fWarm;
        workers.forRange(
                n,
                (lo, hi) -> {
                    for (int i = lo; i < hi; i++) {
                        double guess = warm ? -f[i] * inv : Double.NaN;
                        f[i] =
                                -e
                                        * ops.logSumExpRow(
                                                xRows, i * d, d, yCols, len, hY, inv, len, guess);
                    }
                });
    }

    /**
     * The marginal error of the current {@code (f, g)} from the column sums {@code b_j e^{(g_j −
     * ĝ_j)/ε}}.
     */
    private double columnError() {
        double inv = 1.0 / eps;
        double l2 = 0;
        double l1 = 0;
        for (int j : yPos) {
            double dj = b[j] * Math.expm1((g[j] - gNext[j]) * inv);
            l2 += dj * dj;
            l1 += Math.abs(dj);
        }
        // rows are exact after the f update: the row part of BOTH_L1 is 0
        return opt.stoppingNorm() == StoppingNorm.COLUMN_L2 ? Math.sqrt(l2) : l1;
    }

    /**
     * One more pass over all pairs for {@code ⟨P,C⟩}, the KL term and the mass: row {@code i} of
     * the plan is {@code a_i e^{z_j + f_i/ε}} with {@code z_j = log b_j + (g_j − C_ij)/ε}, summed
     * against {@code −f_i/ε} (the row's log-sum-exp) so that its terms are at most about 1.
     */
    private OnlineSinkhornResult assemble(SinkhornStatus status) {
        final double inv = 1.0 / eps;
        final int len = yPos.length;
        final double[] u = new double[len];
        for (int t = 0; t < len; t++) {
            hY[t] = logB[t] + g[yPos[t]] * inv;
            u[t] = g[yPos[t]] * inv;
        }
        final double[] lin = new double[n];
        final double[] kl = new double[n];
        final double[] mass = new double[n];
        workers.forRange(
                n,
                (lo, hi) -> {
                    double[] sums = new double[3];
                    for (int i = lo; i < hi; i++) {
                        if (a[i] == 0) {
                            continue;
                        }
                        double fi = f[i] * inv;
                        ops.planRowSums(xRows, i * d, d, yCols, len, hY, inv, len, -fi, u, sums);
                        mass[i] = a[i] * sums[0];
                        lin[i] = a[i] * sums[1];
                        // Σ_j P_ij (f_i + g_j − C_ij)/ε = a_i (Σ e·g/ε − Σ e·C/ε) + (f_i/ε) ·
                        // mass_i
                        kl[i] = a[i] * (sums[2] - sums[1] * inv) + fi * mass[i];
                    }
                });
        double linear = 0;
        double klTerm = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            linear += lin[i];
            klTerm += kl[i];
            total += mass[i];
        }
        double klDivergence = klTerm - total + Marginals.sum(a) * Marginals.sum(b);
        // zero-weight points: the c-transforms (updateF and updateG cover every row)
        return new OnlineSinkhornResult(
                linear, linear + eps * klDivergence, f, g, eps, iterations, error, status);
    }
}
