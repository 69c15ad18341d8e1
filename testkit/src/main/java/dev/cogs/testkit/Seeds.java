package dev.cogs.testkit;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed of a failed property. QuickTheories ends the message of a falsified property with {@code
 * Seed was <seed>}; running the property again with that seed ({@code -DQT_SEED=<seed>} on the
 * Maven command line, {@code System.setProperty("QT_SEED", …)} before {@code qt()}, or {@code
 * qt().withFixedSeed(seed)}) draws the same examples and finds the same counterexample. Stateless.
 */
public final class Seeds {

    private static final Pattern SEED = Pattern.compile("Seed was (-?\\d+)");

    private Seeds() {}

    /**
     * The seed printed in a property failure, looked for in the failure and its causes.
     *
     * @param failure what the property threw (usually an {@link AssertionError})
     * @return the seed, or empty if no message names one
     * @throws NullPointerException if {@code failure} is null
     */
    public static OptionalLong of(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = SEED.matcher(t.getMessage());
                if (m.find()) {
                    return OptionalLong.of(Long.parseLong(m.group(1)));
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return OptionalLong.empty();
    }
}
