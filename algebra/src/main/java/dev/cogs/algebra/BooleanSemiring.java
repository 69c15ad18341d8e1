package dev.cogs.algebra;

import java.util.List;
import java.util.Objects;

/** The Boolean semiring ({false, true}, ∨, ∧, false, true); see {@link Semirings#booleans()}. */
enum BooleanSemiring implements FiniteSemiring<Boolean> {
    INSTANCE;

    private static final List<Boolean> ELEMENTS = List.of(Boolean.FALSE, Boolean.TRUE);

    @Override
    public Boolean zero() {
        return Boolean.FALSE;
    }

    @Override
    public Boolean one() {
        return Boolean.TRUE;
    }

    @Override
    public Boolean add(Boolean a, Boolean b) {
        return Objects.requireNonNull(a, "a") || Objects.requireNonNull(b, "b");
    }

    @Override
    public Boolean multiply(Boolean a, Boolean b) {
        return Objects.requireNonNull(a, "a") && Objects.requireNonNull(b, "b");
    }

    @Override
    public List<Boolean> elements() {
        return ELEMENTS;
    }

    @Override
    public int indexOf(Boolean a) {
        return Objects.requireNonNull(a, "a") ? 1 : 0;
    }

    @Override
    public String toString() {
        return "Semirings.booleans()";
    }
}
