package dev.cogs.algebra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks and composition of {@link Homomorphism}s.
 *
 * <p>Composition order is the project-wide one (as in {@link java.util.function.Function}): {@code
 * compose(g, f)} is \(g \circ f\), the map \(a \mapsto g(f(a))\) that applies {@code f} first, and
 * {@code andThen(f, g)} is the same map with the arguments in the order they are applied. Checks
 * run on finite samples and return the violated laws as data ({@link HomomorphismFailure} records
 * with witnesses); for a finite source, passing its whole carrier makes the check a proof.
 */
public final class Homomorphisms {

    private Homomorphisms() {}

    /**
     * All violations of the semiring-homomorphism laws on the given samples.
     *
     * <p>Checks \(h(0) = 0\) and \(h(1) = 1\) once, then \(h(a \oplus b) = h(a) \oplus h(b)\) and
     * \(h(a \otimes b) = h(a) \otimes h(b)\) for every ordered pair of samples (\(O(n^2)\) pairs),
     * comparing in the target with {@link Semiring#equivalent(Object, Object)}. Order of the
     * result: zero, one, then per pair (row-major over the sample indices) plus before times.
     * Exceptions thrown by the structures or the map (for example {@link ArithmeticException} on
     * overflow) propagate.
     *
     * @param h the map to check
     * @param samples source elements, in the order used for the report
     * @param <S> the source carrier
     * @param <T> the target carrier
     * @return the violations, empty if none; unmodifiable
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <S, T> List<HomomorphismFailure<S, T>> failures(
            Homomorphism<S, T> h, List<? extends S> samples) {
        return check(h, samples, true);
    }

    /**
     * Whether no semiring-homomorphism law fails on the samples.
     *
     * @param h the map to check
     * @param samples source elements
     * @param <S> the source carrier
     * @param <T> the target carrier
     * @return {@code failures(h, samples).isEmpty()}
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <S, T> boolean isHomomorphism(Homomorphism<S, T> h, List<? extends S> samples) {
        return failures(h, samples).isEmpty();
    }

    /**
     * Returns the homomorphism if it passes its laws on the samples (a checked factory).
     *
     * @param h the map to check
     * @param samples source elements
     * @param <S> the source carrier
     * @param <T> the target carrier
     * @return {@code h}
     * @throws IllegalArgumentException listing the first failures if a law fails
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <S, T> Homomorphism<S, T> requireHomomorphism(
            Homomorphism<S, T> h, List<? extends S> samples) {
        List<HomomorphismFailure<S, T>> failures = failures(h, samples);
        if (!failures.isEmpty()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s is not a homomorphism: %d failure(s): %s",
                            h.name(),
                            failures.size(),
                            failures.stream()
                                    .limit(5)
                                    .map(Object::toString)
                                    .collect(Collectors.joining("; "))));
        }
        return h;
    }

    /**
     * Violations of the monoid-homomorphism laws of the multiplicative monoids only: \(h(1) = 1\)
     * and \(h(a \otimes b) = h(a) \otimes h(b)\).
     *
     * <p>This is the check that matches functoriality of \(Bh: BS \to BT\) between one-object
     * categories (category module).
     *
     * @param h the map to check
     * @param samples source elements
     * @param <S> the source carrier
     * @param <T> the target carrier
     * @return the violations ({@link HomomorphismFailure.OneNotPreserved}, {@link
     *     HomomorphismFailure.TimesNotPreserved}), empty if none; unmodifiable
     * @throws NullPointerException if an argument or a sample is null
     */
    public static <S, T> List<HomomorphismFailure<S, T>> multiplicativeFailures(
            Homomorphism<S, T> h, List<? extends S> samples) {
        return check(h, samples, false);
    }

