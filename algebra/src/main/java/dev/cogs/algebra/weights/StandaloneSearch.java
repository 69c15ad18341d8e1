package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.util.Pair;

/**
 * Numerical search for a standalone per-frequency block of a given order (docs/cogs-math.md §6.6,
 * check docs/cogs-math.md §11.A.10).
 *
 * <p>Over one frequency group of q complex columns \((a_j, b_j, c_j)\) it minimises the residual \[
 * \rho = \Big(|\textstyle\sum_j a_jb_jc_j - 1|^2 + \sum_{s}|s|^2 + |\sum_j (|a_j|^2 +
 * |b_j|^2)\,c_j|^2\Big)^{1/2}, \] s ranging over the seven other per-frequency potentials that must
 * vanish (docs/cogs-math.md §3.5): ^abc, a^bc, ab^c, aac, bbc, ^a^ac, ^b^bc; the bias constraint
 * R_n enters as the sum a^ac + b^bc; all terms have unit weight and the target is abc = 1 (paper
 * units up to the block scale). the documented minima are √3/2 = 0.8660 (q = 2), 1/√2 = 0.7071 (q =
 * 3), 0.5 (q = 4) and 0 (q = 6, z_ν * z_syn): no order-≤4 block is a solution on its own, so
 * order-4 groups need a bias source elsewhere.
 *
 * <p>The search is Levenberg–Marquardt (commons-math3) with an analytic Jacobian from Gaussian
 * random starts drawn from the given generator; the result is deterministic for a seeded generator.
 * It is an optimiser, so its minimum is an upper bound on the true minimum, accurate to the
 * optimiser tolerance.
 */
public final class StandaloneSearch {

    /**
     * The best block found.
     *
     * @param order the number of columns q
     * @param residual the smallest residual \(\rho\) found
     * @param a the a-column values of the best block
     * @param b the b-column values
     * @param c the c-column values
     * @param converged whether the optimiser converged from the best start
     * @param starts the number of random starts
     */
    public record Result(
            int order,
            double residual,
            List<Complex> a,
            List<Complex> b,
            List<Complex> c,
            boolean converged,
            int starts) {

        /**
         * Copies the lists.
         *
         * @param order see the record description
         * @param residual see the record description
         * @param a see the record description
         * @param b see the record description
         * @param c see the record description
         * @param converged see the record description
         * @param starts see the record description
         * @throws IllegalArgumentException if the residual is negative or NaN
         */
        public Result {
            a = List.copyOf(a);
            b = List.copyOf(b);
            c = List.copyOf(c);
            if (!(residual >= 0)) {
                throw new IllegalArgumentException("residual (" + residual + ") must be >= 0");
            }
        }
    }

    /** Monomials of the residual terms: factors (variable 0 = a, 1 = b, 2 = c; conjugated?). */
    private static final int[][][] TERMS = {
        {{0, 0, 1, 0, 2, 0}}, // abc (minus 1)
        {{0, 1, 1, 0, 2, 0}}, // ^abc
        {{0, 0, 1, 1, 2, 0}}, // a^bc
        {{0, 0, 1, 0, 2, 1}}, // ab^c
        {{0, 0, 0, 0, 2, 0}}, // aac
        {{1, 0, 1, 0, 2, 0}}, // bbc
        {{0, 1, 0, 1, 2, 0}}, // ^a^ac
        {{1, 1, 1, 1, 2, 0}}, // ^b^bc
        {{0, 0, 0, 1, 2, 0}, {1, 0, 1, 1, 2, 0}}, // a^ac + b^bc (R_n)
    };

    /**
     * Iterations per start; a start that needs more (slow valley) keeps its last point,
     * unconverged.
     */
    private static final int MAX_ITERATIONS = 300;

    /** Relative change of the cost between iterations below which a start has converged. */
    private static final double COST_TOLERANCE = 1e-12;

    private StandaloneSearch() {}

