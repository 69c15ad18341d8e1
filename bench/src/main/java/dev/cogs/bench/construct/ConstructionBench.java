package dev.cogs.bench.construct;

import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.DataSpaceEvaluator;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.algebra.weights.SpectralDataSpace;
import dev.cogs.train.BlasDataSpace;
import dev.cogs.train.TrainingBenchmarks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Times building and verifying z_F4/6 (docs/cogs-math.md §6.3, at the parameters of {@link
 * ConstructionCheck.Options#defaults(int)}) for several d: construction, conversion to real
 * weights, the loss from sum potentials (exact residual form and Gram form), the optimality report,
 * the data-space loss by the spectral evaluator ({@link SpectralDataSpace}, at every d), and the
 * direct data-space loss where affordable (estimated as O(d⁴) beyond that), by the BLAS evaluator
 * ({@link BlasDataSpace}, dgemm products) and by the pure-Java reference ({@link
 * CogsLoss#evaluate}). After each d, the machine's dgemm rate is timed again (the load of a shared
 * machine moves). Median of repetitions after a JIT warm-up.
 */
public final class ConstructionBench {

    /** A data-space evaluator that can be timed. */
    public enum Evaluator {
        /**
         * {@link SpectralDataSpace}: exact, O(d³ + dq) for single-frequency nets
         * (docs/performance.md, the spectral evaluator); timed at every size.
         */
        SPECTRAL,
        /** {@link BlasDataSpace}: the direct evaluation by dgemm products. */
        BLAS,
        /** The pure-Java reference {@link CogsLoss#evaluate}. */
        JAVA;

        /**
         * The evaluator of a command-line name.
         *
         * @param name spectral, blas or java (any case)
         * @return the evaluator
         * @throws IllegalArgumentException naming the value if it is none of the three
         */
        public static Evaluator parse(String name) {
            for (Evaluator e : values()) {
                if (e.name().equalsIgnoreCase(name)) {
                    return e;
                }
            }
            throw new IllegalArgumentException(
                    "data-space evaluator '" + name + "' must be spectral, blas or java");
        }
    }

    /**
     * Bench parameters.
     *
     * @param sizes the odd group sizes
     * @param repetitions timed repetitions per size (median reported), at least 1
     * @param warmup warm-up runs at d = 23 before timing, at least 0
     * @param dataSpaceMaxD largest d whose direct data-space loss (blas, java) is measured rather
     *     than estimated; the spectral evaluator is measured at every d
     * @param evaluators the data-space evaluators timed, at least one; kept distinct, in the order
     *     of {@link Evaluator}
     * @param dgemmSize order of the square dgemm timed at the start and after each d (0: none)
     */
    public record Options(
            List<Integer> sizes,
            int repetitions,
            int warmup,
            int dataSpaceMaxD,
            List<Evaluator> evaluators,
            int dgemmSize) {

        /**
         * Validates the options.
         *
         * @param sizes see the record description
         * @param repetitions see the record description
         * @param warmup see the record description
         * @param dataSpaceMaxD see the record description
         * @param evaluators see the record description
         * @param dgemmSize see the record description
         * @throws IllegalArgumentException if a size is even or &lt; 5, a count is out of range or
         *     no evaluator is given
         * @throws NullPointerException if {@code sizes} or {@code evaluators} is (or holds) null
         */
        public Options {
            sizes = List.copyOf(Objects.requireNonNull(sizes, "sizes"));
            if (List.copyOf(evaluators).isEmpty()) {
                throw new IllegalArgumentException(
                        "evaluators (empty) must name at least one evaluator");
            }
            evaluators = List.copyOf(EnumSet.copyOf(evaluators));
            for (int d : sizes) {
                if (d < 5 || d % 2 == 0) {
                    throw new IllegalArgumentException("size d (" + d + ") must be odd and >= 5");
                }
            }
            if (repetitions < 1) {
                throw new IllegalArgumentException(
                        "repetitions (" + repetitions + ") must be >= 1");
            }
            if (warmup < 0) {
                throw new IllegalArgumentException("warmup (" + warmup + ") must be >= 0");
            }
            if (dgemmSize < 0) {
                throw new IllegalArgumentException(
                        "dgemmSize (" + dgemmSize + ") must be >= 0 (0: no dgemm reference)");
            }
        }

        /**
         * Whether an evaluator is timed.
         *
         * @param e the evaluator
         * @return true if it is among {@link #evaluators()}
         */
        public boolean times(Evaluator e) {
            return evaluators.contains(e);
        }
    }

    /**
     * The data-space loss of one evaluator at one d.
     *
     * @param seconds median wall time (NaN if neither measured nor estimated)
     * @param estimated whether {@code seconds} is an O(d⁴) extrapolation
     * @param loss the loss (NaN if not measured)
     * @param correct pairs classified correctly (-1 if not measured)
     */
    public record DataSpaceTime(double seconds, boolean estimated, double loss, int correct) {

        /** Not measured. */
        public static final DataSpaceTime NONE =
                new DataSpaceTime(Double.NaN, false, Double.NaN, -1);

        /**
         * Whether the time was measured (not estimated, not missing).
         *
         * @return true if measured
         */
        public boolean measured() {
            return !estimated && !Double.isNaN(seconds);
        }
    }

    /**
     * Median timings (seconds) and results for one d.
     *
     * @param d the group size
     * @param order the order 2d of z_F4/6
     * @param buildSeconds building the net in the Fourier domain
     * @param toRealSeconds inverse DFT to real weights (with the conjugate-symmetry check)
     * @param spLossSeconds {@link CogsLoss#fullDataset} (exact residual form)
     * @param gramSeconds {@link CogsLoss#gramForm}
     * @param reportSeconds {@link OptimalityReport#of}
     * @param spectral the data-space loss by {@link SpectralDataSpace}
     * @param blas the data-space loss by {@link BlasDataSpace}
     * @param java the data-space loss by the pure-Java reference
     * @param spLoss the loss from sum potentials
     * @param gramLoss the Gram-form loss
     * @param maxViolation the largest constraint violation of the report
     * @param dgemmGflops the machine's dgemm rate timed right after this d (NaN if not timed)
     */
    public record Timing(
            int d,
            int order,
            double buildSeconds,
            double toRealSeconds,
            double spLossSeconds,
            double gramSeconds,
            double reportSeconds,
            DataSpaceTime spectral,
            DataSpaceTime blas,
            DataSpaceTime java,
            double spLoss,
            double gramLoss,
            double maxViolation,
            double dgemmGflops) {

        /**
         * The data-space loss of one evaluator.
         *
         * @param e the evaluator
         * @return {@link #spectral}, {@link #blas} or {@link #java}
         */
        public DataSpaceTime dataSpace(Evaluator e) {
            switch (e) {
                case SPECTRAL:
                    return spectral;
                case BLAS:
                    return blas;
                default:
                    return java;
            }
        }

        /**
         * Build plus verification from sum potentials (build, SP loss, report).
         *
         * @return seconds
         */
        public double buildAndVerifySeconds() {
            return buildSeconds + spLossSeconds + reportSeconds;
        }

        /**
         * The flops of the direct data-space evaluation, {@code 2·d³·order} (the multiply-adds of
         * the products W·H, counted twice).
         *
         * @return the flop count
         */
        public double dataSpaceFlops() {
            return 2.0 * d * d * d * order;
        }
    }

    /**
     * The bench's result.
     *
     * @param timings one timing per size, in order
     * @param startDgemmGflops the dgemm rate timed before the sizes (NaN if not timed)
     */
    public record Result(List<Timing> timings, double startDgemmGflops) {

        /**
         * Copies the list.
         *
         * @param timings see the record description
         * @param startDgemmGflops see the record description
         */
        public Result {
            timings = List.copyOf(timings);
        }

        /**
         * The fastest dgemm rate of the run (at the start and after each d): the machine limit the
         * data-space rates are compared with (conservative on a loaded machine).
         *
         * @return GFLOP/s, NaN if dgemm was not timed
         */
        public double machineDgemmGflops() {
            double best = Double.NaN;
            for (double g : rates()) {
                if (!Double.isNaN(g) && !(g <= best)) {
                    best = g;
                }
            }
            return best;
        }

        private double[] rates() {
            double[] r = new double[timings.size() + 1];
            r[0] = startDgemmGflops;
            for (int i = 0; i < timings.size(); i++) {
                r[i + 1] = timings.get(i).dgemmGflops();
            }
            return r;
        }
    }

    /** dgemm threads of the machine rate: every processor. */
    private static int dgemmThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private ConstructionBench() {}

    /**
     * Runs the bench.
     *
     * @param o the options
     * @return one timing per size, in order, and the dgemm rates
     */
    public static Result run(Options o) {
        for (int i = 0; i < o.warmup(); i++) {
            once(23, true, o);
        }
        double startDgemm = dgemm(o);
        List<Timing> out = new ArrayList<>();
        double[] ref = {-1, -1, -1, -1}; // d and seconds of the last measured BLAS, Java
        for (int d : o.sizes()) {
            boolean measureData = d <= o.dataSpaceMaxD();
            List<Timing> reps = new ArrayList<>();
            for (int r = 0; r < o.repetitions(); r++) {
                reps.add(once(d, measureData, o));
            }
            Timing m = median(reps);
            DataSpaceTime blas = m.blas();
            DataSpaceTime java = m.java();
            if (measureData) {
                if (blas.measured()) {
                    ref[0] = d;
                    ref[1] = blas.seconds();
                }
                if (java.measured()) {
                    ref[2] = d;
                    ref[3] = java.seconds();
                }
            } else {
                if (o.times(Evaluator.BLAS) && ref[0] > 0) {
                    blas = estimate(ref[0], ref[1], d);
                }
                if (o.times(Evaluator.JAVA) && ref[2] > 0) {
                    java = estimate(ref[2], ref[3], d);
                }
            }
            out.add(
                    new Timing(
                            m.d(),
                            m.order(),
                            m.buildSeconds(),
                            m.toRealSeconds(),
                            m.spLossSeconds(),
                            m.gramSeconds(),
                            m.reportSeconds(),
                            m.spectral(),
                            blas,
                            java,
                            m.spLoss(),
                            m.gramLoss(),
                            m.maxViolation(),
                            dgemm(o)));
        }
        return new Result(out, startDgemm);
    }

    private static DataSpaceTime estimate(double refD, double refSeconds, int d) {
        return new DataSpaceTime(refSeconds * Math.pow(d / refD, 4), true, Double.NaN, -1);
    }

    private static double dgemm(Options o) {
        if (o.dgemmSize() == 0) {
            return Double.NaN;
        }
        return TrainingBenchmarks.dgemm(o.dgemmSize(), 3, dgemmThreads()).gflops();
    }

    private static Timing once(int d, boolean measureData, Options o) {
        ConstructionCheck.Options spec = ConstructionCheck.Options.defaults(d);
        long t0 = System.nanoTime();
        FourierNet z = Constructions.f46(d, spec.nu(), spec.xi(), spec.k0());
        long t1 = System.nanoTime();
        RealWeights w = z.toReal();
        long t2 = System.nanoTime();
        double sp = CogsLoss.fullDataset(z);
        long t3 = System.nanoTime();
        double gram = CogsLoss.gramForm(z);
        long t4 = System.nanoTime();
        OptimalityReport report = OptimalityReport.of(z);
        long t5 = System.nanoTime();
        DataSpaceTime spectral = DataSpaceTime.NONE;
        DataSpaceTime blas = DataSpaceTime.NONE;
        DataSpaceTime java = DataSpaceTime.NONE;
        if (o.times(Evaluator.SPECTRAL)) {
            // z_F4/6 at odd d is single-frequency in its inputs: a fallback is a bug, never an
            // evaluation timed under the spectral name
            spectral = time(DataSpaceEvaluator.spectral(ConstructionBench::refused), w);
        }
        if (measureData && o.times(Evaluator.BLAS)) {
            blas = time(BlasDataSpace.get(), w);
        }
        if (measureData && o.times(Evaluator.JAVA)) {
            java = time(DataSpaceEvaluator.pureJava(), w);
        }
        return new Timing(
                d,
                z.order(),
                sec(t1 - t0),
                sec(t2 - t1),
                sec(t3 - t2),
                sec(t4 - t3),
                sec(t5 - t4),
                spectral,
                blas,
                java,
                sp,
                gram,
                report.maxViolation(),
                Double.NaN);
    }

    private static DataSpaceEvaluation refused(RealWeights w) {
        throw new IllegalStateException(
                "the spectral evaluator refused z_F4/6 at d = "
                        + w.d()
                        + ": "
                        + DataSpaceEvaluator.spectral(DataSpaceEvaluator.pureJava())
                                .refusal(w)
                                .orElse("(no reason given)"));
    }

    private static DataSpaceTime time(DataSpaceEvaluator e, RealWeights w) {
        long t0 = System.nanoTime();
        DataSpaceEvaluation r = e.evaluate(w);
        return new DataSpaceTime(sec(System.nanoTime() - t0), false, r.loss(), r.correct());
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }

    private static Timing median(List<Timing> reps) {
        Timing first = reps.get(0);
        return new Timing(
                first.d(),
                first.order(),
                med(reps, Timing::buildSeconds),
                med(reps, Timing::toRealSeconds),
                med(reps, Timing::spLossSeconds),
                med(reps, Timing::gramSeconds),
                med(reps, Timing::reportSeconds),
                medianOf(first.spectral(), reps, t -> t.spectral().seconds()),
                medianOf(first.blas(), reps, t -> t.blas().seconds()),
                medianOf(first.java(), reps, t -> t.java().seconds()),
                first.spLoss(),
                first.gramLoss(),
                first.maxViolation(),
                Double.NaN);
    }

    private static DataSpaceTime medianOf(
            DataSpaceTime first, List<Timing> reps, ToDoubleFunction<Timing> f) {
        return new DataSpaceTime(med(reps, f), first.estimated(), first.loss(), first.correct());
    }

    private static double med(List<Timing> reps, ToDoubleFunction<Timing> f) {
        double[] v = reps.stream().mapToDouble(f).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    /**
     * A plain-text table of the timings: the verification from sum potentials, the spectral
     * data-space loss (seconds only: it does not do the direct evaluation's flops), then the direct
     * data-space loss per evaluator with its rate (GFLOP/s, 2·d³·order flops) and its share of the
     * machine's dgemm rate.
     *
     * @param result the bench result
     * @param peer optional peer timings of the data-space loss per d (NaN where unavailable)
     * @return the table
     */
    public static String table(Result result, Supplier<double[]> peer) {
        double[] peerSeconds = peer.get();
        double machine = result.machineDgemmGflops();
        StringBuilder sb = new StringBuilder();
        sb.append(
                        "z_F4/6 build + verify (median; seconds). SP loss = exact residual form from sum potentials; "
                                + "Gram = Hermitian Gram form; data = projected MSE on all d^2 pairs: exactly from the "
                                + "single-frequency nodes (spectral), directly by dgemm "
                                + "(blas) and by the pure-Java loops (java); %dgemm = GFLOP/s over the fastest dgemm of "
                                + "the run")
                .append(System.lineSeparator());
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%6s %6s %8s %8s %8s %8s %8s %9s | %13s | %12s %7s %6s | %12s %7s %6s | %10s %10s %10s %10s %10s %9s %10s%n",
                        "d",
                        "order",
                        "build",
                        "toReal",
                        "SP loss",
                        "Gram",
                        "report",
                        "build+ver",
                        "spectral data",
                        "blas data",
                        "GFLOP/s",
                        "%dgemm",
                        "java data",
                        "GFLOP/s",
                        "%dgemm",
                        "SP loss",
                        "Gram loss",
                        "spect loss",
                        "blas loss",
                        "java loss",
                        "max viol",
                        "numpy data"));
        for (int i = 0; i < result.timings().size(); i++) {
            Timing t = result.timings().get(i);
            String p =
                    i < peerSeconds.length && !Double.isNaN(peerSeconds[i])
                            ? String.format(Locale.ROOT, "%.3f", peerSeconds[i])
                            : "n/a";
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%6d %6d %8.4f %8.4f %8.4f %8.4f %8.4f %9.4f | %13s | %s | %s | %10.2e %10.2e %10.2e %10.2e %10.2e %9.2e %10s%n",
                            t.d(),
                            t.order(),
                            t.buildSeconds(),
                            t.toRealSeconds(),
                            t.spLossSeconds(),
                            t.gramSeconds(),
                            t.reportSeconds(),
                            t.buildAndVerifySeconds(),
                            t.spectral().measured()
                                    ? String.format(Locale.ROOT, "%.4f", t.spectral().seconds())
                                    : "n/a",
                            cells(t.blas(), t.dataSpaceFlops(), machine),
                            cells(t.java(), t.dataSpaceFlops(), machine),
                            t.spLoss(),
                            t.gramLoss(),
                            t.spectral().loss(),
                            t.blas().loss(),
                            t.java().loss(),
                            t.maxViolation(),
                            p));
        }
        return sb.toString();
    }

    private static String cells(DataSpaceTime t, double flops, double machine) {
        if (Double.isNaN(t.seconds())) {
            return String.format(Locale.ROOT, "%12s %7s %6s", "n/a", "", "");
        }
        if (t.estimated()) {
            return String.format(
                    Locale.ROOT,
                    "%12s %7s %6s",
                    String.format(Locale.ROOT, "%.1f (est)", t.seconds()),
                    "",
                    "");
        }
        double g = flops / t.seconds() / 1e9;
        return String.format(
                Locale.ROOT, "%12.3f %7.1f %5.0f%%", t.seconds(), g, 100 * g / machine);
    }
}
