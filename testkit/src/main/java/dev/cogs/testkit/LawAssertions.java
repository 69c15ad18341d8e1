package dev.cogs.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BiPredicate;

/**
 * The failure message shared by the law suites: the law, the witnesses and both sides, e.g. {@code
 * (a + b) + c = a + (b + c) fails for a = 1, b = 2, c = 3: lhs = 0, rhs = 2}. Stateless.
 */
public final class LawAssertions {

    private LawAssertions() {}

    /**
     * Asserts that two sides of a law are the same under {@code same}.
     *
     * @param same the law equality
     * @param law the equation, for the message
     * @param lhs the left-hand side
     * @param rhs the right-hand side
     * @param witnesses the values of the variables a, b, c, in order
     * @param <T> the carrier
     * @throws AssertionError (through JUnit's {@code fail}) if the sides differ
     */
    public static <T> void assertLaw(
            BiPredicate<? super T, ? super T> same, String law, T lhs, T rhs, Object... witnesses) {
        if (!same.test(lhs, rhs)) {
            StringBuilder sb = new StringBuilder(law).append(" fails for ");
            for (int i = 0; i < witnesses.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append((char) ('a' + i)).append(" = ").append(witnesses[i]);
            }
            sb.append(": lhs = ").append(lhs).append(", rhs = ").append(rhs);
            fail(sb.toString());
        }
    }
}
