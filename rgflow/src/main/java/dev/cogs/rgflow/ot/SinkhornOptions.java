package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Options of the Sinkhorn solver for {@code OT_ε(a,b) = min_P ⟨P,C⟩ + ε KL(P‖a⊗b)}.
 *
 * <p>Defaults ({@link #of(double)}) follow POT 0.8.2 {@code sinkhorn}: 1000 iterations, tolerance
 * 1e-9 on {@code ‖Pᵀ1 − b‖₂} checked every 10 iterations; scaling form; absorption threshold 1e3
 * (POT's {@code sinkhorn_stabilized} {@code tau}); no ε-scaling; one thread.
 *
 * @param epsilon regularisation {@code ε}, finite and {@code > 0}
 * @param maxIterations iteration cap (one iteration = column and row update), {@code > 0}
 * @param tolerance stopping threshold on the marginal error, {@code > 0}
 * @param checkEvery the error (and finiteness) is checked every this many iterations, {@code > 0}
 * @param variant numerical form
 * @param stoppingNorm norm of the marginal error
 * @param absorptionThreshold {@code τ} of the stabilised form, {@code > 1}
 * @param epsilonScaling ε-scaling schedule (only with {@link SinkhornVariant#LOG_DOMAIN} or {@link
 *     SinkhornVariant#STABILIZED})
 * @param threads worker threads for the matrix-vector products, {@code ≥ 1}
 */
public record SinkhornOptions(
        double epsilon,
        int maxIterations,
        double tolerance,
        int checkEvery,
        SinkhornVariant variant,
        StoppingNorm stoppingNorm,
        double absorptionThreshold,
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
     * @param variant numerical form
     * @param stoppingNorm norm of the marginal error
     * @param absorptionThreshold {@code τ} of the stabilised form, {@code > 1}
     * @param epsilonScaling ε-scaling schedule (only with {@link SinkhornVariant#LOG_DOMAIN} or
     *     {@link SinkhornVariant#STABILIZED})
     * @param threads worker threads for the matrix-vector products, {@code ≥ 1}
     * @throws IllegalArgumentException if a numeric option is out of range (NaN fails every check)
     *     or ε-scaling is combined with the plain scaling form
     */
    public SinkhornOptions {
        OtChecks.iterationControls(epsilon, maxIterations, tolerance);
        OtChecks.positive("checkEvery", checkEvery);
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(stoppingNorm, "stoppingNorm");
        Objects.requireNonNull(epsilonScaling, "epsilonScaling");
        if (!(absorptionThreshold > 1)) {
            throw new IllegalArgumentException(
                    "absorptionThreshold (" + absorptionThreshold + ") must be > 1");
        }
        OtChecks.atLeastOne("threads", threads);
        if (epsilonScaling.enabled() && variant == SinkhornVariant.SCALING) {
            throw new IllegalArgumentException(
                    "epsilon scaling needs the LOG_DOMAIN or STABILIZED variant");
        }
    }

    /**
     * POT-like defaults for a given {@code ε}.
     *
     * @param epsilon regularisation, finite and {@code > 0}
     * @return the options
     * @throws IllegalArgumentException if {@code ε} is not finite and {@code > 0}
     */
    public static SinkhornOptions of(double epsilon) {
        return new SinkhornOptions(
                epsilon,
                1000,
                1e-9,
                10,
                SinkhornVariant.SCALING,
                StoppingNorm.COLUMN_L2,
                1e3,
                EpsilonScaling.none(),
                1);
    }

    /**
     * @param value new iteration cap
     * @return a copy with that cap
     */
    public SinkhornOptions withMaxIterations(int value) {
        return new SinkhornOptions(
                epsilon,
                value,
                tolerance,
                checkEvery,
                variant,
                stoppingNorm,
                absorptionThreshold,
                epsilonScaling,
                threads);
    }

    /**
     * @param value new tolerance
     * @return a copy with that tolerance
     */
    public SinkhornOptions withTolerance(double value) {
        return new SinkhornOptions(
                epsilon,
                maxIterations,
                value,
                checkEvery,
                variant,
                stoppingNorm,
                absorptionThreshold,
                epsilonScaling,
                threads);
    }

    /**
     * @param value new variant
     * @return a copy with that variant
     */
    public SinkhornOptions withVariant(SinkhornVariant value) {
        return new SinkhornOptions(
                epsilon,
                maxIterations,
                tolerance,
                checkEvery,
                value,
                stoppingNorm,
                absorptionThreshold,
                epsilonScaling,
                threads);
    }

    /**
     * @param value new stopping norm
     * @return a copy with that norm
     */
    public SinkhornOptions withStoppingNorm(StoppingNorm value) {
        return new SinkhornOptions(
                epsilon,
                maxIterations,
                tolerance,
                checkEvery,
                variant,
                value,
                absorptionThreshold,
                epsilonScaling,
                threads);
    }

    /**
     * @param value new ε-scaling schedule
     * @return a copy with that schedule
     */
    public SinkhornOptions withEpsilonScaling(EpsilonScaling value) {
        return new SinkhornOptions(
                epsilon,
                maxIterations,
                tolerance,
                checkEvery,
                variant,
                stoppingNorm,
                absorptionThreshold,
                value,
                threads);
    }

    /**
     * @param value new number of threads
     * @return a copy with that number of threads
     */
    public SinkhornOptions withThreads(int value) {
        return new SinkhornOptions(
                epsilon,
                maxIterations,
                tolerance,
                checkEvery,
                variant,
                stoppingNorm,
                absorptionThreshold,
                epsilonScaling,
                value);
    }

    /**
     * @param value new regularisation
     * @return a copy with that {@code ε}
     */
    public SinkhornOptions withEpsilon(double value) {
        return new SinkhornOptions(
                value,
                maxIterations,
                tolerance,
                checkEvery,
                variant,
                stoppingNorm,
                absorptionThreshold,
                epsilonScaling,
                threads);
    }
}
