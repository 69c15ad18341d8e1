package dev.cogs.nets.prompt;

import java.util.List;
import java.util.Locale;

/**
 * Whether a net is an ideal model of the pretext category \(B\mathbb{Z}_d\) (docs/yoneda-nets.md
 * §1.1): its frozen head answers \(Hom(b, c) = \{c - b\}\) on every pair, i.e. it is right on all
 * d² pretext pairs. Every prediction of the experiment is conditional on it.
 *
 * @param correct the pairs (a, b) whose output has a + b as strict argmax
 * @param total d²
 * @param minMargin the smallest margin \(o_{a+b} - \max_{c \ne a+b} o_c\) over all pairs
 * @param failures every pair that is not correct, in (a, b) order
 */
public record IdealityCertificate(
        int correct, int total, double minMargin, List<PairFailure> failures) {

    /**
     * Validates and copies.
     *
     * @param correct correct pairs
     * @param total all pairs
     * @param minMargin the smallest margin
     * @param failures the failing pairs
     * @throws IllegalArgumentException unless correct + |failures| = total
     */
    public IdealityCertificate {
        failures = List.copyOf(failures);
        if (correct < 0 || correct + failures.size() != total) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%d correct and %d failures do not add up to %d pairs",
                            correct,
                            failures.size(),
                            total));
        }
    }

    /**
     * A pretext pair the net gets wrong.
     *
     * @param a the first operand (the one-hot prompt's token)
     * @param b the second operand (the input)
     * @param predicted the first class of largest output
     */
    public record PairFailure(int a, int b, int predicted) {}

    /**
     * Whether the certificate holds: 100 % accuracy on all d² pairs.
     *
     * @return true iff there is no failure
     */
    public boolean passes() {
        return failures.isEmpty();
    }

    /**
     * The pretext accuracy.
     *
     * @return correct / total
     */
    public double accuracy() {
        return (double) correct / total;
    }
}
