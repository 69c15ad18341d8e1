package dev.cogs.nets.sweep;

import dev.cogs.nets.run.TrainingConfig;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A per-step time model of a training run (docs/sweeps.md §3): one full-batch step over {@code n}
 * training pairs of a width-{@code q} net over Z_d costs {@code t = a·n·q + b·n·q·d} nanoseconds;
 * the first term is the element-wise work (gathers of the one-hot inputs, the square, Adam on the
 * {@code 3qd} parameters is smaller), the second the {@code n×q×d} products of the output layer. A
 * run costs {@code epochs · t}. The coefficients are measured on the machine ({@link #fit}). The
 * record is immutable.
 *
 * <p>Non-finite values: rejected by the constructor; an estimate is finite.
 *
 * @param nanosPerElement a, nanoseconds per unit of {@code n·q}, finite and {@code >= 0}
 * @param nanosPerProduct b, nanoseconds per unit of {@code n·q·d}, finite and {@code >= 0}
 */
public record StepCostModel(double nanosPerElement, double nanosPerProduct) {

    /**
     * The ratio {@code a/b} assumed by {@link #fit} when the observations cannot separate the two
     * terms (all of one shape): an element-wise unit costs as much as 32 product units.
     */
    public static final double DEFAULT_ELEMENT_TO_PRODUCT = 32;

    /**
     * Validates.
     *
     * @param nanosPerElement a
     * @param nanosPerProduct b
     * @throws IllegalArgumentException if a coefficient is negative or not finite, or both are 0
     */
    public StepCostModel {
        if (!(nanosPerElement >= 0) || Double.isInfinite(nanosPerElement)) {
            throw new IllegalArgumentException(
                    "nanosPerElement (" + nanosPerElement + ") must be finite and >= 0");
        }
        if (!(nanosPerProduct >= 0) || Double.isInfinite(nanosPerProduct)) {
            throw new IllegalArgumentException(
                    "nanosPerProduct (" + nanosPerProduct + ") must be finite and >= 0");
        }
        if (nanosPerElement == 0 && nanosPerProduct == 0) {
            throw new IllegalArgumentException("nanosPerElement and nanosPerProduct are both 0");
        }
    }

    /**
     * One timed run (or part of a run).
     *
     * @param config the run's settings
     * @param steps the number of steps timed, {@code >= 1}
     * @param nanos their wall time, {@code > 0}
     */
    public record Observation(TrainingConfig config, int steps, long nanos) {
        /**
         * Validates.
         *
         * @param config the run
         * @param steps steps timed
         * @param nanos wall time
         * @throws IllegalArgumentException if {@code steps < 1} or {@code nanos <= 0}
         */
        public Observation {
            Objects.requireNonNull(config, "config");
            if (steps < 1) {
                throw new IllegalArgumentException("steps (" + steps + ") must be >= 1");
            }
            if (nanos <= 0) {
                throw new IllegalArgumentException("nanos (" + nanos + ") must be > 0");
            }
        }
    }

    /**
     * Least-squares fit of a and b to the per-step times, each observation weighted by the inverse
     * square of its time (relative errors); when the observations do not separate the two terms (a
     * singular system or a negative coefficient) b alone is fitted with {@code a = }{@link
     * #DEFAULT_ELEMENT_TO_PRODUCT}{@code ·b}.
     *
     * @param observations at least one
     * @return the fitted model
     * @throws IllegalArgumentException if the list is empty
     */
    public static StepCostModel fit(List<Observation> observations) {
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("observations is empty");
        }
        double s11 = 0;
        double s12 = 0;
        double s22 = 0;
        double r1 = 0;
        double r2 = 0;
        double fallbackNum = 0;
        double fallbackDen = 0;
        for (Observation o : observations) {
            double t = (double) o.nanos() / o.steps();
            double x1 = elements(o.config()) / t;
            double x2 = products(o.config()) / t;
            s11 += x1 * x1;
            s12 += x1 * x2;
            s22 += x2 * x2;
            r1 += x1;
            r2 += x2;
            double w = (DEFAULT_ELEMENT_TO_PRODUCT * x1 + x2);
            fallbackNum += w;
            fallbackDen += w * w;
        }
        double det = s11 * s22 - s12 * s12;
        if (Math.abs(det) > 1e-9 * s11 * s22) {
            double a = (r1 * s22 - r2 * s12) / det;
            double b = (s11 * r2 - s12 * r1) / det;
            if (a >= 0 && b >= 0 && (a > 0 || b > 0)) {
                return new StepCostModel(a, b);
            }
        }
        double b = fallbackNum / fallbackDen;
        return new StepCostModel(DEFAULT_ELEMENT_TO_PRODUCT * b, b);
    }

    /**
     * The estimated time of one step.
     *
     * @param config the run
     * @return nanoseconds per step
     */
    public double stepNanos(TrainingConfig config) {
        return nanosPerElement * elements(config) + nanosPerProduct * products(config);
    }

    /**
     * The estimated time of a whole run.
     *
     * @param config the run
     * @return {@code epochs · }{@link #stepNanos}, in nanoseconds
     */
    public double runNanos(TrainingConfig config) {
        return config.epochs() * stepNanos(config);
    }

    /**
     * The estimated time of a list of runs done one after the other.
     *
     * @param runs the runs
     * @return the sum of {@link #runNanos}, in nanoseconds
     */
    public double totalNanos(List<TrainingConfig> runs) {
        return runs.stream().mapToDouble(this::runNanos).sum();
    }

    /**
     * The model as text.
     *
     * @return e.g. {@code "t_step = 1.2e-03 ns·n·q + 4.0e-05 ns·n·q·d"}
     */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "t_step = %.3e ns * n*q + %.3e ns * n*q*d",
                nanosPerElement,
                nanosPerProduct);
    }

    private static double elements(TrainingConfig c) {
        return (double) c.trainSize() * c.q();
    }

    private static double products(TrainingConfig c) {
        return (double) c.trainSize() * c.q() * c.d();
    }
}
