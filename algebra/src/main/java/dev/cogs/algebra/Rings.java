package dev.cogs.algebra;

/**
 * Static factories for the standard rings.
 *
 * <p>Every factory returns an immutable, thread-safe structure object.
 */
public final class Rings {

    private Rings() {}

    /**
     * The integers \((\mathbb{Z}, +, \times, 0, 1)\) on {@code Long}, exact.
     *
     * <p>Operations use the {@code Math.*Exact} methods: a result outside the {@code long} range
     * throws {@link ArithmeticException} rather than wrapping ({@code negate(Long.MIN_VALUE)}
     * included).
     *
     * @return the integers
     */
    public static Ring<Long> integers() {
        return IntegerRing.INSTANCE;
    }

    /**
     * The ring \(\mathbb{Z}_n = \mathbb{Z}/n\mathbb{Z}\) on the residues \(0, \dots, n-1\).
     *
     * <p>Elements are listed in the order {@code 0, 1, ..., n-1}, so an element is its own index.
     * For \(n = 1\) this is the zero ring (\(0 = 1\)). Its additive group is the cyclic group
     * \(\mathbb{Z}_n\) of the CoGS task \((a + b) \bmod d\); its multiplicative monoid is {@link
     * FiniteMonoid#multiplicative}. Operations compute in {@code long}, so every {@code n} up to
     * {@link Integer#MAX_VALUE} is exact. Integers outside \([0, n)\) are refused with an {@link
     * IllegalArgumentException} naming the value (reduce them with {@link Math#floorMod(int, int)}
     * first).
     *
     * @param n the modulus, {@code >= 1}
     * @return \(\mathbb{Z}_n\)
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static FiniteRing<Integer> integersMod(int n) {
        return new IntegersModN(n);
    }
}
