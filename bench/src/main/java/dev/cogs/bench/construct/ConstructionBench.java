package dev.cogs.bench.construct;

import dev.cogs.algebra.weights.CogsLoss;
import dev.cogs.algebra.weights.ConstructionCheck;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Times building and verifying z_F4/6 (docs/cogs-math.md §6.3, at the parameters of {@link
 * ConstructionCheck.Options#defaults(int)}) for several d: construction, conversion to real
 * weights, the loss from sum potentials (exact residual form and Gram form), the optimality report,
 * and the direct data-space loss where affordable (estimated as O(d⁴) beyond that). Median of
 * repetitions after a JIT warm-up.
 */
public final class ConstructionBench {

    /**
     * Bench parameters.
     *
     * @param sizes the odd group sizes
     * @param repetitions timed repetitions per size (median reported), at least 1
     * @param warmup warm-up runs at d = 23 before timing, at least 0
     * @param dataSpaceMaxD largest d whose data-space loss is measured rather than estimated
     */
    public record Options(List<Integer> sizes, int repetitions, int warmup, int dataSpaceMaxD) {

        /**
         * Validates the options.
         *
         * @param sizes see the record description
         * @param repetitions see the record description
         * @param warmup see the record description
         * @param dataSpaceMaxD see the record description
         * @throws IllegalArgumentException if a size is even or &lt; 5, or a count is out of range
         */
        public Options {
            sizes = List.copyOf(Objects.requireNonNull(sizes, "sizes"));
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
     * @param dataSpaceSeconds data-space loss over all d² pairs (measured or estimated)
     * @param dataSpaceEstimated whether {@code dataSpaceSeconds} is an O(d⁴) extrapolation
     * @param spLoss the loss from sum potentials
     * @param gramLoss the Gram-form loss
     * @param dataSpaceLoss the data-space loss (NaN if not measured)
     * @param maxViolation the largest constraint violation of the report
     */
    public record Timing(
            int d,
            int order,
            double buildSeconds,
            double toRealSeconds,
            double spLossSeconds,
            double gramSeconds,
            double reportSeconds,
            double dataSpaceSeconds,
            boolean dataSpaceEstimated,
            double spLoss,
            double gramLoss,
            double dataSpaceLoss,
            double maxViolation) {

        /**
         * Build plus verification from sum potentials (build, SP loss, report).
         *
         * @return seconds
         */
        public double buildAndVerifySeconds() {
            return buildSeconds + spLossSeconds + reportSeconds;
        }
    }

    private ConstructionBench() {}

    /**
     * Runs the bench.
     *
     * @param o the options
     * @return one timing per size, in order
     */
    public static List<Timing> run(Options o) {
        for (int i = 0; i < o.warmup(); i++) {
            once(23, true);
        }
        List<Timing> out = new ArrayList<>();
        double refD = -1;
        double refSeconds = -1;
        for (int d : o.sizes()) {
            boolean measureData = d <= o.dataSpaceMaxD();
            List<Timing> reps = new ArrayList<>();
            for (int r = 0; r < o.repetitions(); r++) {
                reps.add(once(d, measureData));
            }
            Timing m = median(reps);
            if (measureData) {
                refD = d;
                refSeconds = m.dataSpaceSeconds();
            } else if (refD > 0) {
                double est = refSeconds * Math.pow(d / refD, 4);
                m =
                        new Timing(
                                m.d(),
                                m.order(),
                                m.buildSeconds(),
                                m.toRealSeconds(),
                                m.spLossSeconds(),
                                m.gramSeconds(),
                                m.reportSeconds(),
                                est,
                                true,
                                m.spLoss(),
                                m.gramLoss(),
                                Double.NaN,
                                m.maxViolation());
            }
            out.add(m);
        }
        return out;
    }

    private static Timing once(int d, boolean measureData) {
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
        double data = Double.NaN;
        if (measureData) {
            data = CogsLoss.dataSpace(w);
        }
        long t6 = System.nanoTime();
        return new Timing(
                d,
                z.order(),
                sec(t1 - t0),
                sec(t2 - t1),
                sec(t3 - t2),
                sec(t4 - t3),
                sec(t5 - t4),
                measureData ? sec(t6 - t5) : Double.NaN,
                false,
                sp,
                gram,
                data,
                report.maxViolation());
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
                med(reps, Timing::dataSpaceSeconds),
                false,
                first.spLoss(),
                first.gramLoss(),
                first.dataSpaceLoss(),
                first.maxViolation());
    }

    private static double med(List<Timing> reps, java.util.function.ToDoubleFunction<Timing> f) {
        double[] v = reps.stream().mapToDouble(f).toArray();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    /**
     * A plain-text table of the timings.
     *
     * @param timings the bench result
     * @param peer optional peer timings of the data-space loss per d (NaN where unavailable)
     * @return the table
     */
    public static String table(List<Timing> timings, Supplier<double[]> peer) {
        double[] peerSeconds = peer.get();
        StringBuilder sb = new StringBuilder();
        sb.append(
                        "z_F4/6 build + verify (median; seconds). SP loss = exact residual form from sum potentials; "
                                + "Gram = Hermitian Gram form; data = direct projected MSE on all d^2 pairs")
                .append(System.lineSeparator());
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%6s %6s %9s %9s %9s %9s %9s %10s %12s | %10s %10s %10s %9s %12s%n",
                        "d",
                        "order",
                        "build",
                        "toReal",
                        "SP loss",
                        "Gram",
                        "report",
                        "build+ver",
                        "data",
                        "SP loss",
                        "Gram loss",
                        "data loss",
                        "max viol",
                        "numpy data"));
        for (int i = 0; i < timings.size(); i++) {
            Timing t = timings.get(i);
            String data =
                    Double.isNaN(t.dataSpaceSeconds())
                            ? "n/a"
                            : String.format(
                                    Locale.ROOT,
                                    "%.3f%s",
                                    t.dataSpaceSeconds(),
                                    t.dataSpaceEstimated() ? " (est)" : "");
            String p =
                    i < peerSeconds.length && !Double.isNaN(peerSeconds[i])
                            ? String.format(Locale.ROOT, "%.3f", peerSeconds[i])
                            : "n/a";
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%6d %6d %9.4f %9.4f %9.4f %9.4f %9.4f %10.4f %12s | %10.2e %10.2e %10.2e %9.2e %12s%n",
                            t.d(),
                            t.order(),
                            t.buildSeconds(),
                            t.toRealSeconds(),
                            t.spLossSeconds(),
                            t.gramSeconds(),
                            t.reportSeconds(),
                            t.buildAndVerifySeconds(),
                            data,
                            t.spLoss(),
                            t.gramLoss(),
                            t.dataSpaceLoss(),
                            t.maxViolation(),
                            p));
        }
        return sb.toString();
    }
}
