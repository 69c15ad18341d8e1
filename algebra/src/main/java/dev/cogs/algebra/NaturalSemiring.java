package dev.cogs.algebra;

import java.util.Locale;
import java.util.Objects;

/**
 * The natural numbers (ℕ, +, ×, 0, 1) on {@code long} with overflow checks; see {@link
 * Semirings#naturals()}.
 */
enum NaturalSemiring implements Semiring<Long> {
    INSTANCE;

    private static final Long ZERO = 0L;
    private static final Long ONE = 1L;

    @Override
    public Long zero() {
        return ZERO;
    }

    @Override
    public Long one() {
        return ONE;
    }

    @Override
    public Long add(Long a, Long b) {
        return Math.addExact(check(a, "a"), check(b, "b"));
    }

    @Override
    public Long multiply(Long a, Long b) {
        return Math.multiplyExact(check(a, "a"), check(b, "b"));
    }

    @Override
    public boolean equivalent(Long a, Long b) {
        return check(a, "a") == check(b, "b");
    }

    static long check(Long a, String name) {
        Objects.requireNonNull(a, name);
        if (a < 0) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "naturals: %s (%d) must be >= 0", name, a));
        }
        return a;
    }

    @Override
    public String toString() {
        return "Semirings.naturals()";
    }
}
