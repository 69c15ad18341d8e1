package dev.cogs.algebra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable polynomial \(c_0 + c_1 X + \dots + c_d X^d\) with coefficients of type {@code T}, in
 * normal form.
 *
 * <p>Normal form: the leading coefficient \(c_d\) is not zero, so the zero polynomial has no
 * coefficients and degree −1. Polynomials are created by {@link PolynomialSemiring#of(List)} (or
 * {@link #of(Semiring, List)}), which strips trailing zeros using the coefficient semiring's {@link
 * Semiring#isZero(Object)}; arithmetic lives in {@link PolynomialSemiring} ({@link
 * Semirings#polynomials(Semiring)}). The variable commutes with the coefficients.
 *
 * <p>This class is immutable. {@code equals} compares the normalised coefficient lists by {@code
 * equals}.
 *
 * @param <T> the coefficient type
 */
public final class Polynomial<T> {

    private final List<T> coefficients; // unmodifiable, no trailing zero

    private Polynomial(List<T> coefficients) {
        this.coefficients = coefficients;
    }

    /**
     * A polynomial from its coefficients \(c_0, c_1, \dots\), with trailing zeros (by {@code
     * s.isZero}) removed.
     *
     * @param s the coefficient semiring, used to recognise zeros and to check that coefficients are
     *     elements
     * @param coefficients the coefficients, constant term first; not null, no null entry
     * @param <T> the coefficient type
     * @return the normalised polynomial
     * @throws IllegalArgumentException if a coefficient is refused by {@code s}
     * @throws NullPointerException if an argument or a coefficient is null
     */
    public static <T> Polynomial<T> of(Semiring<T> s, List<? extends T> coefficients) {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(coefficients, "coefficients");
        int end = coefficients.size();
        for (int k = 0; k < coefficients.size(); k++) {
            T c = Objects.requireNonNull(coefficients.get(k), "coefficient " + k);
            s.add(s.zero(), c); // runs the semiring's element checks
        }
        while (end > 0 && s.isZero(coefficients.get(end - 1))) {
            end--;
        }
        List<T> copy = new ArrayList<>(coefficients.subList(0, end));
        return new Polynomial<>(Collections.unmodifiableList(copy));
    }

    /** Normalises coefficients already known to be elements of {@code s} (no element checks). */
    static <T> Polynomial<T> normalised(Semiring<T> s, List<T> coefficients) {
        int end = coefficients.size();
        while (end > 0 && s.isZero(coefficients.get(end - 1))) {
            end--;
        }
        return new Polynomial<>(
                Collections.unmodifiableList(new ArrayList<>(coefficients.subList(0, end))));
    }

    /**
     * The degree d, or −1 for the zero polynomial.
     *
     * @return the degree
     */
    public int degree() {
        return coefficients.size() - 1;
    }

    /**
     * Whether this is the zero polynomial.
     *
     * @return true if there are no coefficients
     */
    public boolean isZero() {
        return coefficients.isEmpty();
    }

    /**
     * The normalised coefficients \(c_0, \dots, c_d\).
     *
     * @return an unmodifiable list, empty for the zero polynomial
     */
    public List<T> coefficients() {
        return coefficients;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof Polynomial
                        && coefficients.equals(((Polynomial<?>) o).coefficients));
    }

    @Override
    public int hashCode() {
        return coefficients.hashCode();
    }

    @Override
    public String toString() {
        if (coefficients.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < coefficients.size(); k++) {
            if (k > 0) {
                sb.append(" + ");
            }
            sb.append('(').append(coefficients.get(k)).append(')');
            if (k == 1) {
                sb.append("X");
            } else if (k > 1) {
                sb.append("X^").append(k);
            }
        }
        return sb.toString();
    }
}
