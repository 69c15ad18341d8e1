package dev.cogs.algebra;

/**
 * A field with a finite, enumerated carrier (for example \(\mathbb{F}_p\), {@link
 * Fields#integersModPrime(int)}).
 *
 * <p>Laws: those of {@link Field} and of {@link FiniteSemiring}.
 *
 * @param <T> the carrier type
 */
public interface FiniteField<T> extends Field<T>, FiniteRing<T> {}
