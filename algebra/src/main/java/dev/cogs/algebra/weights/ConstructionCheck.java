package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds the global constructions of docs/cogs-math.md §6 (arXiv:2410.01779) for one d and verifies
 * each against the theory: z_F6, z_F4/6, perfect memorisation (optional, its verification costs
 * O(d⁵)) and the non-global z_F4. Every net is checked by {@link Verification#of(FourierNet)}:
 * twice, in data space on all d² pairs and from sum potentials, with its accuracy, weight norms,
 * {@link OptimalityReport} and every violated constraint.
 *
 * <p>A claimed global optimum is verified when both losses are at most {@link #ZERO_LOSS} and every
 * pair is classified correctly; z_F4 is verified when both losses are above it (its bias is
 * uncancelled, \(\ell = 2(d-1)/d\) for |ξ| = 1, docs/cogs-math.md §6.2).
 */
public final class ConstructionCheck {

    /** "Loss 0" in double precision: both losses of a global optimum must be at most this. */
    public static final double ZERO_LOSS = 1e-20;

    private ConstructionCheck() {}

    /**
     * Parameters of the check. Immutable and validated.
     *
     * @param d odd group size, at least 3
     * @param nuPhase arg ν of the order-6 blocks (|ν| = 1)
     * @param xiPhase arg ξ of the order-4 blocks (|ξ| = 1, c₂ = +i)
     * @param k0 the order-6 frequency of z_F4/6, in [1, (d−1)/2]
     * @param memorisationMaxD largest d for which the order-d² memorisation net is built and
     *     verified
     */
    public record Options(int d, double nuPhase, double xiPhase, int k0, int memorisationMaxD) {

        /**
         * Validates the options.
         *
         * @param d see the record description
         * @param nuPhase see the record description
         * @param xiPhase see the record description
         * @param k0 see the record description
         * @param memorisationMaxD see the record description
         * @throws IllegalArgumentException if d is even or &lt; 3, a phase is not finite, or k0 is
         *     out of range
         */
        public Options {
            if (d < 3 || d % 2 == 0) {
                throw new IllegalArgumentException("d (" + d + ") must be odd and >= 3");
            }
            if (!Double.isFinite(nuPhase) || !Double.isFinite(xiPhase)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "phases (nu %s, xi %s) must be finite",
                                nuPhase,
                                xiPhase));
            }
            if (k0 < 1 || k0 > (d - 1) / 2) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "k0 (%d) must be in [1, (d-1)/2] = [1, %d]",
                                k0,
                                (d - 1) / 2));
            }
        }

        /**
         * the documented parameters at a given d: ν = e^{0.7i}, ξ = e^{0.3i}, k₀ = 1, memorisation
         * up to d = 47.
         *
         * @param d odd group size, at least 3
         * @return the options
         * @throws IllegalArgumentException if d is even or &lt; 3
         */
        public static Options defaults(int d) {
            return new Options(d, 0.7, 0.3, 1, 47);
        }

        /**
         * ν on the unit circle.
         *
         * @return {@code Complex.polar(1, nuPhase)}
         */
        public Complex nu() {
            return Complex.polar(1, nuPhase);
        }

        /**
         * ξ on the unit circle.
         *
         * @return {@code Complex.polar(1, xiPhase)}
         */
        public Complex xi() {
            return Complex.polar(1, xiPhase);
        }
    }

    /**
     * A construction that was not built because of the options.
     *
     * @param name the construction's name (as in {@link ConstructionRow#name()})
     * @param order the number of hidden nodes it would have had
     */
    public record Skipped(String name, int order) {

        /**
         * Validates the record.
         *
         * @param name see the record description
         * @param order see the record description
         * @throws NullPointerException if {@code name} is null
         */
        public Skipped {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The verified rows and the constructions left out.
     *
     * @param d the group size
     * @param rows one row per construction built, in the order z_F6, z_F4/6, memorisation, z_F4
     * @param skipped the constructions not built (memorisation when d exceeds {@link
     *     Options#memorisationMaxD()})
     */
    public record Result(int d, List<ConstructionRow> rows, List<Skipped> skipped) {

        /**
         * Copies the lists.
         *
         * @param d see the record description
         * @param rows see the record description
         * @param skipped see the record description
         * @throws NullPointerException if a list or an element is null
         */
        public Result {
            rows = List.copyOf(rows);
            skipped = List.copyOf(skipped);
        }

        /**
         * Whether every row agrees with the theory at {@link #ZERO_LOSS} (see {@link
         * ConstructionRow#verified(double)}).
         *
         * @return true if every row is verified
         */
        public boolean verified() {
            return rows.stream().allMatch(r -> r.verified(ZERO_LOSS));
        }
    }

    /**
     * Builds z_F6, z_F4/6, memorisation (if d ≤ {@link Options#memorisationMaxD()}) and the
     * non-global z_F4, and verifies each.
     *
     * <p>Cost: dominated by the data-space loss, O(d³q) per net (O(d⁵) for memorisation).
     *
     * @param o the options
     * @return the rows, in the order above, and the skipped constructions
     * @throws NullPointerException if {@code o} is null
     */
    public static Result run(Options o) {
        return run(o, Progress.NONE);
    }

    /**
     * Told before and after each construction is verified, so that a caller can show progress on
     * long checks (the data-space loss costs O(d⁴)).
     */
    public interface Progress {
        /** Tells nothing. */
        Progress NONE = new Progress() {};

        /**
         * Called before a construction is built and verified.
         *
         * @param name the construction's name, as in its row
         * @param index its position among the constructions verified, from 1
         * @param total how many constructions are verified
         */
        default void started(String name, int index, int total) {}

        /**
         * Called after a construction has been verified.
         *
         * @param row its row
         */
        default void finished(ConstructionRow row) {}
    }

    /**
     * As {@link #run(Options)}, telling {@code progress} before and after each construction.
     *
     * @param o the options
     * @param progress told of each construction
     * @return the rows, in the order of {@link #run(Options)}, and the skipped constructions
     * @throws NullPointerException if an argument is null
     */
    public static Result run(Options o, Progress progress) {
        return run(o, progress, DataSpaceEvaluator.pureJava());
    }

    /**
     * As {@link #run(Options, Progress)}, with every data-space loss and accuracy computed by
     * {@code dataSpace} (e.g. a BLAS evaluator, for large d).
     *
     * @param o the options
     * @param progress told of each construction
     * @param dataSpace how the data-space loss and accuracy are evaluated
     * @return the rows, in the order of {@link #run(Options)}, and the skipped constructions
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@code dataSpace} throws
     */
    public static Result run(Options o, Progress progress, DataSpaceEvaluator dataSpace) {
        Objects.requireNonNull(o, "o");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(dataSpace, "dataSpace");
        int d = o.d();
        int total = d <= o.memorisationMaxD() ? 4 : 3;
        List<ConstructionRow> rows = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        progress.started("z_F6", 1, total);
        rows.add(
                evaluate(
                        progress,
                        dataSpace,
                        "z_F6",
                        "sum_k normalised z_nu * z_syn at every k",
                        true,
                        () -> Constructions.f6(d, o.nu())));
        progress.started("z_F4/6", 2, total);
        rows.add(
                evaluate(
                        progress,
                        dataSpace,
                        "z_F4/6",
                        String.format(
                                Locale.ROOT,
                                "order-4 z_nu=i * z_xi at k != %d, order-6 z_nu * z_syn at k0 = %d cancelling their biases",
                                o.k0(),
                                o.k0()),
                        true,
                        () -> Constructions.f46(d, o.nu(), o.xi(), o.k0())));
        if (d <= o.memorisationMaxD()) {
            progress.started("memorisation", 3, total);
            rows.add(
                    evaluate(
                            progress,
                            dataSpace,
                            "memorisation",
                            "z_1 * z_2 rescaled: one node per pair, order d^2",
                            true,
                            () -> Constructions.memorisation(d)));
        } else {
            skipped.add(new Skipped("memorisation", d * d));
        }
        progress.started("z_F4", total, total);
        rows.add(
                evaluate(
                        progress,
                        dataSpace,
                        "z_F4",
                        "sum_k normalised z_nu=i * z_xi (NOT global: bias R_n uncancelled)",
                        false,
                        () -> Constructions.f4(d, o.xi())));
        return new Result(d, List.copyOf(rows), skipped);
    }

    private static ConstructionRow evaluate(
            Progress progress,
            DataSpaceEvaluator dataSpace,
            String name,
            String description,
            boolean claimedGlobal,
            Supplier<FourierNet> build) {
        long start = System.nanoTime();
        Verification v = Verification.of(build.get(), Verification.DEFAULT_TOLERANCE, dataSpace);
        double seconds = (System.nanoTime() - start) / 1e9;
        ConstructionRow row = new ConstructionRow(name, description, claimedGlobal, v, seconds);
        progress.finished(row);
        return row;
    }
}
