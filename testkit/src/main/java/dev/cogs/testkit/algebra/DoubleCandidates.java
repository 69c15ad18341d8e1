package dev.cogs.testkit.algebra;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The special doubles that contracts must say something about: NaN, ±∞, ±0.0, {@code MIN_VALUE},
 * {@code MIN_NORMAL}, {@code MAX_VALUE} (both signs). Tests mix them into generators where the
 * contract covers them and assert the documented refusal where it does not.
 */
public final class DoubleCandidates {

    /** Every candidate, NaN first. */
    public static final List<Double> ALL =
            List.of(
                    Double.NaN,
                    Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY,
                    0.0,
                    -0.0,
                    Double.MIN_VALUE,
                    -Double.MIN_VALUE,
                    Double.MIN_NORMAL,
                    -Double.MIN_NORMAL,
                    Double.MAX_VALUE,
                    -Double.MAX_VALUE);

    private DoubleCandidates() {}

    /**
     * The candidates that are not NaN.
     *
     * @return ±∞ and the finite candidates
     */
    public static List<Double> nonNaN() {
        return ALL.stream().filter(x -> !Double.isNaN(x)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The finite candidates.
     *
     * @return ±0.0, ±MIN_VALUE, ±MIN_NORMAL, ±MAX_VALUE
     */
    public static List<Double> finite() {
        return ALL.stream().filter(Double::isFinite).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The non-finite candidates.
     *
     * @return NaN, +∞, −∞
     */
    public static List<Double> nonFinite() {
        return ALL.stream()
                .filter(x -> !Double.isFinite(x))
                .collect(Collectors.toUnmodifiableList());
    }
}
