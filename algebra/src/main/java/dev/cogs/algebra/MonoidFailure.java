package dev.cogs.algebra;

/**
 * A violated monoid axiom of a multiplication table, with witnesses (element indices), as reported
 * by {@link FiniteMonoid#failures(int[][], int)}.
 */
public sealed interface MonoidFailure {

    /**
     * A table entry outside the carrier \(\{0, \dots, n-1\}\).
     *
     * @param a row index
     * @param b column index
     * @param value the entry {@code table[a][b]}
     */
    record NotClosed(int a, int b, int value) implements MonoidFailure {}

    /**
     * \((a b) c \ne a (b c)\).
     *
     * @param a first witness
     * @param b second witness
     * @param c third witness
     * @param lhs \((a b) c\)
     * @param rhs \(a (b c)\)
     */
    record NotAssociative(int a, int b, int c, int lhs, int rhs) implements MonoidFailure {}

    /**
     * \(e a \ne a\) for the claimed unit \(e\).
     *
     * @param a the witness
     * @param value \(e a\)
     */
    record LeftUnitFails(int a, int value) implements MonoidFailure {}

    /**
     * \(a e \ne a\) for the claimed unit \(e\).
     *
     * @param a the witness
     * @param value \(a e\)
     */
    record RightUnitFails(int a, int value) implements MonoidFailure {}
}
