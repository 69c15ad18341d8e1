package dev.cogs.testkit.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.rgflow.ot.CostMatrix;
import dev.cogs.rgflow.ot.EmpiricalMeasure;
import dev.cogs.rgflow.ot.StoppingNorm;
import dev.cogs.rgflow.ot.TransportPlan;
import dev.cogs.rgflow.ot.TransportResult;
import dev.cogs.rgflow.ot.TransportSolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TransportSolver}, run against one solver per concrete subclass: on a fixed
 * set of seeded problems (degenerate shapes, random costs, squared distances on a line with zero
 * weights, constant costs),
 *
 * <ul>
 *   <li>the solver is deterministic: the same input gives the same plan, cost and diagnostics, bit
 *       for bit, also from a second instance and through the {@link EmpiricalMeasure} overload;
 *   <li>it leaves its arguments untouched;
 *   <li>the plan has the problem's shape and finite entries {@code ≥ 0};
 *   <li>for balanced solvers, the marginal error recomputed here in the solver's stated norm
 *       ({@link #marginalNorm()}) matches the reported {@link TransportResult#marginalError()} and,
 *       for a converged result, is within {@link #marginalTolerance()};
 *   <li>the reported cost is {@code ⟨P, C⟩}, recomputed here from the dense plan, within {@link
 *       #costTolerance()};
 *   <li>invalid weights and mismatched shapes are rejected with {@link IllegalArgumentException}
 *       (and unequal masses, for balanced solvers).
 * </ul>
 *
 * <p>Subclasses state their tolerances: {@link #marginalTolerance()} and {@link #costTolerance()}
 * throw unless overridden. Only the public API of {@code dev.cogs.rgflow.ot} is used, so the
 * contract runs against any solver, in this library or outside it. Extend it in a {@code *Test}
 * class (a JUnit {@code @Nested} inner class per configuration works well):
 *
 * <pre>{@code
 * class MySolverTest extends TransportSolverContract<MyResult> {
 *     protected TransportSolver<MyResult> solver() { return new MySolver(); }
 *     protected MarginalNorm marginalNorm() { return MarginalNorm.ROWS_PLUS_COLUMNS_L1; }
 *     protected double marginalTolerance() { return 1e-12; }  // say why: rounding of n + m sums
 *     protected double costTolerance() { return 1e-12; }
 * }
 * }</pre>
 *
 * @param <R> the solver's result type
 */
public abstract class TransportSolverContract<R extends TransportResult> {

    /** For subclasses. */
    protected TransportSolverContract() {}

    /** How a solver measures the marginal error it reports. */
    public enum MarginalNorm {
        /**
         * {@code ‖P1 − a‖₁ + ‖Pᵀ1 − b‖₁} (exact OT, Sinkhorn with {@link StoppingNorm#BOTH_L1}).
         */
        ROWS_PLUS_COLUMNS_L1,
        /** {@code ‖Pᵀ1 − b‖₂} (Sinkhorn with {@link StoppingNorm#COLUMN_L2}). */
        COLUMNS_L2,
        /** Marginals are penalised, not constrained (unbalanced transport): no marginal check. */
        NONE
    }

    /**
     * A transport problem.
     *
     * @param name what the problem is, for failure messages
     * @param a source weights
     * @param b target weights
     * @param cost cost matrix
     */
    public record Problem(String name, double[] a, double[] b, CostMatrix cost) {
        @Override
        public String toString() {
            return name + " (" + a.length + "x" + b.length + ")";
        }
    }

    /**
     * A new instance of the solver under test (called more than once: instances must agree).
     *
     * @return the solver
     */
    protected abstract TransportSolver<R> solver();

    /**
     * The norm of {@link TransportResult#marginalError()}.
     *
     * @return the norm, or {@link MarginalNorm#NONE} for solvers whose marginals are not
     *     constraints
     */
    protected abstract MarginalNorm marginalNorm();

    /**
     * Bound on the marginal error of a converged result in {@link #marginalNorm()} (rounding for
     * exact solvers, the stopping tolerance for iterative ones), also the allowed gap between the
     * reported and the recomputed error.
     *
     * @return the bound
     */
    protected double marginalTolerance() {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " must state marginalTolerance()");
    }

    /**
     * Relative tolerance between the reported cost and {@code ⟨P, C⟩} recomputed here (an absolute
     * {@code 1e-15} is added for costs near 0).
     *
     * @return the tolerance
     */
    protected double costTolerance() {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " must state costTolerance()");
    }

    /**
     * Whether the solver must converge on every {@link #problems()} (true unless overridden).
     *
     * @return whether non-convergence fails the contract
     */
    protected boolean expectsConvergence() {
        return true;
    }

    /**
     * The problems the contract runs on: equal masses; subclasses may add some (e.g. unequal masses
     * for unbalanced solvers).
     *
     * @return the problems
     */
    protected List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        p.add(
                new Problem(
                        "one point each",
                        new double[] {1},
                        new double[] {1},
                        CostMatrix.of(new double[][] {{0.3}})));
        SplittableRandom r = new SplittableRandom(20_240_611L);
        p.add(
                new Problem(
                        "one source",
                        new double[] {1},
                        PointClouds.randomWeights(4, r, false),
                        randomCost(1, 4, r)));
        p.add(
                new Problem(
                        "one target",
                        PointClouds.randomWeights(5, r, false),
                        new double[] {1},
                        randomCost(5, 1, r)));
        p.add(
                new Problem(
                        "random costs",
                        PointClouds.randomWeights(6, r, false),
                        PointClouds.randomWeights(9, r, false),
                        randomCost(6, 9, r)));
        double[] x = PointClouds.randomPoints1d(12, r);
        double[] y = PointClouds.randomPoints1d(10, r);
        double[][] c = new double[12][10];
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 10; j++) {
                c[i][j] = (x[i] - y[j]) * (x[i] - y[j]) / 36;
            }
        }
        p.add(
                new Problem(
                        "squared distances on a line, zero weights",
                        PointClouds.randomWeights(12, r, true),
                        PointClouds.randomWeights(10, r, true),
                        CostMatrix.of(c)));
        double[][] flat = new double[7][7];
        for (double[] row : flat) {
            Arrays.fill(row, 0.25);
        }
        p.add(
                new Problem(
                        "constant cost (every plan optimal)",
                        PointClouds.randomWeights(7, r, false),
                        PointClouds.randomWeights(7, r, false),
                        CostMatrix.of(flat)));
        return p;
    }

    /** Costs uniform in [0, 1). */
    private static CostMatrix randomCost(int n, int m, SplittableRandom r) {
        double[][] c = new double[n][m];
        for (double[] row : c) {
            for (int j = 0; j < m; j++) {
                row[j] = r.nextDouble();
            }
        }
        return CostMatrix.of(c);
    }

    /**
     * Contract: the same input gives the same plan, cost and diagnostics bit for bit, from a second
     * instance and through the {@link EmpiricalMeasure} overload.
     */
    @Test
    public final void sameInputGivesTheSameBits() {
        for (Problem p : problems()) {
            R first = solver().solve(p.a().clone(), p.b().clone(), p.cost());
            R second =
                    solver().solve(p.a().clone(), p.b().clone(), CostMatrix.of(p.cost().toArray()));
            assertSameBits(first, second, p + ", second solve");
            EmpiricalMeasure xs = EmpiricalMeasure.of(indexPoints(p.a().length), p.a().clone());
            EmpiricalMeasure ys = EmpiricalMeasure.of(indexPoints(p.b().length), p.b().clone());
            R viaClouds = solver().solve(xs, ys, (u, v) -> p.cost().get((int) u[0], (int) v[0]));
            assertSameBits(first, viaClouds, p + ", through the EmpiricalMeasure overload");
        }
    }

    /** Contract: the solver does not modify its weights or cost matrix. */
    @Test
    public final void argumentsAreUntouched() {
        for (Problem p : problems()) {
            double[] a = p.a().clone();
            double[] b = p.b().clone();
            double[] c = p.cost().toRowMajor();
            solver().solve(a, b, p.cost());
            assertArrayEquals(p.a(), a, 0.0, p + ": a modified");
            assertArrayEquals(p.b(), b, 0.0, p + ": b modified");
            assertArrayEquals(c, p.cost().toRowMajor(), 0.0, p + ": cost modified");
        }
    }

    /**
     * Contract: the plan has the problem's shape and finite entries ≥ 0, {@code get} agrees with
     * {@code toDense}, and the diagnostics are non-negative (and converged, if {@link
     * #expectsConvergence()}).
     */
    @Test
    public final void planIsNonNegativeWithTheProblemsShape() {
        for (Problem p : problems()) {
            R r = solver().solve(p.a(), p.b(), p.cost());
            if (expectsConvergence()) {
                assertTrue(r.converged(), p + " converged");
            }
            TransportPlan plan = r.plan();
            assertEquals(p.a().length, plan.rows(), p + ": rows");
            assertEquals(p.b().length, plan.cols(), p + ": cols");
            double[][] dense = plan.toDense();
            for (int i = 0; i < dense.length; i++) {
                for (int j = 0; j < dense[i].length; j++) {
                    double v = dense[i][j];
                    assertTrue(
                            v >= 0 && Double.isFinite(v), p + ": P[" + i + "][" + j + "] = " + v);
                    assertEquals(
                            v, plan.get(i, j), 0.0, p + ": get(" + i + ", " + j + ") vs toDense");
                }
            }
            assertTrue(r.iterations() >= 0, p + ": iterations " + r.iterations());
            assertTrue(r.marginalError() >= 0, p + ": marginal error " + r.marginalError());
        }
    }

    /**
     * Contract: the reported marginal error is the one recomputed from the plan in {@link
     * #marginalNorm()}, and a converged result is within {@link #marginalTolerance()}.
     */
    @Test
    public final void marginalsAreWithinTheStatedError() {
        if (marginalNorm() == MarginalNorm.NONE) {
            return;
        }
        double tol = marginalTolerance();
        for (Problem p : problems()) {
            R r = solver().solve(p.a(), p.b(), p.cost());
            double[][] dense = r.plan().toDense();
            double[] rows = new double[p.a().length];
            double[] cols = new double[p.b().length];
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < cols.length; j++) {
                    rows[i] += dense[i][j];
                    cols[j] += dense[i][j];
                }
            }
            double err;
            if (marginalNorm() == MarginalNorm.ROWS_PLUS_COLUMNS_L1) {
                err = 0;
                for (int i = 0; i < rows.length; i++) {
                    err += Math.abs(rows[i] - p.a()[i]);
                }
                for (int j = 0; j < cols.length; j++) {
                    err += Math.abs(cols[j] - p.b()[j]);
                }
            } else {
                double s = 0;
                for (int j = 0; j < cols.length; j++) {
                    s += (cols[j] - p.b()[j]) * (cols[j] - p.b()[j]);
                }
                err = Math.sqrt(s);
            }
            assertTrue(
                    Math.abs(err - r.marginalError()) <= tol,
                    String.format(
                            Locale.ROOT,
                            "%s: reported marginal error %.3g, recomputed %.3g (tolerance %.1g)",
                            p,
                            r.marginalError(),
                            err,
                            tol));
            if (r.converged()) {
                assertTrue(
                        err <= tol,
                        String.format(
                                Locale.ROOT,
                                "%s: converged with marginal error %.3g > %.1g",
                                p,
                                err,
                                tol));
            }
        }
    }

    /**
     * Contract: the reported cost is {@code ⟨P, C⟩} recomputed from the dense plan, within {@link
     * #costTolerance()}.
     */
    @Test
    public final void reportedCostIsThePlansLinearCost() {
        double tol = costTolerance();
        for (Problem p : problems()) {
            R r = solver().solve(p.a(), p.b(), p.cost());
            double[][] dense = r.plan().toDense();
            double s = 0;
            for (int i = 0; i < dense.length; i++) {
                for (int j = 0; j < dense[i].length; j++) {
                    s += dense[i][j] * p.cost().get(i, j);
                }
            }
            assertTrue(
                    Math.abs(r.cost() - s) <= tol * Math.abs(s) + 1e-15,
                    String.format(
                            Locale.ROOT,
                            "%s: reported cost %.17g, <P, C> = %.17g (relative tolerance %.1g)",
                            p,
                            r.cost(),
                            s,
                            tol));
        }
    }

    /**
     * Contract: NaN, negative and infinite weights, zero mass, mismatched shapes, empty problems
     * (and unequal masses, for balanced solvers) are rejected with {@link
     * IllegalArgumentException}.
     */
    @Test
    public final void invalidInputIsRejected() {
        TransportSolver<R> s = solver();
        CostMatrix c = CostMatrix.of(new double[][] {{0, 1}, {1, 0}});
        double[] half = {0.5, 0.5};
        assertThrows(
                IllegalArgumentException.class,
                () -> s.solve(new double[] {Double.NaN, 0.5}, half, c),
                "NaN");
        assertThrows(
                IllegalArgumentException.class,
                () -> s.solve(half, new double[] {1.5, -0.5}, c),
                "negative");
        assertThrows(
                IllegalArgumentException.class,
                () -> s.solve(new double[] {Double.POSITIVE_INFINITY, 0.5}, half, c),
                "infinite");
        assertThrows(
                IllegalArgumentException.class,
                () -> s.solve(new double[] {0, 0}, half, c),
                "zero mass");
        assertThrows(
                IllegalArgumentException.class, () -> s.solve(new double[] {1}, half, c), "shape");
        assertThrows(
                IllegalArgumentException.class,
                () -> s.solve(new double[0], new double[0], CostMatrix.of(new double[][] {{0}})),
                "empty");
        if (marginalNorm() != MarginalNorm.NONE) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> s.solve(half, new double[] {1, 1}, c),
                    "masses");
        } else {
            R r = s.solve(half, new double[] {1, 1}, c);
            assertFalse(Double.isNaN(r.cost()), "unequal masses are allowed");
        }
    }

    private void assertSameBits(R x, R y, String what) {
        assertEquals(
                Double.doubleToRawLongBits(x.cost()),
                Double.doubleToRawLongBits(y.cost()),
                what + ": cost");
        assertEquals(
                Double.doubleToRawLongBits(x.marginalError()),
                Double.doubleToRawLongBits(y.marginalError()),
                what + ": marginal error");
        assertEquals(x.iterations(), y.iterations(), what + ": iterations");
        assertEquals(x.converged(), y.converged(), what + ": converged");
        double[][] px = x.plan().toDense();
        double[][] py = y.plan().toDense();
        for (int i = 0; i < px.length; i++) {
            for (int j = 0; j < px[i].length; j++) {
                assertEquals(
                        Double.doubleToRawLongBits(px[i][j]),
                        Double.doubleToRawLongBits(py[i][j]),
                        what + ": P[" + i + "][" + j + "]");
            }
        }
    }

    /**
     * One-dimensional points 0, 1, …, n−1: the ground cost looks up the problem's cost matrix by
     * index.
     */
    private static double[][] indexPoints(int n) {
        double[][] x = new double[n][1];
        for (int i = 0; i < n; i++) {
            x[i][0] = i;
        }
        return x;
    }
}
