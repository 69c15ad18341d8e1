package dev.cogs.algebra;

import java.util.List;
import java.util.Locale;

/**
 * A semiring with a finite, enumerated carrier.
 *
 * <p>Laws, in addition to the semiring laws: {@link #elements()} lists every element exactly once
 * (pairwise not {@link #equivalent(Object, Object)}), contains {@link #zero()} and {@link #one()},
 * and is closed under {@link #add(Object, Object)} and {@link #multiply(Object, Object)}. The
 * position of an element in the list is its index, used for example by {@link
 * FiniteMonoid#multiplicative(FiniteSemiring)} to tabulate the multiplicative monoid.
 *
 * @param <T> the carrier type
 */
public interface FiniteSemiring<T> extends Semiring<T> {

    /**
     * The carrier, in a fixed order.
     *
     * @return an unmodifiable list of all elements
     */
    List<T> elements();

    /**
     * The number of elements.
     *
     * @return {@code elements().size()}
     */
    default int size() {
        return elements().size();
    }

    /**
     * The index of an element in {@link #elements()}, found with {@link #equivalent(Object,
     * Object)}.
     *
     * @param a an element
     * @return its index in {@link #elements()}
     * @throws IllegalArgumentException if {@code a} is not an element
     */
    default int indexOf(T a) {
        List<T> elements = elements();
        for (int i = 0; i < elements.size(); i++) {
            if (equivalent(elements.get(i), a)) {
                return i;
            }
        }
        throw new IllegalArgumentException(
                String.format(Locale.ROOT, "%s is not an element of %s", a, this));
    }

    /**
     * A semiring restricted to an enumerated carrier, checked: the elements are pairwise not {@link
     * Semiring#equivalent(Object, Object) equivalent}, contain {@code s.zero()} and {@code
     * s.one()}, and are closed under \(\oplus\) and \(\otimes\) (up to equivalence).
     *
     * <p>The semiring laws themselves are not re-checked here (use {@link
     * Laws#semiringFailures(Semiring, List)} with {@link #elements()}). Example: \(\{0, +\infty\}\)
     * in (min, +) is a copy of the Booleans; \(\{0, 1\}\) in ([0, 1], max, ×) too.
     *
     * @param s the semiring
     * @param elements the carrier, in the order that defines the indices; copied
     * @param <T> the carrier type
     * @return the finite semiring, delegating its operations to {@code s}
     * @throws IllegalArgumentException if the carrier is empty, has equivalent duplicates, misses
     *     zero or one, or is not closed (the message names the witnesses)
     * @throws NullPointerException if an argument or element is null
     */
    static <T> FiniteSemiring<T> of(Semiring<T> s, List<? extends T> elements) {
        return EnumeratedSemiring.of(s, elements);
    }
}
