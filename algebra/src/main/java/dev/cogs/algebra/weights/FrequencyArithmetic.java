package dev.cogs.algebra.weights;

import dev.cogs.algebra.group.CharacterGroup;
import java.util.List;

/**
 * Addition and negation of frequencies (package-private): residues mod d for \(\mathbb{Z}_d\), or
 * character indices of a {@link CharacterGroup} for a finite abelian group, where \(\chi_k\chi_l =
 * \chi_{k+l}\) and \(\overline{\chi_k} = \chi_{-k}\) (docs/cogs-math.md §14.1). Index 0 is the
 * trivial character in both cases.
 *
 * <p>The cyclic case computes {@code m = a + b; if (m >= d) m -= d}, exactly the index arithmetic
 * the \(\mathbb{Z}_d\) engines always used; a character group uses a precomputed table (orders up
 * to {@value #TABLE_LIMIT}) or mixed-radix digits. Immutable.
 */
final class FrequencyArithmetic {

    /** Largest order for which the addition table (order² ints) is precomputed. */
    static final int TABLE_LIMIT = 2048;

    private final int d;
    private final int[] table;
    private final int[] negation;
    private final int[][] digits;
    private final int[] moduli;
    private final int[] strides;

    private FrequencyArithmetic(
            int d, int[] table, int[] negation, int[][] digits, int[] moduli, int[] strides) {
        this.d = d;
        this.table = table;
        this.negation = negation;
        this.digits = digits;
        this.moduli = moduli;
        this.strides = strides;
    }

    /** Residues mod d. */
    static FrequencyArithmetic cyclic(int d) {
        return new FrequencyArithmetic(d, null, null, null, null, null);
    }

    /** Character indices of a character group. */
    static FrequencyArithmetic of(CharacterGroup characters) {
        return of(characters, TABLE_LIMIT);
    }

    /**
     * Character indices, with the addition table precomputed iff the order is at most {@code
     * tableLimit}.
     */
    static FrequencyArithmetic of(CharacterGroup characters, int tableLimit) {
        int n = characters.size();
        List<Integer> f = characters.decomposition().invariantFactors();
        int r = f.size();
        int[] moduli = new int[r];
        int[] strides = new int[r];
        int s = 1;
        for (int i = r - 1; i >= 0; i--) {
            moduli[i] = f.get(i);
            strides[i] = s;
            s *= moduli[i];
        }
        int[][] digits = new int[n][];
        int[] negation = new int[n];
        for (int c = 0; c < n; c++) {
            digits[c] = characters.coordinates(c);
            negation[c] = characters.conjugate(c);
        }
        FrequencyArithmetic digitwise =
                new FrequencyArithmetic(n, null, negation, digits, moduli, strides);
        if (n > tableLimit) {
            return digitwise;
        }
        int[] table = new int[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                table[a * n + b] = digitwise.add(a, b);
            }
        }
        return new FrequencyArithmetic(n, table, negation, null, null, null);
    }

    /** The number of frequencies. */
    int size() {
        return d;
    }

    /** The index of \(\chi_a\chi_b\). */
    int add(int a, int b) {
        if (negation == null) {
            int m = a + b;
            if (m >= d) {
                m -= d;
            }
            return m;
        }
        if (table != null) {
            return table[a * d + b];
        }
        int[] x = digits[a];
        int[] y = digits[b];
        int out = 0;
        for (int i = 0; i < x.length; i++) {
            int v = x[i] + y[i];
            if (v >= moduli[i]) {
                v -= moduli[i];
            }
            out += v * strides[i];
        }
        return out;
    }

    /** The index of \(\overline{\chi_a} = \chi_{-a}\). */
    int negate(int a) {
        if (negation == null) {
            return a == 0 ? 0 : d - a;
        }
        return negation[a];
    }

    /** The index of \(\chi_a\overline{\chi_b}\). */
    int subtract(int a, int b) {
        return add(a, negate(b));
    }
}
