package dev.cogs.algebra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Law checks of semirings, rings and fields on finite samples, returning the violations as data.
 *
 * <p>Each law of {@link Law} is checked at every tuple of samples (ordered pairs for two variables,
 * ordered triples for three: \(O(n^3)\) evaluations), comparing the two sides with the structure's
 * own {@link Semiring#equivalent(Object, Object)}. For a finite semiring, passing its whole carrier
 * ({@link FiniteSemiring#elements()}) makes the check a proof; otherwise it is a test. The result
 * lists the failures in the order of {@link Law}, then of the sample tuples (row-major over
 * indices). Exceptions thrown by the operations (overflow, refused elements) propagate. Samples are
 * used as given: add {@code zero()} and {@code one()} yourself if they should appear among the
 * witnesses.
 *
 * <p>This is the main-code counterpart of the property-based law suites in the test sources.
 */
public final class Laws {

    private Laws() {}

    /**
     * Violations of the semiring laws: \(\oplus\) associative and commutative with unit 0,
     * \(\otimes\) associative with unit 1, both distributive laws, 0 annihilating on both sides.
     *
     * @param s the structure
     * @param samples elements to quantify over
     * @param <T> the carrier
     * @return the failures, empty if none; unmodifiable
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <T> List<LawFailure<T>> semiringFailures(
            Semiring<T> s, List<? extends T> samples) {
        Checker<T> c = new Checker<>(s, samples);
        c.semiring();
        return c.result();
    }

    /**
     * Whether no semiring law fails on the samples.
     *
     * @param s the structure
     * @param samples elements to quantify over
     * @param <T> the carrier
     * @return {@code semiringFailures(s, samples).isEmpty()}
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <T> boolean isSemiring(Semiring<T> s, List<? extends T> samples) {
        return semiringFailures(s, samples).isEmpty();
    }

    /**
     * Violations of the ring laws: the semiring laws and \(a \oplus (-a) = 0\).
     *
     * @param r the structure
     * @param samples elements to quantify over
     * @param <T> the carrier
     * @return the failures, empty if none; unmodifiable
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <T> List<LawFailure<T>> ringFailures(Ring<T> r, List<? extends T> samples) {
        Checker<T> c = new Checker<>(r, samples);
        c.semiring();
        c.additiveInverse(r);
        return c.result();
    }

    /**
     * Violations of the field laws: the ring laws, commutativity of \(\otimes\) and \(a \otimes
     * a^{-1} = 1\) for every sample that is not {@link Semiring#isZero(Object) zero}.
     *
     * @param f the structure
     * @param samples elements to quantify over
     * @param <T> the carrier
     * @return the failures, empty if none; unmodifiable
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <T> List<LawFailure<T>> fieldFailures(Field<T> f, List<? extends T> samples) {
        Checker<T> c = new Checker<>(f, samples);
        c.semiring();
        c.additiveInverse(f);
        c.multiplyCommutative();
        c.multiplicativeInverse(f);
        return c.result();
    }

    /**
     * Violations of commutativity of \(\otimes\), \(a \otimes b = b \otimes a\).
     *
     * @param s the structure
     * @param samples elements to quantify over
     * @param <T> the carrier
     * @return the failures, empty if none; unmodifiable
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <T> List<LawFailure<T>> commutativityFailures(
            Semiring<T> s, List<? extends T> samples) {
        Checker<T> c = new Checker<>(s, samples);
        c.multiplyCommutative();
        return c.result();
    }

    /**
     * Violations of idempotence of \(\oplus\), \(a \oplus a = a\); an idempotent semiring is
     * naturally ordered by \(a \le b :\Leftrightarrow a \oplus b = b\) (needed for enriched
     * categories).
     *
     * @param s the structure
     * @param samples elements to quantify over
     * @param <T> the carrier
     * @return the failures, empty if none; unmodifiable
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <T> List<LawFailure<T>> idempotenceFailures(
            Semiring<T> s, List<? extends T> samples) {
        Checker<T> c = new Checker<>(s, samples);
        for (T a : c.samples) {
            c.expect(Law.ADD_IDEMPOTENT, List.of(a), s.add(a, a), a);
        }
        return c.result();
    }

    /**
     * Returns the semiring if it passes its laws on the samples (a checked factory for user
     * structures).
     *
     * @param s the structure
     * @param samples elements to quantify over
     * @param <T> the carrier
     * @param <S> the structure type
     * @return {@code s}
     * @throws IllegalArgumentException listing the first failures if a law fails
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <T, S extends Semiring<T>> S requireSemiring(S s, List<? extends T> samples) {
        List<LawFailure<T>> failures = semiringFailures(s, samples);
        if (!failures.isEmpty()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s is not a semiring: %d failure(s): %s",
                            s,
                            failures.size(),
                            failures.stream()
                                    .limit(5)
                                    .map(LawFailure::toString)
                                    .collect(Collectors.joining("; "))));
        }
        return s;
    }

    /** Accumulates failures for one structure and one sample list. */
    private static final class Checker<T> {
        private final Semiring<T> s;
        private final List<T> samples;
        private final List<LawFailure<T>> failures = new ArrayList<>();

        Checker(Semiring<T> s, List<? extends T> samples) {
            this.s = Objects.requireNonNull(s, "s");
            Objects.requireNonNull(samples, "samples");
            List<T> copy = new ArrayList<>(samples.size());
            for (int i = 0; i < samples.size(); i++) {
                copy.add(Objects.requireNonNull(samples.get(i), "sample " + i));
            }
            this.samples = copy;
        }

        void expect(Law law, List<T> witnesses, T lhs, T rhs) {
            if (!s.equivalent(lhs, rhs)) {
                failures.add(new LawFailure<>(law, witnesses, lhs, rhs));
            }
        }

        void semiring() {
            T zero = s.zero();
            T one = s.one();
            for (T a : samples) {
                for (T b : samples) {
                    for (T c : samples) {
                        expect(
                                Law.ADD_ASSOCIATIVE,
                                List.of(a, b, c),
                                s.add(s.add(a, b), c),
                                s.add(a, s.add(b, c)));
                    }
                }
            }
            for (T a : samples) {
                for (T b : samples) {
                    expect(Law.ADD_COMMUTATIVE, List.of(a, b), s.add(a, b), s.add(b, a));
                }
            }
            for (T a : samples) {
                expect(Law.ADD_LEFT_IDENTITY, List.of(a), s.add(zero, a), a);
            }
            for (T a : samples) {
                expect(Law.ADD_RIGHT_IDENTITY, List.of(a), s.add(a, zero), a);
            }
            for (T a : samples) {
                for (T b : samples) {
                    for (T c : samples) {
                        expect(
                                Law.MULTIPLY_ASSOCIATIVE,
                                List.of(a, b, c),
                                s.multiply(s.multiply(a, b), c),
                                s.multiply(a, s.multiply(b, c)));
                    }
                }
            }
            for (T a : samples) {
                expect(Law.MULTIPLY_LEFT_IDENTITY, List.of(a), s.multiply(one, a), a);
            }
            for (T a : samples) {
                expect(Law.MULTIPLY_RIGHT_IDENTITY, List.of(a), s.multiply(a, one), a);
            }
            for (T a : samples) {
                for (T b : samples) {
                    for (T c : samples) {
                        expect(
                                Law.LEFT_DISTRIBUTIVE,
                                List.of(a, b, c),
                                s.multiply(a, s.add(b, c)),
                                s.add(s.multiply(a, b), s.multiply(a, c)));
                    }
                }
            }
            for (T a : samples) {
                for (T b : samples) {
                    for (T c : samples) {
                        expect(
                                Law.RIGHT_DISTRIBUTIVE,
                                List.of(a, b, c),
                                s.multiply(s.add(a, b), c),
                                s.add(s.multiply(a, c), s.multiply(b, c)));
                    }
                }
            }
            for (T a : samples) {
                expect(Law.LEFT_ANNIHILATION, List.of(a), s.multiply(zero, a), zero);
            }
            for (T a : samples) {
                expect(Law.RIGHT_ANNIHILATION, List.of(a), s.multiply(a, zero), zero);
            }
        }

        void additiveInverse(Ring<T> r) {
            for (T a : samples) {
                expect(Law.ADDITIVE_INVERSE, List.of(a), r.add(a, r.negate(a)), r.zero());
            }
        }

        void multiplyCommutative() {
            for (T a : samples) {
                for (T b : samples) {
                    expect(
                            Law.MULTIPLY_COMMUTATIVE,
                            List.of(a, b),
                            s.multiply(a, b),
                            s.multiply(b, a));
                }
            }
        }

        void multiplicativeInverse(Field<T> f) {
            for (T a : samples) {
                if (!f.isZero(a)) {
                    expect(
                            Law.MULTIPLICATIVE_INVERSE,
                            List.of(a),
                            f.multiply(a, f.reciprocal(a)),
                            f.one());
                }
            }
        }

        List<LawFailure<T>> result() {
            return Collections.unmodifiableList(failures);
        }
    }
}