    /**
     * The residual \(\rho\) of given columns.
     *
     * @param a a-values, one per column
     * @param b b-values
     * @param c c-values
     * @return \(\rho \ge 0\)
     * @throws IllegalArgumentException if the lengths differ or a value is not finite
     */
    public static double residual(List<Complex> a, List<Complex> b, List<Complex> c) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(c, "c");
        int q = a.size();
        if (b.size() != q || c.size() != q) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "columns have lengths a=%d, b=%d, c=%d; they must be equal",
                            q,
                            b.size(),
                            c.size()));
        }
        double[] x = new double[6 * q];
        List<List<Complex>> parts = List.of(a, b, c);
        for (int j = 0; j < q; j++) {
            for (int p = 0; p < 3; p++) {
                Complex v = parts.get(p).get(j);
                if (!Double.isFinite(v.re()) || !Double.isFinite(v.im())) {
                    throw new IllegalArgumentException("column value " + v + " must be finite");
                }
                x[6 * j + 2 * p] = v.re();
                x[6 * j + 2 * p + 1] = v.im();
            }
        }
        double[] r = evaluate(x, q, null);
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    /**
     * Minimises \(\rho\) over q columns from random starts.
     *
     * @param q the order, at least 1
     * @param starts the number of random starts, at least 1
     * @param rng the generator of the starts
     * @return the best block found
     * @throws IllegalArgumentException if q or starts is below 1
     */
    public static Result minimise(int q, int starts, RandomGenerator rng) {
        if (q < 1) {
            throw new IllegalArgumentException("order q (" + q + ") must be >= 1");
        }
        if (starts < 1) {
            throw new IllegalArgumentException("starts (" + starts + ") must be >= 1");
        }
        Objects.requireNonNull(rng, "rng");
        int n = 6 * q;
        int m = 2 * TERMS.length;
        MultivariateJacobianFunction model =
                point -> {
                    double[] x = point.toArray();
                    double[][] jac = new double[m][n];
                    double[] r = evaluate(x, q, jac);
                    return new Pair<RealVector, org.apache.commons.math3.linear.RealMatrix>(
                            new ArrayRealVector(r, false), new Array2DRowRealMatrix(jac, false));
                };
        double best = Double.POSITIVE_INFINITY;
        double[] bestX = null;
        boolean bestConverged = false;
        for (int s = 0; s < starts; s++) {
            double[] x0 = new double[n];
            for (int i = 0; i < n; i++) {
                x0[i] = rng.nextGaussian();
            }
            boolean[] stopped = new boolean[1];
            ConvergenceChecker<LeastSquaresProblem.Evaluation> checker =
                    (iteration, previous, current) -> {
                        double before = previous.getCost();
                        double after = current.getCost();
                        if (Math.abs(before - after)
                                        <= COST_TOLERANCE * Math.max(after, Double.MIN_NORMAL)
                                || after < 1e-15) {
                            return true;
                        }
                        if (iteration >= MAX_ITERATIONS) {
                            stopped[0] = true;
                            return true;
                        }
                        return false;
                    };
            LeastSquaresProblem problem =
                    new LeastSquaresBuilder()
                            .start(x0)
                            .model(model)
                            .target(new double[m])
                            .checker(checker)
                            .maxEvaluations(Integer.MAX_VALUE)
                            .maxIterations(Integer.MAX_VALUE)
                            .build();
            double[] x;
            boolean converged;
            try {
                LeastSquaresOptimizer.Optimum o =
                        new LevenbergMarquardtOptimizer().optimize(problem);
                x = o.getPoint().toArray();
                converged = !stopped[0];
            } catch (MathIllegalStateException e) {
                continue;
            }
            double[] r = evaluate(x, q, null);
            double v = 0;
            for (double t : r) {
                v += t * t;
            }
            v = Math.sqrt(v);
            if (Double.isFinite(v) && v < best) {
                best = v;
                bestX = x;
                bestConverged = converged;
            }
        }
        List<Complex> a = new ArrayList<>();
        List<Complex> b = new ArrayList<>();
        List<Complex> c = new ArrayList<>();
        if (bestX == null) {
            return new Result(q, Double.MAX_VALUE, a, b, c, false, starts);
        }
        for (int j = 0; j < q; j++) {
            a.add(Complex.of(bestX[6 * j], bestX[6 * j + 1]));
            b.add(Complex.of(bestX[6 * j + 2], bestX[6 * j + 3]));
            c.add(Complex.of(bestX[6 * j + 4], bestX[6 * j + 5]));
        }
        return new Result(q, best, a, b, c, bestConverged, starts);
    }

    /** Residual vector (re/im interleaved per term) and, if jac != null, its Jacobian. */
    private static double[] evaluate(double[] x, int q, double[][] jac) {
        int m = TERMS.length;
        double[] r = new double[2 * m];
        double[] fr = new double[3];
        double[] fi = new double[3];
        for (int t = 0; t < m; t++) {
            for (int[] mono : TERMS[t]) {
                for (int j = 0; j < q; j++) {
                    for (int f = 0; f < 3; f++) {
                        int v = mono[2 * f];
                        fr[f] = x[6 * j + 2 * v];
                        fi[f] = mono[2 * f + 1] == 1 ? -x[6 * j + 2 * v + 1] : x[6 * j + 2 * v + 1];
                    }
                    double pr = fr[0] * fr[1] - fi[0] * fi[1];
                    double pi = fr[0] * fi[1] + fi[0] * fr[1];
                    r[2 * t] += pr * fr[2] - pi * fi[2];
                    r[2 * t + 1] += pr * fi[2] + pi * fr[2];
                    if (jac != null) {
                        for (int f = 0; f < 3; f++) {
                            // Product of the other two factors.
                            int g = (f + 1) % 3;
                            int h = (f + 2) % 3;
                            double or = fr[g] * fr[h] - fi[g] * fi[h];
                            double oi = fr[g] * fi[h] + fi[g] * fr[h];
                            int v = mono[2 * f];
                            double sign = mono[2 * f + 1] == 1 ? -1 : 1;
                            // d/d(Re z) of z or conj(z) is 1; d/d(Im z) is i or -i.
                            jac[2 * t][6 * j + 2 * v] += or;
                            jac[2 * t + 1][6 * j + 2 * v] += oi;
                            jac[2 * t][6 * j + 2 * v + 1] += -sign * oi;
                            jac[2 * t + 1][6 * j + 2 * v + 1] += sign * or;
                        }
                    }
                }
            }
        }
        r[0] -= 1.0;
        return r;
    }
}
