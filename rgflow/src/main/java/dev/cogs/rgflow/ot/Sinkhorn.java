package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * Entropic optimal transport by Sinkhorn's algorithm (Cuturi, NeurIPS 2013): {@code OT_ε(a,b) =
 * min_P ⟨P,C⟩ + ε KL(P‖a⊗b)}, which has the same optimal plan as the {@code −εH(P)} regularisation
 * used by POT. Scaling, log-domain and absorption-stabilised forms (Schmitzer, SIAM J. Sci. Comput.
 * 2019), optional ε-scaling, stopping on the marginal error every {@code checkEvery} iterations
 * (docs/rgflow.md §6.2).
 *
 * <p>One iteration updates the column scaling then the row scaling ({@code v ← b/(Kᵀu)}, {@code u ←
 * a/(Kv)}), as POT does; the stopping error is then measured with exact rows. With the default
 * options the run is like-for-like with POT 0.8.2 {@code ot.sinkhorn} (same updates, same check
 * period and norm).
 *
 * <p>Instances are immutable and thread-safe; {@code threads > 1} parallelises the matrix-vector
 * products over a private pool created and closed within each {@link #solve} call.
 *
 * <p>Non-finite values: inputs are validated (finite non-negative weights with equal masses, finite
 * costs). Every {@code checkEvery} iterations the scalings/potentials are checked; on overflow,
 * underflow to 0 or NaN the run stops with {@link SinkhornStatus#NUMERICAL_FAILURE} and the last
 * checked finite iterate, never a silent NaN.
 */
public final class Sinkhorn implements TransportSolver<SinkhornResult> {

    private final SinkhornOptions options;

    private Sinkhorn(SinkhornOptions options) {
        this.options = options;
    }

    /**
     * A solver with the given options.
     *
     * @param options the options
     * @return the solver
     */
    public static Sinkhorn of(SinkhornOptions options) {
        return new Sinkhorn(Objects.requireNonNull(options, "options"));
    }

    /**
     * @return the options
     */
    public SinkhornOptions options() {
        return options;
    }

    @Override
    public SinkhornResult solve(double[] a, double[] b, CostMatrix cost) {
        return solve(a, b, cost, RowOps.fastest());
    }

    /** {@link #solve} with the given inner loops (tests compare the implementations). */
    SinkhornResult solve(double[] a, double[] b, CostMatrix cost, RowOps ops) {
        double[] bb = Marginals.requireBalancedProblem(a, b, cost);
        try (Workers workers = Workers.of(options.threads())) {
            SinkhornEngine engine = new SinkhornEngine(a, bb, cost.raw(), options, workers, ops);
            return engine.run(cost);
        }
    }

    /**
     * The inner loops this JVM uses for the kernel and the matrix–vector products: {@code
     * "vector-256"} (or another width) when the JVM runs with {@code --add-modules
     * jdk.incubator.vector}, else {@code "scalar"}. Setting the system property {@code
     * cogs.simd=false} forces the scalar loops.
     *
     * @return the name of the inner loops
     */
    public static String innerLoops() {
        return RowOps.fastest().name();
    }
}
