package dev.cogs.algebra;

import java.util.List;
import java.util.Locale;

/**
 * A semiring with a finite, enumerated carrier.
 *
 * <p>Laws, in addition to the semiring laws: {@link #elements()} lists every element exactly once (pairwise
 * not {@link #equivalent(Object, Object)}), contains {@link #zero()} and {@link #one()}, and is closed under
 * {@link #add(Object, Object)} and {@link #multiply(Object, Object)}. The position of an element in the list is
 * its index, used for example by {@link FiniteMonoid#multiplicative(FiniteSemiring)} to tabulate the
 * multiplicative monoid.
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
     * The index of an element in {@link #elements()}, found with {@link #equivalent(Object, Object)}.
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
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s is not an element of %s", a, this));
    }
}
