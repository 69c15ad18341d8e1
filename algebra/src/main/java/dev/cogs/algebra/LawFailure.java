package dev.cogs.algebra;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A violated law with its witnesses: the two sides of {@link Law#equation()} evaluated at the
 * witnesses are not {@link Semiring#equivalent(Object, Object)}.
 *
 * @param law the violated law
 * @param witnesses the values of the variables {@code a, b, c} (as many as {@link Law#arity()})
 * @param lhs the left-hand side at the witnesses
 * @param rhs the right-hand side at the witnesses
 * @param <T> the carrier
 */
public record LawFailure<T>(Law law, List<T> witnesses, T lhs, T rhs) {

    /**
     * Validates the components and copies the witnesses.
     *
     * @throws IllegalArgumentException if the number of witnesses differs from the law's arity
     * @throws NullPointerException if a component or witness is null
     * @param law the violated law
     * @param witnesses the values of the variables
     * @param lhs the left-hand side
     * @param rhs the right-hand side
     */
    public LawFailure {
        Objects.requireNonNull(law, "law");
        witnesses = List.copyOf(witnesses);
        Objects.requireNonNull(lhs, "lhs");
        Objects.requireNonNull(rhs, "rhs");
        if (witnesses.size() != law.arity()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s needs %d witnesses, got %d",
                            law,
                            law.arity(),
                            witnesses.size()));
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(law.equation()).append(" fails for ");
        for (int i = 0; i < witnesses.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append((char) ('a' + i)).append(" = ").append(witnesses.get(i));
        }
        return sb.append(": lhs = ").append(lhs).append(", rhs = ").append(rhs).toString();
    }
}
