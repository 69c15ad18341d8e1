package dev.cogs.algebra.group;

import java.util.Locale;

/**
 * A violated group axiom of a Cayley table, with witnesses (element indices), as reported by {@link
 * FiniteGroup#failures(int[][])}.
 *
 * <p>The axioms are checked in this order: closure ({@link NotClosed}), identity ({@link
 * NoIdentity}), inverses ({@link NoInverse}), associativity ({@link NotAssociative}). {@link
 * #message()} is the human-readable form used in the exception of {@link FiniteGroup#of(int[][])},
 * for example {@code "not associative: (1·1)·2 = 2 but 1·(1·2) = 4"}.
 */
public sealed interface GroupFailure {

    /**
     * The failure as one line naming the axiom and the witnesses.
     *
     * @return the message, for example {@code "no inverse: no b with 3·b = b·3 = 0"}
     */
    String message();

    /**
     * A table entry outside the carrier \(\{0, \dots, n-1\}\).
     *
     * @param a row index
     * @param b column index
     * @param value the entry {@code table[a][b]}
     * @param order n, the number of rows
     */
    record NotClosed(int a, int b, int value, int order) implements GroupFailure {
        @Override
        public String message() {
            return String.format(
                    Locale.ROOT, "not closed: %d·%d = %d is outside [0, %d)", a, b, value, order);
        }
    }

    /** No element \(e\) satisfies \(e a = a e = a\) for every \(a\). */
    record NoIdentity() implements GroupFailure {
        @Override
        public String message() {
            return "no identity: no e with e·a = a·e = a for every a";
        }
    }

    /**
     * An element without a two-sided inverse: no \(b\) with \(a b = b a = e\).
     *
     * @param a the witness
     * @param identity the identity \(e\) of the table
     */
    record NoInverse(int a, int identity) implements GroupFailure {
        @Override
        public String message() {
            return String.format(
                    Locale.ROOT, "no inverse: no b with %d·b = b·%d = %d", a, a, identity);
        }
    }

    /**
     * \((a b) c \ne a (b c)\).
     *
     * @param a first witness
     * @param b second witness
     * @param c third witness
     * @param lhs \((a b) c\)
     * @param rhs \(a (b c)\)
     */
    record NotAssociative(int a, int b, int c, int lhs, int rhs) implements GroupFailure {
        @Override
        public String message() {
            return String.format(
                    Locale.ROOT,
                    "not associative: (%d·%d)·%d = %d but %d·(%d·%d) = %d",
                    a,
                    b,
                    c,
                    lhs,
                    a,
                    b,
                    c,
                    rhs);
        }
    }
}
