package dev.cogs.algebra;

/**
 * The equational laws of semirings, rings and fields that {@link Laws} checks, each with its
 * equation and the number of variables (witnesses) it quantifies over.
 *
 * <p>Variables are named {@code a, b, c} in the order of the witnesses of a {@link LawFailure}.
 */
public enum Law {
    /** \((a \oplus b) \oplus c = a \oplus (b \oplus c)\). */
    ADD_ASSOCIATIVE("(a + b) + c = a + (b + c)", 3),
    /** \(a \oplus b = b \oplus a\). */
    ADD_COMMUTATIVE("a + b = b + a", 2),
    /** \(0 \oplus a = a\). */
    ADD_LEFT_IDENTITY("0 + a = a", 1),
    /** \(a \oplus 0 = a\). */
    ADD_RIGHT_IDENTITY("a + 0 = a", 1),
    /** \((a \otimes b) \otimes c = a \otimes (b \otimes c)\). */
    MULTIPLY_ASSOCIATIVE("(a * b) * c = a * (b * c)", 3),
    /** \(1 \otimes a = a\). */
    MULTIPLY_LEFT_IDENTITY("1 * a = a", 1),
    /** \(a \otimes 1 = a\). */
    MULTIPLY_RIGHT_IDENTITY("a * 1 = a", 1),
    /** \(a \otimes (b \oplus c) = (a \otimes b) \oplus (a \otimes c)\). */
    LEFT_DISTRIBUTIVE("a * (b + c) = a * b + a * c", 3),
    /** \((a \oplus b) \otimes c = (a \otimes c) \oplus (b \otimes c)\). */
    RIGHT_DISTRIBUTIVE("(a + b) * c = a * c + b * c", 3),
    /** \(0 \otimes a = 0\). */
    LEFT_ANNIHILATION("0 * a = 0", 1),
    /** \(a \otimes 0 = 0\). */
    RIGHT_ANNIHILATION("a * 0 = 0", 1),
    /** \(a \oplus (-a) = 0\) (rings). */
    ADDITIVE_INVERSE("a + (-a) = 0", 1),
    /** \(a \otimes b = b \otimes a\) (commutative semirings, fields). */
    MULTIPLY_COMMUTATIVE("a * b = b * a", 2),
    /** \(a \otimes a^{-1} = 1\) for \(a \ne 0\) (fields). */
    MULTIPLICATIVE_INVERSE("a * a^-1 = 1 (a != 0)", 1),
    /** \(a \oplus a = a\) (idempotent semirings, for example the tropical ones). */
    ADD_IDEMPOTENT("a + a = a", 1);

    private final String equation;
    private final int arity;

    Law(String equation, int arity) {
        this.equation = equation;
        this.arity = arity;
    }

    /**
     * The equation, in ASCII ({@code +} for \(\oplus\), {@code *} for \(\otimes\)).
     *
     * @return for example {@code "(a + b) + c = a + (b + c)"}
     */
    public String equation() {
        return equation;
    }

    /**
     * The number of variables.
     *
     * @return 1, 2 or 3
     */
    public int arity() {
        return arity;
    }
}
