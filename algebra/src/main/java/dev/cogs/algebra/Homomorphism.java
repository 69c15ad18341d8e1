package dev.cogs.algebra;

import java.util.Objects;
import java.util.function.Function;

/**
 * A map between semirings, as a value: a name, the source and target structures, and the map on
 * elements.
 *
 * <p>A (unital) semiring homomorphism \(h: S \to T\) satisfies \(h(a \oplus b) = h(a) \oplus
 * h(b)\), \(h(a \otimes b) = h(a) \otimes h(b)\), \(h(0) = 0\) and \(h(1) = 1\), equalities taken
 * by the target's {@link Semiring#equivalent(Object, Object)}. Constructing a {@code Homomorphism}
 * does not check the laws (they are not decidable on infinite carriers); {@link
 * Homomorphisms#failures(Homomorphism, java.util.List)} checks them on samples and returns the
 * violations with witnesses.
 *
 * <p>Examples: the CoGS sum potentials {@code FourierNet → Complex} (arXiv:2410.01779), reduction
 * \(\mathbb{Z} \to \mathbb{Z}_n\), evaluation of polynomials at a point, the support map
 * \(\mathbb{N} \to \mathbb{B}\), \(n \mapsto [n \ne 0]\).
 *
 * <p>Records compare components with {@code equals}, so two homomorphisms are equal only if they
 * hold the same map object. The record is immutable if the map is a pure function.
 *
 * @param name a human-readable name, used in failure reports
 * @param source the source structure \(S\)
 * @param target the target structure \(T\)
 * @param map the map on elements; must not return null
 * @param <S> the source carrier
 * @param <T> the target carrier
 */
public record Homomorphism<S, T>(
        String name, Semiring<S> source, Semiring<T> target, Function<? super S, ? extends T> map) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     * @param name a human-readable name
     * @param source the source structure
     * @param target the target structure
     * @param map the map on elements
     */
    public Homomorphism {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(map, "map");
    }

    /**
     * A homomorphism from its components (the canonical constructor under a factory name).
     *
     * @param name a human-readable name
     * @param source the source structure
     * @param target the target structure
     * @param map the map on elements
     * @param <S> the source carrier
     * @param <T> the target carrier
     * @return the homomorphism value (its laws unchecked)
     * @throws NullPointerException if an argument is null
     */
    public static <S, T> Homomorphism<S, T> of(
            String name,
            Semiring<S> source,
            Semiring<T> target,
            Function<? super S, ? extends T> map) {
        return new Homomorphism<>(name, source, target, map);
    }

    /**
     * The image of an element.
     *
     * @param a an element of the source
     * @return \(h(a)\)
     * @throws NullPointerException if {@code a} is null or the map returns null
     */
    public T apply(S a) {
        return Objects.requireNonNull(
                map.apply(Objects.requireNonNull(a, "a")),
                () -> "homomorphism " + name + " mapped " + a + " to null");
    }

    /**
     * This map followed by another: {@code h.andThen(g)} is {@code Homomorphisms.andThen(h, g)},
     * i.e. {@code Homomorphisms.compose(g, h)}.
     *
     * @param g a homomorphism whose source is this map's target
     * @param <R> the final carrier
     * @return \(g \circ h\), first this map, then {@code g}
     * @throws IllegalArgumentException if {@code g.source()} is not equal to {@link #target()}
     */
    public <R> Homomorphism<S, R> andThen(Homomorphism<T, R> g) {
        return Homomorphisms.andThen(this, g);
    }
}
