package dev.cogs.rgflow.flow;

import dev.cogs.rgflow.linalg.Vectors;

/**
 * Limited-memory BFGS with Armijo backtracking (Nocedal–Wright, Alg. 7.4/7.5). Objective values of
 * {@code +∞} (outside the domain, e.g. det A ≤ 0) and NaN are treated as infeasible and
 * backtracked. Not thread-safe; one instance per minimisation.
 */
final class Lbfgs {

    /** Objective: returns f(x) and writes ∇f(x) into g. */
    interface Objective {
        double evaluate(double[] x, double[] g);
    }

    record Result(
            double[] x, double value, double gradientNorm, int iterations, boolean converged) {}

    private static final int MEMORY = 10;

    private Lbfgs() {}

    static Result minimise(Objective f, double[] x0, int maxIterations, double tolerance) {
        int n = x0.length;
        double[] x = x0.clone();
        double[] g = new double[n];
        double fx = f.evaluate(x, g);
        if (!Double.isFinite(fx) || !Vectors.allFinite(g)) {
            return new Result(x, fx, Double.NaN, 0, false);
        }
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        int head = 0;
        double[] gNew = new double[n];
        for (int it = 0; it < maxIterations; it++) {
            double gnorm = Vectors.maxAbs(g);
            if (gnorm < tolerance) {
                return new Result(x, fx, gnorm, it, true);
            }
            // two-loop recursion: d = −H g
            double[] q = g.clone();
            double[] alpha = new double[MEMORY];
            for (int j = 0; j < stored; j++) {
                int idx = Math.floorMod(head - 1 - j, MEMORY);
                alpha[idx] = rho[idx] * dot(s[idx], q);
                axpy(-alpha[idx], y[idx], q);
            }
            double gamma;
            if (stored > 0) {
                int last = Math.floorMod(head - 1, MEMORY);
                gamma = dot(s[last], y[last]) / dot(y[last], y[last]);
            } else {
                gamma = 1.0 / Math.max(1.0, Math.sqrt(dot(g, g)));
            }
            for (int k = 0; k < n; k++) {
                q[k] *= gamma;
            }
            for (int j = stored - 1; j >= 0; j--) {
                int idx = Math.floorMod(head - 1 - j, MEMORY);
                double beta = rho[idx] * dot(y[idx], q);
                axpy(alpha[idx] - beta, s[idx], q);
            }
            double[] d = q;
            for (int k = 0; k < n; k++) {
                d[k] = -d[k];
            }
            double slope = dot(g, d);
            if (!(slope < 0)) {
                // not a descent direction: restart with steepest descent
                stored = 0;
                for (int k = 0; k < n; k++) {
                    d[k] = -g[k] * gamma;
                }
                slope = dot(g, d);
            }
            double step = 1.0;
            double[] xNew = new double[n];
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int ls = 0; ls < 60; ls++) {
                for (int k = 0; k < n; k++) {
                    xNew[k] = x[k] + step * d[k];
                }
                fNew = f.evaluate(xNew, gNew);
                if (Double.isFinite(fNew) && Vectors.allFinite(gNew)) {
                    boolean armijo = fNew <= fx + 1e-4 * step * slope;
                    // near the optimum f cannot resolve the decrease (g²/H is below the rounding of
                    // a Monte-Carlo
                    // sum, ~1e-12 relative): accept a step that keeps f within rounding and halves
                    // the gradient
                    boolean roundoff =
                            fNew <= fx + 1e-12 * (1 + Math.abs(fx))
                                    && Vectors.maxAbs(gNew) < 0.5 * gnorm;
                    if (armijo || roundoff) {
                        accepted = true;
                        break;
                    }
                }
                step *= 0.5;
            }
            if (!accepted) {
                return new Result(x, fx, gnorm, it, false);
            }
            double[] sk = new double[n];
            double[] yk = new double[n];
            for (int k = 0; k < n; k++) {
                sk[k] = xNew[k] - x[k];
                yk[k] = gNew[k] - g[k];
            }
            double sy = dot(sk, yk);
            if (sy > 1e-300) {
                s[head] = sk;
                y[head] = yk;
                rho[head] = 1.0 / sy;
                head = (head + 1) % MEMORY;
                stored = Math.min(stored + 1, MEMORY);
            }
            x = xNew;
            fx = fNew;
            System.arraycopy(gNew, 0, g, 0, n);
        }
        double gnorm = Vectors.maxAbs(g);
        return new Result(x, fx, gnorm, maxIterations, gnorm < tolerance);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
