package dev.cogs.rgflow.ot;

import dev.cogs.testkit.ot.TransportSolverContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * {@link TransportSolverContract} for every {@link TransportSolver} of this package: the network
 * simplex (default and capped), Sinkhorn in its three numerical forms, with ε-scaling, with the
 * other stopping norm and with worker threads, and unbalanced Sinkhorn in both entropy conventions.
 * (The 1-D solvers, {@link Wasserstein1D} and {@link SlicedWasserstein}, return distances from
 * points, not plans from a cost matrix, so they are not {@code TransportSolver}s.)
 *
 * <p>Sinkhorn runs at ε = 0.1 on costs in [0, 1], where it converges to its tolerance 1e-9 well
 * within the iteration cap; its stated marginal error is that tolerance in its stopping norm (twice
 * it, for rounding of the recomputed marginals). Costs are sums of at most 12·10 products, so a
 * relative 1e-12 covers any summation order.
 */
class TransportSolversTest {

    private static final double EPSILON = 0.1;

    private static SinkhornOptions sinkhorn() {
        return SinkhornOptions.of(EPSILON).withMaxIterations(20_000);
    }

    @Nested
    class NetworkSimplex extends TransportSolverContract<ExactOtResult> {
        @Override
        protected TransportSolver<ExactOtResult> solver() {
            return ExactOt.networkSimplex();
        }

        @Override
        protected MarginalNorm marginalNorm() {
            return MarginalNorm.ROWS_PLUS_COLUMNS_L1;
        }

        @Override
        protected double marginalTolerance() {
            return 1e-14;
        }

        @Override
        protected double costTolerance() {
            return 1e-12;
        }
    }

    @Nested
    class NetworkSimplexStoppedByItsPivotCap extends TransportSolverContract<ExactOtResult> {
        @Override
        protected TransportSolver<ExactOtResult> solver() {
            // one pivot: the result is feasible but (on most problems) not optimal, and says so
            return ExactOt.networkSimplex(ExactOtOptions.fixedCap(1));
        }

        @Override
        protected MarginalNorm marginalNorm() {
            return MarginalNorm.ROWS_PLUS_COLUMNS_L1;
        }

        @Override
        protected double marginalTolerance() {
            return 1e-14;
        }

        @Override
        protected double costTolerance() {
            return 1e-12;
        }

        @Override
        protected boolean expectsConvergence() {
            return false;
        }
    }

    @Nested
    class SinkhornScaling extends TransportSolverContract<SinkhornResult> {
        @Override
        protected TransportSolver<SinkhornResult> solver() {
            return Sinkhorn.of(sinkhorn());
        }

        @Override
        protected MarginalNorm marginalNorm() {
            return MarginalNorm.COLUMNS_L2;
        }

        @Override
        protected double marginalTolerance() {
            return 2e-9;
        }

        @Override
        protected double costTolerance() {
            return 1e-12;
        }
    }

    @Nested
    class SinkhornLogDomain extends TransportSolverContract<SinkhornResult> {
        @Override
        protected TransportSolver<SinkhornResult> solver() {
            return Sinkhorn.of(sinkhorn().withVariant(SinkhornVariant.LOG_DOMAIN));
        }

        @Override
        protected MarginalNorm marginalNorm() {
            return MarginalNorm.COLUMNS_L2;
        }

        @Override
        protected double marginalTolerance() {
            return 2e-9;
        }

        @Override
        protected double costTolerance() {
            return 1e-12;
        }
    }

    @Nested
    class SinkhornStabilizedWithEpsilonScaling extends TransportSolverContract<SinkhornResult> {
        @Override
        protected TransportSolver<SinkhornResult> solver() {
            return Sinkhorn.of(
                    sinkhorn()
                            .withVariant(SinkhornVariant.STABILIZED)
                            .withEpsilonScaling(new EpsilonScaling(1.0, 0.5, 100)));
        }

        @Override
        protected MarginalNorm marginalNorm() {
            return MarginalNorm.COLUMNS_L2;
        }

        @Override
        protected double marginalTolerance() {
            return 2e-9;
        }

        @Override
        protected double costTolerance() {
            return 1e-12;
        }
    }

    @Nested
    class SinkhornBothMarginalsL1 extends TransportSolverContract<SinkhornResult> {
        @Override
        protected TransportSolver<SinkhornResult> solver() {
            return Sinkhorn.of(
                    sinkhorn()
                            .withVariant(SinkhornVariant.STABILIZED)
                            .withStoppingNorm(StoppingNorm.BOTH_L1));
        }

        @Override
        protected MarginalNorm marginalNorm() {
            return MarginalNorm.ROWS_PLUS_COLUMNS_L1;
        }

        @Override
        protected double marginalTolerance() {
            return 2e-9;
        }

        @Override
        protected double costTolerance() {
            return 1e-12;
        }
    }

    @Nested
    class SinkhornWithWorkerThreads extends TransportSolverContract<SinkhornResult> {
        @Override
        protected TransportSolver<SinkhornResult> solver() {
            return Sinkhorn.of(sinkhorn().withThreads(3));
        }

        @Override
        protected MarginalNorm marginalNorm() {
            return MarginalNorm.COLUMNS_L2;
        }

        @Override
        protected double marginalTolerance() {
            return 2e-9;
        }

        @Override
        protected double costTolerance() {
            return 1e-12;
        }
    }

    /** Unbalanced problems also include unequal masses. */
    abstract static class UnbalancedContract extends TransportSolverContract<UnbalancedResult> {
        @Override
        protected MarginalNorm marginalNorm() {
            return MarginalNorm.NONE;
        }

        @Override
        protected double costTolerance() {
            return 1e-12;
        }

        @Override
        protected List<Problem> problems() {
            List<Problem> p = new ArrayList<>(super.problems());
            p.add(
                    new Problem(
                            "unequal masses",
                            new double[] {0.5, 1.0, 0.25},
                            new double[] {0.3, 0.2},
                            CostMatrix.of(new double[][] {{0.1, 0.9}, {0.4, 0.2}, {0.7, 0.0}})));
            return p;
        }
    }

    @Nested
    class UnbalancedPotEntropy extends UnbalancedContract {
        @Override
        protected TransportSolver<UnbalancedResult> solver() {
            return UnbalancedSinkhorn.of(
                    new UnbalancedOptions(
                            EPSILON, 1.0, 20_000, 1e-9, EntropyConvention.POT_ENTROPY));
        }
    }

    @Nested
    class UnbalancedKlProduct extends UnbalancedContract {
        @Override
        protected TransportSolver<UnbalancedResult> solver() {
            return UnbalancedSinkhorn.of(
                    new UnbalancedOptions(
                            EPSILON, 1.0, 20_000, 1e-9, EntropyConvention.KL_PRODUCT));
        }
    }
}
