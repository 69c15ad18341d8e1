package dev.cogs.testkit.algebra;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.Matrix;
import dev.cogs.algebra.Polynomial;
import dev.cogs.algebra.Semiring;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the structures of {@code dev.cogs.algebra}: full-precision doubles,
 * tropical numbers, probabilities, complex numbers, naturals, integers, residues, matrices and
 * polynomials, each with the special values its laws must cover mixed in. Doubles are drawn from
 * ranges at full precision, never rounded (rounding hides floating-point failures). Stateless.
 */
public final class AlgebraGens {

    private AlgebraGens() {}

    /**
     * Full-precision doubles in a closed range.
     *
     * @param lo lower bound
     * @param hi upper bound
     * @return the generator
     */
    public static Gen<Double> doublesIn(double lo, double hi) {
        return doubles().between(lo, hi);
    }

    /**
     * Elements of (min, +): full-precision doubles in {@code [-bound, bound]} with about 5 % each
     * of +∞ (the zero), −∞ and the signed zeros mixed in.
     *
     * @param bound the magnitude bound of the finite values
     * @return the generator
     */
    public static Gen<Double> tropical(double bound) {
        return doublesIn(-bound, bound)
                .mix(Generate.constant(Double.POSITIVE_INFINITY), 5)
                .mix(Generate.constant(Double.NEGATIVE_INFINITY), 5)
                .mix(Generate.pick(List.of(0.0, -0.0)), 5);
    }

    /**
     * Probabilities: full-precision doubles in [0, 1] with 0, 1, {@code MIN_VALUE}, {@code
     * MIN_NORMAL} mixed in.
     *
     * @return the generator
     */
    public static Gen<Double> unitInterval() {
        return doublesIn(0.0, 1.0)
                .mix(Generate.pick(List.of(0.0, 1.0, Double.MIN_VALUE, Double.MIN_NORMAL)), 10);
    }

    /**
     * Complex numbers with both parts full-precision doubles in {@code [-bound, bound]}, with about
     * 5 % of 0 and 5 % of 1.
     *
     * @param bound the magnitude bound of each part
     * @return the generator
     */
    public static Gen<Complex> complex(double bound) {
        Gen<Double> part = doublesIn(-bound, bound);
        return part.zip(part, Complex::of)
                .mix(Generate.pick(List.of(Complex.ZERO, Complex.ONE)), 10);
    }

    /**
     * Naturals in {@code [0, max]}, with 0 and 1 mixed in.
     *
     * @param max the upper bound
     * @return the generator
     */
    public static Gen<Long> naturals(long max) {
        return longs().between(0, max).mix(Generate.pick(List.of(0L, 1L)), 10);
    }

    /**
     * Integers in {@code [-bound, bound]}, with 0, 1 and −1 mixed in.
     *
     * @param bound the magnitude bound
     * @return the generator
     */
    public static Gen<Long> integersIn(long bound) {
        return longs().between(-bound, bound).mix(Generate.pick(List.of(0L, 1L, -1L)), 10);
    }

    /**
     * Residues {@code 0..n-1}.
     *
     * @param n the modulus
     * @return the generator
     */
    public static Gen<Integer> residues(int n) {
        return integers().between(0, n - 1);
    }

    /**
     * Booleans.
     *
     * @return the generator
     */
    public static Gen<Boolean> booleans() {
        return Generate.booleans();
    }

    /**
     * One of the {@link DoubleCandidates#ALL}.
     *
     * @return the generator
     */
    public static Gen<Double> candidates() {
        return Generate.pick(DoubleCandidates.ALL);
    }

    /**
     * n×n matrices with entries from a generator.
     *
     * @param entries the entry generator
     * @param n the side length
     * @param <T> the entry type
     * @return the generator
     */
    public static <T> Gen<Matrix<T>> matrices(Gen<T> entries, int n) {
        return lists().of(entries).ofSize(n * n).map(list -> Matrix.of(n, n, list));
    }

    /**
     * Polynomials over a semiring of degree at most {@code maxDegree}, with coefficients from a
     * generator (normalised by the semiring, so the actual degree may be lower).
     *
     * @param s the coefficient semiring
     * @param coefficients the coefficient generator
     * @param maxDegree the maximal degree
     * @param <T> the coefficient type
     * @return the generator
     */
    public static <T> Gen<Polynomial<T>> polynomials(
            Semiring<T> s, Gen<T> coefficients, int maxDegree) {
        return lists().of(coefficients)
                .ofSizeBetween(0, maxDegree + 1)
                .map(list -> Polynomial.of(s, list));
    }
}
