package dev.cogs.algebra;

/**
 * A violated monoid-homomorphism law of a map between finite monoids, with witnesses, as reported
 * by {@link FiniteMonoid#homomorphismFailures(FiniteMonoid, int[])}.
 */
public sealed interface MonoidHomomorphismFailure {

    /**
     * \(h(a b) \ne h(a) h(b)\).
     *
     * @param a first witness (source index)
     * @param b second witness (source index)
     * @param lhs \(h(a b)\)
     * @param rhs \(h(a) h(b)\)
     */
    record ProductNotPreserved(int a, int b, int lhs, int rhs)
            implements MonoidHomomorphismFailure {}

    /**
     * \(h(e) \ne e'\).
     *
     * @param image \(h(e)\)
     * @param unit the target's unit \(e'\)
     */
    record UnitNotPreserved(int image, int unit) implements MonoidHomomorphismFailure {}
}
