package dev.cogs.algebra;

/**
 * A ring with a finite, enumerated carrier (for example \(\mathbb{Z}_n\), {@link
 * Rings#integersMod(int)}).
 *
 * <p>Laws: those of {@link Ring} and of {@link FiniteSemiring}.
 *
 * @param <T> the carrier type
 */
public interface FiniteRing<T> extends Ring<T>, FiniteSemiring<T> {}