    /**
     * The composite \(g \circ f\): apply {@code f} first, then {@code g}, i.e. \(a \mapsto
     * g(f(a))\); named {@code "g∘f"}. The argument order is the written order of \(g \circ f\), as
     * in {@link java.util.function.Function#compose}; {@link #andThen(Homomorphism, Homomorphism)}
     * takes the same maps in the order they are applied.
     *
     * <p>The composite of homomorphisms is a homomorphism. The structures must match: {@code
     * f.target()} must equal {@code g.source()} (structure objects have value-based {@code equals},
     * so {@code Rings.integersMod(5)} equals {@code Rings.integersMod(5)}).
     *
     * @param g the second map \(T \to R\), applied last
     * @param f the first map \(S \to T\), applied first
     * @param <S> the source carrier
     * @param <T> the middle carrier
     * @param <R> the final carrier
     * @return \(g \circ f: S \to R\)
     * @throws IllegalArgumentException if {@code f.target()} does not equal {@code g.source()}
     * @throws NullPointerException if an argument is null
     */
    public static <S, T, R> Homomorphism<S, R> compose(Homomorphism<T, R> g, Homomorphism<S, T> f) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(f, "f");
        if (!f.target().equals(g.source())) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "cannot compose %s∘%s: target %s of %s differs from source %s of %s",
                            g.name(),
                            f.name(),
                            f.target(),
                            f.name(),
                            g.source(),
                            g.name()));
        }
        return new Homomorphism<>(
                g.name() + "∘" + f.name(), f.source(), g.target(), a -> g.apply(f.apply(a)));
    }

    /**
     * The composite in diagrammatic order, "f, then g": {@code andThen(f, g)} is {@code compose(g,
     * f)}, the map \(a \mapsto g(f(a))\), named {@code "g∘f"}.
     *
     * @param f the first map \(S \to T\), applied first
     * @param g the second map \(T \to R\), applied last
     * @param <S> the source carrier
     * @param <T> the middle carrier
     * @param <R> the final carrier
     * @return \(g \circ f: S \to R\)
     * @throws IllegalArgumentException if {@code f.target()} does not equal {@code g.source()}
     * @throws NullPointerException if an argument is null
     */
    public static <S, T, R> Homomorphism<S, R> andThen(Homomorphism<S, T> f, Homomorphism<T, R> g) {
        return compose(g, f);
    }

    /**
     * The identity homomorphism of a semiring.
     *
     * @param s a semiring
     * @param <S> the carrier
     * @return \(\mathrm{id}_S\), named {@code "id"}
     * @throws NullPointerException if {@code s} is null
     */
    public static <S> Homomorphism<S, S> identity(Semiring<S> s) {
        Objects.requireNonNull(s, "s");
        return new Homomorphism<>("id", s, s, a -> a);
    }

    private static <S, T> List<HomomorphismFailure<S, T>> check(
            Homomorphism<S, T> h, List<? extends S> samples, boolean additive) {
        Objects.requireNonNull(h, "h");
        Objects.requireNonNull(samples, "samples");
        Semiring<S> s = h.source();
        Semiring<T> t = h.target();
        List<T> images = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            images.add(h.apply(Objects.requireNonNull(samples.get(i), "sample " + i)));
        }
        List<HomomorphismFailure<S, T>> failures = new ArrayList<>();
        if (additive) {
            T zero = h.apply(s.zero());
            if (!t.equivalent(zero, t.zero())) {
                failures.add(new HomomorphismFailure.ZeroNotPreserved<>(zero, t.zero()));
            }
        }
        T one = h.apply(s.one());
        if (!t.equivalent(one, t.one())) {
            failures.add(new HomomorphismFailure.OneNotPreserved<>(one, t.one()));
        }
        for (int i = 0; i < samples.size(); i++) {
            S a = samples.get(i);
            for (int j = 0; j < samples.size(); j++) {
                S b = samples.get(j);
                if (additive) {
                    T lhs = h.apply(s.add(a, b));
                    T rhs = t.add(images.get(i), images.get(j));
                    if (!t.equivalent(lhs, rhs)) {
                        failures.add(new HomomorphismFailure.PlusNotPreserved<>(a, b, lhs, rhs));
                    }
                }
                T lhs = h.apply(s.multiply(a, b));
                T rhs = t.multiply(images.get(i), images.get(j));
                if (!t.equivalent(lhs, rhs)) {
                    failures.add(new HomomorphismFailure.TimesNotPreserved<>(a, b, lhs, rhs));
                }
            }
        }
        return Collections.unmodifiableList(failures);
    }
}
