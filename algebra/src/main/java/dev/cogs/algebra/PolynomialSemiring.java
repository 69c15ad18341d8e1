package dev.cogs.algebra;

import java.util.List;

/**
 * The semiring \(S[X]\) of polynomials over a semiring \(S\).
 *
 * <p>\((p \oplus q)_k = p_k \oplus q_k\), \((p \otimes q)_k = \bigoplus_{i+j=k} p_i \otimes q_j\);
 * the zero is the zero polynomial, the one the constant \(1\). \(S[X]\) satisfies the semiring laws
 * whenever \(S\) does, and is commutative iff \(S\) is. Results are normalised (trailing zeros of
 * \(S\) removed). Equivalence is coefficientwise {@link Semiring#equivalent(Object, Object)} of
 * {@link #base()}, missing coefficients counting as \(0\).
 *
 * @param <T> the coefficient type
 */
public interface PolynomialSemiring<T> extends Semiring<Polynomial<T>> {

    /**
     * The coefficient semiring.
     *
     * @return \(S\)
     */
    Semiring<T> base();

    /**
     * A polynomial from its coefficients, constant term first (see {@link Polynomial#of(Semiring,
     * List)}).
     *
     * @param coefficients the coefficients
     * @return the normalised polynomial
     * @throws IllegalArgumentException if a coefficient is refused by {@link #base()}
     */
    Polynomial<T> of(List<? extends T> coefficients);

    /**
     * The monomial \(c X^k\).
     *
     * @param c the coefficient
     * @param k the exponent, {@code >= 0}
     * @return \(c X^k\) (the zero polynomial if {@code c} is zero)
     * @throws IllegalArgumentException if {@code k < 0} or {@code c} is refused by {@link #base()}
     */
    Polynomial<T> monomial(T c, int k);

    /**
     * The coefficient of \(X^k\).
     *
     * @param p a polynomial
     * @param k the exponent, {@code >= 0}
     * @return \(p_k\), or the zero of {@link #base()} if {@code k > p.degree()}
     * @throws IllegalArgumentException if {@code k < 0}
     */
    T coefficient(Polynomial<T> p, int k);

    /**
     * Evaluation \(p(x) = \bigoplus_k p_k \otimes x^{k}\) by Horner's rule.
     *
     * <p>For a commutative \(S\), evaluation at any \(x\) is a semiring homomorphism \(S[X] \to
     * S\).
     *
     * @param p a polynomial
     * @param x a point of \(S\)
     * @return \(p(x)\)
     * @throws IllegalArgumentException if {@code x} is refused by {@link #base()}
     */
    T evaluate(Polynomial<T> p, T x);
}
