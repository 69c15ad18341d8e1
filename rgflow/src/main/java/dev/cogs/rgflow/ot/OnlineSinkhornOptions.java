package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Options of the kernel-free (online) log-domain Sinkhorn solver {@link OnlineSinkhorn}.
 *
 * <p>Defaults ({@link #of(double)}) are those of {@link SinkhornOptions#of(double)}, i.e. of POT
 * 0.8.2 {@code sinkhorn}: 1000 iterations, tolerance 1e-9 on {@code ‖Pᵀ1 − b‖₂} checked every 10
 * iterations, no ε-scaling, one thread. With the same values the online solver runs the same
 * iterations as {@link Sinkhorn} in the {@link SinkhornVariant#LOG_DOMAIN} form and stops at the
 * same iteration.
 *
 * @param epsilon regularisation {@code ε}, finite and {@code > 0}
 * @param maxIterations iteration cap (one iteration = column and row update), {@code > 0}
 * @param tolerance stopping threshold on the marginal error, {@code > 0}
 * @param checkEvery the error (and finiteness) is checked every this many iterations, {@code > 0}
 * @param stoppingNorm norm of the marginal error
 * @param epsilonScaling ε-scaling schedule ({@link EpsilonScaling#none()} for none)
 * @param threads worker threads, {@code ≥ 1}
 */
public record OnlineSinkhornOptions(
        double epsilon,
        int maxIterations,
        double tolerance,
        int checkEvery,
        StoppingNorm stoppingNorm,
        EpsilonScaling epsilonScaling,
        int threads) {

    /**
     * Validates the options.
     *
     * @param epsilon regularisation {@code ε}, finite and {@code > 0}
     * @param maxIterations iteration cap (one iteration = column and row update), {@code > 0}
     * @param tolerance stopping threshold on the marginal error, {@code > 0}
     * @param checkEvery the error (and finiteness) is checked every this many iterations, {@code >
     *     0}
     * @param stoppingNorm norm of the marginal error
     * @param epsilonScaling ε-scaling schedule ({@link EpsilonScaling#none()} for none)
     * @param threads worker threads, {@code ≥ 1}
     * @throws IllegalArgumentException if a numeric option is out of range (NaN fails every check)
     * @throws NullPointerException if {@code stoppingNorm} or {@code epsilonScaling} is null
     */
    public OnlineSinkhornOptions {
        OtChecks.iterationControls(epsilon, maxIterations, tolerance);
        OtChecks.positive("checkEvery", checkEvery);
        Objects.requireNonNull(stoppingNorm, "stoppingNorm");
        Objects.requireNonNull(epsilonScaling, "epsilonScaling");
        OtChecks.atLeastOne("threads", threads);
    }

    /**
     * POT-like defaults for a given {@code ε}.
     *
     * @param epsilon regularisation, finite and {@code > 0}
     * @return the options
     * @throws IllegalArgumentException if {@code ε} is not finite and {@code > 0}
     */
    public static OnlineSinkhornOptions of(double epsilon) {
        return new OnlineSinkhornOptions(
                epsilon, 1000, 1e-9, 10, StoppingNorm.COLUMN_L2, EpsilonScaling.none(), 1);
    }

    /**
     * The options of a dense {@link Sinkhorn} run that iterates like this solver: the {@link
     * SinkhornVariant#LOG_DOMAIN} form with the same ε, cap, tolerance, check period, norm,
     * schedule and threads (for differential tests and benchmarks on sizes where the dense kernel
     * fits in memory).
     *
     * @return the dense options
     */
    public SinkhornOptions toDense() {
        return new SinkhornOptions(
                epsilon,
                maxIterations,
                tolerance,
                checkEvery,
                SinkhornVariant.LOG_DOMAIN,
                stoppingNorm,
                1e3,
                epsilonScaling,
                threads);
    }

    /**
     * @param value new iteration cap
     * @return a copy with that cap
     */
    public OnlineSinkhornOptions withMaxIterations(int value) {
        return new OnlineSinkhornOptions(
                epsilon, value, tolerance, checkEvery, stoppingNorm, epsilonScaling, threads);
    }

    /**
     * @param value new tolerance
     * @return a copy with that tolerance
     */
    public OnlineSinkhornOptions withTolerance(double value) {
        return new OnlineSinkhornOptions(
                epsilon, maxIterations, value, checkEvery, stoppingNorm, epsilonScaling, threads);
    }

    /**
     * @param value new check period
     * @return a copy with that period
     */
    public OnlineSinkhornOptions withCheckEvery(int value) {
        return new OnlineSinkhornOptions(
                epsilon, maxIterations, tolerance, value, stoppingNorm, epsilonScaling, threads);
    }

    /**
     * @param value new stopping norm
     * @return a copy with that norm
     */
    public OnlineSinkhornOptions withStoppingNorm(StoppingNorm value) {
        return new OnlineSinkhornOptions(
                epsilon, maxIterations, tolerance, checkEvery, value, epsilonScaling, threads);
    }

    /**
     * @param value new ε-scaling schedule
     * @return a copy with that schedule
     */
    public OnlineSinkhornOptions withEpsilonScaling(EpsilonScaling value) {
        return new OnlineSinkhornOptions(
                epsilon, maxIterations, tolerance, checkEvery, stoppingNorm, value, threads);
    }

    /**
     * @param value new number of threads
     * @return a copy with that number of threads
     */
    public OnlineSinkhornOptions withThreads(int value) {
        return new OnlineSinkhornOptions(
                epsilon, maxIterations, tolerance, checkEvery, stoppingNorm, epsilonScaling, value);
    }
}
