package dev.cogs.algebra;

import java.util.Objects;

/**
 * The integers (ℤ, +, ×, 0, 1) on {@code long} with overflow checks; see {@link Rings#integers()}.
 */
enum IntegerRing implements Ring<Long> {
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
        return Math.addExact(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
    }

    @Override
    public Long multiply(Long a, Long b) {
        return Math.multiplyExact(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
    }

    @Override
    public Long negate(Long a) {
        return Math.negateExact(Objects.requireNonNull(a, "a"));
    }

    @Override
    public Long subtract(Long a, Long b) {
        return Math.subtractExact(Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"));
    }

    @Override
    public String toString() {
        return "Rings.integers()";
    }
}
