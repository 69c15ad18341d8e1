package dev.cogs.rgflow.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

/** Relative/absolute tolerance assertions shared by the rgflow tests. */
public final class Tol {
    private Tol() {}

    /**
     * Asserts {@code |actual − expected| ≤ rel·|expected| + abs}.
     *
     * @param expected the reference value
     * @param actual the computed value
     * @param rel relative tolerance
     * @param abs absolute tolerance
     * @param what what is compared (for the failure message)
     */
    public static void assertClose(
            double expected, double actual, double rel, double abs, String what) {
        double err = Math.abs(actual - expected);
        assertTrue(
                err <= rel * Math.abs(expected) + abs,
                String.format(
                        Locale.ROOT,
                        "%s: expected %.15g, got %.15g (error %.3g, rel tol %.1g, abs tol %.1g)",
                        what,
                        expected,
                        actual,
                        err,
                        rel,
                        abs));
    }

    /**
     * Asserts {@code |actual − expected| ≤ rel·|expected|}.
     *
     * @param expected the reference value
     * @param actual the computed value
     * @param rel relative tolerance
     * @param what what is compared (for the failure message)
     */
    public static void assertRel(double expected, double actual, double rel, String what) {
        assertClose(expected, actual, rel, 0.0, what);
    }
}
